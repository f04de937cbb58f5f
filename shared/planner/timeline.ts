import { STAGES, STAGE_TITLE, type Stage } from '../catalog/stages';
import { addDaysTo, dayNumber, fromDayNumber } from '../dates';
import type { ItemStatus, Milestone, Week } from './types';

/** One plan item as the schedule sees it. */
export interface TimelineItem {
  hours: number;
  status: ItemStatus;
  /** The day it was marked done (done items only); absent in a fresh plan. */
  completedOn?: string | null;
  /** Time already logged on it; it counts against what is left of an unfinished item. Absent: none. */
  minutesLogged?: number;
  stage: Stage;
}

export interface TimelineInput {
  items: readonly TimelineItem[];
  hoursPerWeek: number;
  /** The goal's start: week 1 begins on this day. */
  startDate: string;
  today: string;
  /** Minutes logged in the 28 days ending today, for the "at your pace" projection. */
  recentMinutes?: number;
}

export interface Scheduled {
  startWeek: number;
  endWeek: number;
}

export interface Timeline {
  /** Each item's first and last week, by position (see `weeksOfItem`). */
  startWeeks: Int32Array;
  endWeeks: Int32Array;
  /** Week 1 to the last week any item or the finish falls in, built when first read. */
  weeks: Week[];
  /** How many weeks `weeks` holds, known from the columns without building them. */
  weekCount: number;
  /** Hours of every item not skipped, done or not. */
  totalHours: number;
  hoursDone: number;
  /** Hours still to study: unfinished items less the time already logged on them. */
  remainingHours: number;
  /** The day unfinished work is laid out from: today, or the start when that is later. */
  from: string;
  /** Work left ÷ hours a week, from `from`; the last completion when nothing is left. */
  finishDate: string;
  /** Hours a week logged over the last 4 weeks; null until the goal has 4 weeks of history. */
  paceHoursPerWeek: number | null;
  /** The finish at that pace; null without 4 weeks of history or with no time logged in them. */
  paceFinishDate: string | null;
  milestones: Milestone[];
}

const EPSILON = 1e-9;
export const PACE_DAYS = 28;

/** The day the last hour is studied at a steady pace from `from`: a 6-hour plan at 6 h a week ends on day 7. */
export function finishDate(from: string, hours: number, hoursPerWeek: number): string {
  if (hours <= EPSILON) return from;
  return addDaysTo(from, Math.max(0, Math.ceil((hours / hoursPerWeek) * 7 - EPSILON) - 1));
}

/** Item `i`'s weeks in a timeline. */
export function weeksOfItem(t: Pick<Timeline, 'startWeeks' | 'endWeeks'>, i: number): Scheduled {
  return { startWeek: t.startWeeks[i]!, endWeek: t.endWeeks[i]! };
}

const isOpen = (s: ItemStatus) => s === 'not-started' || s === 'in-progress';

/**
 * The one schedule of a plan, derived from its items, their statuses, the hours a week, the start and
 * today. Unfinished work runs end to end from today (or the start, if later) at a steady
 * hours-a-week ÷ 7 per day; done work sits in the week it was finished; skipped items take no time.
 * Every date the app shows (item weeks, week loads, milestones, the finish) comes from here.
 */
