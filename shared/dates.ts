import { z } from 'zod';

/** A calendar day, `YYYY-MM-DD`, that exists (no 2026-02-30). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date written YYYY-MM-DD' })
  .refine((s) => s >= '1900' && s < '3000', { message: 'must be a year between 1900 and 2999' })
  // A day that does not exist (2026-02-30) rolls over to another, so it fails the round trip.
  .refine((s) => fromDayNumber(dayNumber(s)) === s, {
    message: 'is not a real calendar date',
  });

const DAY_MS = 86_400_000;
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/**
 * Days are plain calendar dates, so their arithmetic runs on UTC day numbers: no time zone or daylight
 * saving shift can move a date, and it is cheap enough for plans with thousands of weeks.
 */
export function dayNumber(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / DAY_MS;
}

/** Days since 1970-01-01 back to `YYYY-MM-DD`, without allocating a Date (civil-from-days, H. Hinnant). */
export function fromDayNumber(n: number): string {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** The learner's local calendar day at `date`. */
export function toDay(date: Date): string {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function addDaysTo(day: string, days: number): string {
  return fromDayNumber(dayNumber(day) + days);
}

export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** 1-based study week of `day` in a plan that starts on `start` (days before the start count as week 1). */
export function weekOf(start: string, day: string): number {
  return Math.max(1, Math.floor(daysBetween(start, day) / 7) + 1);
}
