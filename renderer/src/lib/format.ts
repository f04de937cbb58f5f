export { FRAMEWORK_LABEL as FRAMEWORK, STATUS_LABEL } from '../../../shared/constants';

export function hours(h: number): string {
  const v = Math.round(h * 10) / 10;
  return `${v} h`;
}

export function minutesText(m: number): string {
  if (m < 60) return `${m} min`;
  const h = Math.floor(m / 60);
  const rest = m % 60;
  return rest ? `${h} h ${rest} min` : `${h} h`;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** A calendar day as the learner reads dates; days carry no time zone. */
export function day(d: string | null | undefined): string {
  if (!d) return '—';
  return dateFormat.format(new Date(`${d}T00:00:00Z`));
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Today as the learner's local calendar day, `YYYY-MM-DD` (shared/dates.ts would pull zod into the page). */
export function localToday(now = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
