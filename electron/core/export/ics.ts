import ical, { ICalAlarmType } from 'ical-generator';
import { fromDayNumber, dayNumber } from '../../../shared/dates';
import type { ExportBundle } from './gather';
import { exportSafe, hoursText, STATUS_TEXT, weekEnd, weekStart } from './text';

/**
 * RFC 5545 §3.1: lines longer than 75 octets continue on the next line after CRLF and one space.
 * Breaks fall between code points, never inside a UTF-8 sequence or a surrogate pair.
 */
export function fold(text: string): string {
  return text
    .split('\r\n')
    .map((line) => {
      if (Buffer.byteLength(line) <= 75) return line;
      const out: string[] = [];
      let current = '';
      let bytes = 0;
      let limit = 75;
      for (const ch of line) {
        const size = Buffer.byteLength(ch);
        if (bytes + size > limit) {
          out.push(current);
          current = '';
          bytes = 0;
          limit = 74; // continuation lines start with a space
        }
        current += ch;
        bytes += size;
      }
      out.push(current);
      return out.join('\r\n ');
    })
    .join('\r\n');
}

/** An all-day date as a local midnight, which is how the calendar writer reads all-day events. */
function localDay(day: string): Date {
  return new Date(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
}

/**
 * Each scheduled item becomes an all-day event over the weeks it spans. UIDs come from the goal's
 * stable uid and the resource id, so re-importing into a calendar updates instead of duplicating;
 * folding at 75 octets, CRLF and escaping are the writer's (ical-generator).
 */
export function toIcs({ plan, doc }: ExportBundle, options: { reminders?: boolean } = {}): string {
  const cal = ical({ name: `Pathwise: ${exportSafe(plan.goal.title)}`, prodId: { company: 'Pathwise', product: 'Pathwise', language: 'EN' } });
  const stamp = new Date(plan.goal.updatedAt);
  for (const it of plan.items) {
    if (it.status === 'skipped') continue;
    const start = weekStart(plan, it.startWeek);
    const endExclusive = fromDayNumber(dayNumber(weekEnd(plan, it.endWeek)) + 1);
    const event = cal.createEvent({
      id: `${doc.goal.uid}-${it.resourceId}@pathwise`,
      stamp,
      start: localDay(start),
      end: localDay(endExclusive),
      allDay: true,
      summary: exportSafe(it.title),
      description: exportSafe(
        [
          `${it.kind} · ${it.provider} · ${hoursText(it.hours)}${it.hoursEstimated ? ' (estimate)' : ''}`,
          `Status: ${STATUS_TEXT[it.status]}`,
          `Why: ${it.reason}${it.partOf ? ` · counts toward ${it.partOf.title}` : ''}`,
          it.url,
          it.notes ? `Notes: ${it.notes}` : '',
        ]
          .filter(Boolean)
          .join('\n'),
      ),
      url: it.url,
    });
    if (options.reminders) event.createAlarm({ type: ICalAlarmType.display, triggerAfter: 9 * 3600, description: `Study: ${exportSafe(it.title)}` });
  }
  // The writer's own folding costs about a quarter of a millisecond per event (four seconds for a
  // 10,000-item plan), so events are folded here, by the same rule, in linear time.
  const shell = ical({ name: `Pathwise: ${exportSafe(plan.goal.title)}`, prodId: { company: 'Pathwise', product: 'Pathwise', language: 'EN' } }).toString();
  const end = shell.lastIndexOf('END:VCALENDAR');
  const events = cal.events().map((e) => fold(e.toString()));
  return shell.slice(0, end) + events.join('') + shell.slice(end);
}
