import { instantOf, wallTimeAt } from './zoned';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface ReminderSettings {
  days: readonly Weekday[];
  /** Local wall time, `HH:MM` (24-hour). */
  time: string;
  /** Optional window in which nothing is shown; `from` may be later than `to` (overnight). */
  quiet?: { from: string; to: string } | undefined;
}

const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Names the first problem with the settings, or returns null; the CLI and the app show the same words. */
export function reminderSettingsProblem(s: { days: readonly string[]; time: string; quiet?: { from: string; to: string } | undefined }): string | null {
  if (s.days.length === 0) return 'days: choose at least one study day';
  for (const d of s.days) {
    if (!(WEEKDAYS as readonly string[]).includes(d)) return `days: "${d}" is not a day; use ${WEEKDAYS.join(', ')}`;
  }
  if (new Set(s.days).size !== s.days.length) return 'days: a day is listed twice';
  if (!HHMM.test(s.time)) return `time: "${s.time}" is not a time of day; use HH:MM from 00:00 to 23:59`;
  if (s.quiet) {
    if (!HHMM.test(s.quiet.from)) return `quiet.from: "${s.quiet.from}" is not a time of day; use HH:MM`;
    if (!HHMM.test(s.quiet.to)) return `quiet.to: "${s.quiet.to}" is not a time of day; use HH:MM`;
    if (s.quiet.from === s.quiet.to) return 'quiet: the quiet hours start and end at the same time';
    if (inQuiet(minutesOf(s.time), s.quiet)) return `time: ${s.time} falls inside your quiet hours (${s.quiet.from}–${s.quiet.to})`;
  }
  return null;
}

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

function inQuiet(minute: number, quiet: { from: string; to: string }): boolean {
  const from = minutesOf(quiet.from);
  const to = minutesOf(quiet.to);
  return from < to ? minute >= from && minute < to : minute >= from || minute < to;
}

/** Monday = 0 … Sunday = 6, for a civil date (no zone involved). */
function weekdayIndex(year: number, month: number, day: number): number {
  return (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;
}

/**
 * The next `count` reminder instants strictly after `after`, at the chosen local time on the chosen
 * days in `zone`. Computed from the wall clock each time, so a DST change or a new zone never drifts it.
 */
export function nextReminders(settings: ReminderSettings, after: number, zone: string, count: number): number[] {
  const problem = reminderSettingsProblem(settings);
  if (problem) throw new RangeError(problem);
  const chosen = new Set(settings.days.map((d) => WEEKDAYS.indexOf(d)));
  const hour = Number(settings.time.slice(0, 2));
  const minute = Number(settings.time.slice(3, 5));
  const start = wallTimeAt(after, zone);
  const out: number[] = [];
  // Walk civil days from the local "today"; eight days always hold at least one chosen day.
  for (let i = 0; out.length < count && i < count * 8 + 8; i++) {
    const civil = new Date(Date.UTC(start.year, start.month - 1, start.day + i));
    const y = civil.getUTCFullYear();
    const m = civil.getUTCMonth() + 1;
    const d = civil.getUTCDate();
    if (!chosen.has(weekdayIndex(y, m, d))) continue;
    const at = instantOf({ year: y, month: m, day: d, hour, minute }, zone);
    if (at > after) out.push(at);
  }
  return out;
}

/**
 * When a snoozed reminder shows again: `minutes` from now, moved past quiet hours so a late snooze
 * does not wake the learner.
 */
export function snoozeUntil(now: number, minutes: number, zone: string, quiet?: { from: string; to: string }): number {
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > 24 * 60) throw new RangeError('minutes: snooze for 1 to 1440 minutes');
  let at = now + minutes * 60_000;
  if (!quiet) return at;
  const w = wallTimeAt(at, zone);
  if (!inQuiet(w.hour * 60 + w.minute, quiet)) return at;
  const endMinute = minutesOf(quiet.to);
  const sameDay = w.hour * 60 + w.minute < endMinute;
  const civil = new Date(Date.UTC(w.year, w.month - 1, w.day + (sameDay ? 0 : 1)));
  at = instantOf(
    { year: civil.getUTCFullYear(), month: civil.getUTCMonth() + 1, day: civil.getUTCDate(), hour: Math.floor(endMinute / 60), minute: endMinute % 60 },
    zone,
  );
  return at;
}