export function deriveTimeline(input: TimelineInput): Timeline {
  const { items, hoursPerWeek: hpw, startDate } = input;
  const from = input.today > startDate ? input.today : startDate;
  const fromDay = dayNumber(from);
  const first = dayNumber(startDate);
  const perDay = hpw / 7;
  // Day numbers, not date strings, inside the loop: a plan can hold tens of thousands of items.
  const dayAt = (hours: number) => fromDay + Math.floor((hours / hpw) * 7 + EPSILON);
  const endDayAt = (hours: number) => (hours <= EPSILON ? fromDay : fromDay + Math.max(0, Math.ceil((hours / hpw) * 7 - EPSILON) - 1));
  const weekAt = (day: number) => Math.max(1, Math.floor((day - first) / 7) + 1);

  let totalHours = 0;
  let hoursDone = 0;
  let remaining = 0;
  let lastDone: number | null = null;
  // Columns, not an object per item: a fresh 100k-item plan is laid out on every re-plan.
  const ends = new Float64Array(items.length);
  const startWeeks = new Int32Array(items.length);
  const endWeeks = new Int32Array(items.length);
  items.forEach((it, i) => {
    if (it.status !== 'skipped') totalHours += it.hours;
    if (it.status === 'done') {
      hoursDone += it.hours;
      const day = it.completedOn ? dayNumber(it.completedOn) : fromDay;
      lastDone = lastDone === null ? day : Math.max(lastDone, day);
      ends[i] = day;
      startWeeks[i] = endWeeks[i] = weekAt(day);
      return;
    }
    const left = isOpen(it.status) ? Math.max(0, it.hours - (it.minutesLogged ?? 0) / 60) : 0;
    const startDay = dayAt(remaining);
    remaining += left;
    const endDay = left > EPSILON ? endDayAt(remaining) : startDay;
    ends[i] = endDay;
    startWeeks[i] = weekAt(startDay);
    endWeeks[i] = weekAt(endDay);
  });

  const finish = remaining > EPSILON ? finishDate(from, remaining, hpw) : lastDone !== null ? fromDayNumber(lastDone) : from;
  const finishDay = dayNumber(finish);

  // Week loads: finished hours in their week, plus the steady stream of what is left.
  let lastWeek = Math.max(weekAt(finishDay), weekAt(fromDay));
  for (let i = 0; i < endWeeks.length; i++) if (endWeeks[i]! > lastWeek) lastWeek = endWeeks[i]!;
  const load = new Array<number>(lastWeek).fill(0);
  items.forEach((it, i) => {
    if (it.status === 'done') load[startWeeks[i]! - 1]! += it.hours;
  });
  const span = (remaining / hpw) * 7; // days of study left, from `from`
  // A plan of 100k items runs to tens of thousands of weeks, and most callers never read them: the
  // weeks (two dates each) are built on first use.
  let weeks: Week[] | null = null;
  const weeksOf = () =>
    (weeks ??= load.map((done, i) => {
      const a = first + i * 7 - fromDay;
      const overlap = Math.max(0, Math.min(a + 7, span) - Math.max(a, 0));
      return {
        week: i + 1,
        start: fromDayNumber(first + i * 7),
        end: fromDayNumber(first + i * 7 + 6),
        hours: Math.round((done + overlap * perDay) * 100) / 100,
      };
    }));

  // A stage is reached when its last item is; never after the finish.
  const byStage = new Map<Stage, { items: number; hours: number; end: number }>();
  items.forEach((it, i) => {
    if (it.status === 'skipped') return;
    const m = byStage.get(it.stage) ?? { items: 0, hours: 0, end: -Infinity };
    m.items++;
    m.hours += it.hours;
    m.end = Math.max(m.end, ends[i]!);
    byStage.set(it.stage, m);
  });
  // In the order the learner reaches them: a plan that puts the maths just before the theory reaches
  // "Framework core" before "Foundations", and its milestones should read that way. Ties keep stage order.
  const milestones: Milestone[] = STAGES.filter((s) => byStage.has(s))
    .map((stage) => ({ stage, end: Math.min(byStage.get(stage)!.end, finishDay) }))
    .sort((a, b) => a.end - b.end)
    .map(({ stage, end }) => {
      const m = byStage.get(stage)!;
      return { stage, title: STAGE_TITLE[stage], items: m.items, hours: m.hours, endWeek: weekAt(end), date: fromDayNumber(end) };
    });

  const history = dayNumber(input.today) - first >= PACE_DAYS;
  const pace = history ? (input.recentMinutes ?? 0) / 60 / (PACE_DAYS / 7) : null;
  const paceFinishDate = pace === null ? null : remaining <= EPSILON ? finish : pace > EPSILON ? finishDate(from, remaining, pace) : null;

  return {
    startWeeks,
    endWeeks,
    get weeks() {
      return weeksOf();
    },
    weekCount: lastWeek,
    totalHours,
    hoursDone,
    remainingHours: remaining,
    from,
    finishDate: finish,
    paceHoursPerWeek: pace === null ? null : Math.round(pace * 10) / 10,
    paceFinishDate,
    milestones,
  };
}
