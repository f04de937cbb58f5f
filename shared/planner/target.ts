import { MAX_HOURS_PER_WEEK } from '../constants';
import { daysBetween } from '../dates';
import type { ShorterAlternative } from './alternatives';
import { finishDate } from './schedule';
import type { CatchUpOption, DropCandidate, TargetAnalysis } from './types';

export { MAX_HOURS_PER_WEEK };

export interface TargetInput {
  /** The day the remaining work starts: the plan's start, or today for a plan under way. */
  from: string;
  targetDate: string;
  hoursPerWeek: number;
  remainingHours: number;
  /** Optional depth that could go, longest first. Never a domain, target, certificate or prerequisite. */
  droppable: readonly DropCandidate[];
  /** Shorter resources that teach the same needed ground, most hours saved first. */
  shorter?: readonly ShorterAlternative[];
}

const h = (n: number) => `${Math.round(n * 10) / 10} h`;

/**
 * Whether the remaining hours fit before the target, and if not, what would: more hours a week, a later
 * target, shorter alternatives, dropping optional depth, each with its figure. It never offers to drop
 * what the learner asked for. When none of them is enough it says so, once.
 */
export function analyzeTarget(t: TargetInput): TargetAnalysis {
  const projected = finishDate(t.from, t.remainingHours, t.hoursPerWeek);
  const daysLate = Math.max(0, daysBetween(t.targetDate, projected));
  const daysAvailable = daysBetween(t.from, t.targetDate) + 1;
  const weeksAvailable = daysAvailable / 7;
  const needed = daysAvailable <= 0 ? Infinity : Math.ceil(t.remainingHours / weeksAvailable);
  const capacity = Math.max(0, weeksAvailable) * t.hoursPerWeek;
  const excess = t.remainingHours - capacity;
  const couldDrop: DropCandidate[] = [];
  let left = t.remainingHours;
  const options: CatchUpOption[] = [];
  let noneSuffices = false;
  if (daysLate > 0) {
    for (const c of t.droppable) {
      if (left <= capacity) break;
      couldDrop.push(c);
      left -= c.hours;
    }
    const reachable = needed <= MAX_HOURS_PER_WEEK;
    options.push({
      kind: 'more-hours',
      text: reachable
        ? `Study ${needed} h a week instead of ${t.hoursPerWeek} h.`
        : `Even ${MAX_HOURS_PER_WEEK} h a week would not be enough (${Number.isFinite(needed) ? needed : 'more than that'} h a week needed).`,
      enough: reachable,
      hoursPerWeek: Number.isFinite(needed) ? needed : MAX_HOURS_PER_WEEK + 1,
    });
    options.push({
      kind: 'later-target',
      text: `Move the target to ${projected}, when ${t.hoursPerWeek} h a week finishes the plan.`,
      enough: true,
      date: projected,
    });
    let saved = 0;
    for (const s of t.shorter ?? []) {
      saved += s.hoursSaved;
      options.push({
        kind: 'shorter-alternative',
        text: `Swap "${s.title}" for "${s.alternativeTitle}": saves ${h(s.hoursSaved)}.`,
        enough: s.hoursSaved >= excess,
        hoursSaved: s.hoursSaved,
        resourceId: s.resourceId,
        alternativeId: s.alternativeId,
      });
    }
    const dropped = couldDrop.reduce((sum, c) => sum + c.hours, 0);
    if (couldDrop.length > 0) {
      options.push({
        kind: 'drop-depth',
        text: `Leave out optional depth (${couldDrop.map((c) => c.title).join(', ')}): saves ${h(dropped)}.`,
        enough: dropped >= excess,
        hoursSaved: dropped,
      });
    }
    noneSuffices = !reachable && saved + dropped < excess;
  }
  return {
    targetDate: t.targetDate,
    met: daysLate === 0,
    daysLate,
    hoursPerWeekNeeded: Number.isFinite(needed) ? Math.max(needed, 0) : MAX_HOURS_PER_WEEK + 1,
    reachable: needed <= MAX_HOURS_PER_WEEK,
    couldDrop,
    dropIsEnough: daysLate === 0 || left <= capacity,
    options,
    advice: noneSuffices
      ? `No change short of a later target meets ${t.targetDate}: more hours, shorter alternatives and leaving out optional depth together still fall short. At ${t.hoursPerWeek} h a week the plan finishes on ${projected}.`
      : null,
  };
}
