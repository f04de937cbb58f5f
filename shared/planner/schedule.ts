import { addDaysTo, dayNumber, fromDayNumber } from '../dates';
import type { Week } from './types';

export interface Scheduled {
  startWeek: number;
  endWeek: number;
}

export interface Schedule {
  items: Scheduled[];
  weeks: Week[];
  totalHours: number;
  finishDate: string;
}

const EPSILON = 1e-9;

/**
 * Lays items end to end, filling each week up to `hoursPerWeek`; an item longer than what is left of a
 * week carries on into the next ones. A zero-hour item (skipped, or free) sits in the week it falls in.
 */
export function schedule(itemHours: ArrayLike<number>, hoursPerWeek: number, startDate: string): Schedule {
  const out: Scheduled[] = [];
  const load: number[] = [];
  let used = 0; // hours placed so far, across all weeks
  for (let i = 0; i < itemHours.length; i++) {
    const hours = itemHours[i]!;
    const startWeek = Math.floor((used + EPSILON) / hoursPerWeek) + 1;
    let remaining = hours;
    let week = startWeek;
    while (remaining > EPSILON) {
      const free = week * hoursPerWeek - used;
      const take = Math.min(free, remaining);
      load[week - 1] = (load[week - 1] ?? 0) + take;
      used += take;
      remaining -= take;
      if (remaining > EPSILON) week++;
    }
    out.push({ startWeek, endWeek: hours > 0 ? week : startWeek });
  }
  const weekCount = Math.max(1, Math.ceil(used / hoursPerWeek - EPSILON));
  const first = dayNumber(startDate);
  const weeks: Week[] = Array.from({ length: weekCount }, (_, i) => ({
    week: i + 1,
    start: fromDayNumber(first + i * 7),
    end: fromDayNumber(first + i * 7 + 6),
    hours: Math.round((load[i] ?? 0) * 100) / 100,
  }));
  return { items: out, weeks, totalHours: used, finishDate: finishDate(startDate, used, hoursPerWeek) };
}

/** The day the last hour is studied at a steady pace: a 6-hour plan at 6 h a week ends on day 7. */
export function finishDate(startDate: string, hours: number, hoursPerWeek: number): string {
  if (hours <= EPSILON) return startDate;
  return addDaysTo(startDate, Math.max(0, Math.ceil((hours / hoursPerWeek) * 7 - EPSILON) - 1));
}
