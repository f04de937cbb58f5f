import { MAX_HOURS_PER_WEEK } from '../constants';
import { daysBetween } from '../dates';
import { finishDate } from './schedule';
import type { DropCandidate, TargetAnalysis } from './types';

export { MAX_HOURS_PER_WEEK };

export interface TargetInput {
  /** The day the remaining work starts: the plan's start, or today for a plan under way. */
  from: string;
  targetDate: string;
  hoursPerWeek: number;
  remainingHours: number;
  /** Items that could go, least relevant first. */
  droppable: readonly DropCandidate[];
}

/** Whether the remaining hours fit before the target, and if not, what would make them fit. */
export function analyzeTarget(t: TargetInput): TargetAnalysis {
  const projected = finishDate(t.from, t.remainingHours, t.hoursPerWeek);
  const daysLate = Math.max(0, daysBetween(t.targetDate, projected));
  const daysAvailable = daysBetween(t.from, t.targetDate) + 1;
  const weeksAvailable = daysAvailable / 7;
  const needed = daysAvailable <= 0 ? Infinity : Math.ceil(t.remainingHours / weeksAvailable);
  const capacity = Math.max(0, weeksAvailable) * t.hoursPerWeek;
  const couldDrop: DropCandidate[] = [];
  let left = t.remainingHours;
  if (daysLate > 0) {
    for (const c of t.droppable) {
      if (left <= capacity) break;
      couldDrop.push(c);
      left -= c.hours;
    }
  }
  return {
    targetDate: t.targetDate,
    met: daysLate === 0,
    daysLate,
    hoursPerWeekNeeded: Number.isFinite(needed) ? Math.max(needed, 0) : MAX_HOURS_PER_WEEK + 1,
    reachable: needed <= MAX_HOURS_PER_WEEK,
    couldDrop,
    dropIsEnough: daysLate === 0 || left <= capacity,
  };
}
