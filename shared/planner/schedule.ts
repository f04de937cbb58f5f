import { deriveTimeline, finishDate, weeksOfItem, type Scheduled } from './timeline';
import type { Week } from './types';

export { finishDate };
export type { Scheduled };

export interface Schedule {
  items: Scheduled[];
  weeks: Week[];
  totalHours: number;
  finishDate: string;
}

/** A fresh plan's schedule: nothing done yet, starting on `startDate`. The same derivation as every plan. */
export function schedule(itemHours: ArrayLike<number>, hoursPerWeek: number, startDate: string): Schedule {
  const t = deriveTimeline({
    items: Array.from(itemHours, (hours) => ({ hours, status: 'not-started' as const, completedOn: null, minutesLogged: 0, stage: 'foundations' as const })),
    hoursPerWeek,
    startDate,
    today: startDate,
  });
  return { items: Array.from(t.startWeeks, (_, i) => weeksOfItem(t, i)), weeks: t.weeks, totalHours: t.totalHours, finishDate: t.finishDate };
}
