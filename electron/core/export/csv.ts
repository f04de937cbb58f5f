import { stringify } from 'csv-stringify/sync';
import type { ExportBundle } from './gather';
import { exportSafe, weekEnd, weekStart } from './text';

/**
 * Spreadsheets run cells that start with = + - @ (or a tab or carriage return) as formulas; such text
 * cells get a leading apostrophe. Numbers are written as numbers and never touched.
 */
export function guardCell(text: string): string {
  // Unsafe characters go first, so none can hide a leading = from the guard.
  const safe = exportSafe(text);
  return /^[=+\-@\t\r]/.test(safe) ? `'${safe}` : safe;
}

const COLUMNS = [
  'position',
  'week_start',
  'week_end',
  'start_date',
  'end_date',
  'title',
  'resource_id',
  'kind',
  'provider',
  'framework',
  'level',
  'hours',
  'hours_estimated',
  'status',
  'started_on',
  'completed_on',
  'minutes_logged',
  'prerequisites',
  'url',
  'notes',
  'reason',
  'counts_toward',
] as const;

/** One row per item, RFC 4180: CRLF line ends, quotes doubled, fields quoted where needed. */
export function toCsv({ plan }: ExportBundle): string {
  const rows = plan.items.map((it, i) => [
    i + 1,
    it.startWeek,
    it.endWeek,
    weekStart(plan, it.startWeek),
    weekEnd(plan, it.endWeek),
    guardCell(it.title),
    it.resourceId,
    it.kind,
    guardCell(it.provider),
    it.framework,
    it.level,
    it.hours,
    it.hoursEstimated ? 'yes' : 'no',
    it.status,
    it.startedOn ?? '',
    it.completedOn ?? '',
    it.minutesLogged,
    it.prerequisites.join(' '),
    guardCell(it.url),
    guardCell(it.notes),
    guardCell(it.reason),
    guardCell(it.partOf?.title ?? ''),
  ]);
  const safe = rows.map((row) => row.map((cell) => (typeof cell === 'string' ? exportSafe(cell) : cell)));
  return stringify([[...COLUMNS], ...safe], { record_delimiter: '\r\n', quoted_match: /[",\r\n]/ });
}
