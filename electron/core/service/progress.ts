import { STAGES, STAGE_TITLE, type Stage } from '../../../shared/catalog/resource';
import type { ParsedInput } from '../../../shared/contract/contract';
import type { ProgressSummary } from '../../../shared/contract/views';
import { addDaysTo, daysBetween, weekOf } from '../../../shared/dates';
import { droppable } from '../../../shared/planner/plan';
import { neededByRemaining } from '../../../shared/planner/select';
import { finishDate, schedule } from '../../../shared/planner/schedule';
import { analyzeTarget } from '../../../shared/planner/target';
import type { Context } from './context';
import { requireGoal } from './lookups';
import { certificateProgress } from './plan-store';

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Consecutive days with any logged activity, ending today (or yesterday, so today is not lost yet). */
export function streak(daysDesc: readonly string[], today: string): number {
  const first = daysDesc[0];
  if (!first || daysBetween(first, today) > 1) return 0;
  let n = 1;
  for (let i = 1; i < daysDesc.length; i++) {
    if (daysBetween(daysDesc[i]!, daysDesc[i - 1]!) !== 1) break;
    n++;
  }
  return n;
}

export function progressSummary(ctx: Context, input: ParsedInput<'progressSummary'>): ProgressSummary {
  const goal = requireGoal(ctx, input.goalId);
  const rows = ctx.store.items.ofGoal(goal.id);
  const catalog = ctx.catalog();
  const today = ctx.today();
  const minutes = ctx.store.log.minutesByItem(goal.id);
  const perDay = ctx.store.log.minutesPerDay(goal.id);

  let hoursPlanned = 0;
  let hoursDone = 0;
  let remaining = 0;
  let itemsTotal = 0;
  let itemsDone = 0;
  const laid = schedule(
    rows.map((r) => (r.status === 'skipped' ? 0 : catalog.get(r.resourceId)!.hours)),
    goal.hoursPerWeek,
    goal.startDate,
  );
  const weekCount = Math.max(laid.weeks.length, weekOf(goal.startDate, today));
  const planned = Array.from({ length: weekCount }, (_, i) => laid.weeks[i]?.hours ?? 0);
  const stages = new Map<Stage, { hours: number; done: number; endWeek: number }>();
  for (const row of rows) {
    if (row.status === 'skipped') continue;
    const hours = catalog.get(row.resourceId)!.hours;
    const stage = catalog.get(row.resourceId)!.stage;
    itemsTotal++;
    hoursPlanned += hours;
    const s = stages.get(stage) ?? { hours: 0, done: 0, endWeek: 1 };
    s.hours += hours;
    s.endWeek = Math.max(s.endWeek, row.endWeek);
    if (row.status === 'done') {
      itemsDone++;
      hoursDone += hours;
      s.done += hours;
    } else {
      // Time already spent on an item counts against what is left of it.
      remaining += Math.max(0, hours - (minutes.get(row.id) ?? 0) / 60);
    }
    stages.set(stage, s);
  }

  const logged = new Array<number>(weekCount).fill(0);
  let minutesLogged = 0;
  for (const d of perDay) {
    minutesLogged += d.minutes;
    const w = weekOf(goal.startDate, d.day);
    if (w <= weekCount) logged[w - 1]! += d.minutes / 60;
  }

  const from = today > goal.startDate ? today : goal.startDate;
  const projectedFinish = remaining > 0 ? finishDate(from, remaining, goal.hoursPerWeek) : (perDay[0]?.day ?? today);
  const behind = goal.targetDate !== null && projectedFinish > goal.targetDate;
  const left = rows.map((r) => ({ resourceId: r.resourceId, status: r.status, origin: r.origin, relevance: r.relevance, hours: catalog.get(r.resourceId)!.hours }));
  const recovery =
    behind && goal.targetDate
      ? analyzeTarget({
          from,
          targetDate: goal.targetDate,
          hoursPerWeek: goal.hoursPerWeek,
          remainingHours: remaining,
          droppable: droppable(left, catalog, neededByRemaining(left, catalog)),
        })
      : null;

  return {
    goalId: goal.id,
    percentDone: hoursPlanned > 0 ? round1((hoursDone / hoursPlanned) * 100) : 0,
    hoursPlanned: round1(hoursPlanned),
    hoursDone: round1(hoursDone),
    hoursLogged: round1(minutesLogged / 60),
    itemsTotal,
    itemsDone,
    streakDays: streak(
      perDay.map((d) => d.day),
      today,
    ),
    lastActivity: perDay[0]?.day ?? null,
    weeks: planned.map((p, i) => ({ week: i + 1, start: addDaysTo(goal.startDate, i * 7), planned: round1(p), logged: round1(logged[i]!) })),
    milestones: STAGES.filter((stage) => stages.has(stage)).map((stage) => {
      const s = stages.get(stage)!;
      return {
        stage,
        title: STAGE_TITLE[stage],
        hours: round1(s.hours),
        hoursDone: round1(s.done),
        percentDone: s.hours > 0 ? round1((s.done / s.hours) * 100) : 0,
        date: addDaysTo(goal.startDate, s.endWeek * 7 - 1),
      };
    }),
    certificates: certificateProgress(ctx, rows),
    projectedFinish,
    targetDate: goal.targetDate,
    onTrack: goal.targetDate === null ? null : !behind,
    daysLate: behind && goal.targetDate ? daysBetween(goal.targetDate, projectedFinish) : 0,
    recovery,
  };
}
