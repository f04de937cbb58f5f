import ical, { ICalAlarmType } from 'ical-generator';
import { fromDayNumber, dayNumber } from '../../shared/dates';
import type { ExportBundle } from './gather';
import { hoursText, STATUS_TEXT, weekEnd, weekStart } from './text';

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
  const cal = ical({ name: `Pathwise: ${plan.goal.title}`, prodId: { company: 'Pathwise', product: 'Pathwise', language: 'EN' } });
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
      summary: it.title,
      description: [
        `${it.kind} · ${it.provider} · ${hoursText(it.hours)}${it.hoursEstimated ? ' (estimate)' : ''}`,
        `Status: ${STATUS_TEXT[it.status]}`,
        it.url,
        it.notes ? `Notes: ${it.notes}` : '',
      ]
        .filter(Boolean)
        .join('\n'),
      url: it.url,
    });
    if (options.reminders) event.createAlarm({ type: ICalAlarmType.display, triggerAfter: 9 * 3600, description: `Study: ${it.title}` });
  }
  return cal.toString();
}
