import type { ParsedInput } from '../../../shared/contract/contract';
import type { ProgressSummary } from '../../../shared/contract/views';
import { daysBetween, weekOf } from '../../../shared/dates';
import type { Context } from './context';
import { requireGoal } from './lookups';
import { certificateProgress } from './plan-store';
import { goalFacts, targetFacts } from './summary';

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
  const facts = goalFacts(ctx, requireGoal(ctx, input.goalId));
  const { goal, items, timeline: t } = facts;
  const catalog = ctx.catalog();
  const today = ctx.today();
  const perDay = ctx.store.log.minutesPerDay(goal.id);

  const logged = new Array<number>(t.weeks.length).fill(0);
  let minutesLogged = 0;
  for (const d of perDay) {
    minutesLogged += d.minutes;
    const w = weekOf(goal.startDate, d.day);
    if (w <= logged.length) logged[w - 1]! += d.minutes / 60;
  }
  const doneByStage = new Map<string, number>();
  for (const it of items) {
    if (it.status !== 'done') continue;
    const r = catalog.get(it.resourceId)!;
    doneByStage.set(r.stage, (doneByStage.get(r.stage) ?? 0) + r.hours);
  }

  const target = targetFacts(ctx, facts);
  const behind = target !== null && !target.met;
  return {
    goalId: goal.id,
    percentDone: facts.percentDone,
    hoursPlanned: round1(t.totalHours),
    hoursDone: round1(t.hoursDone),
    hoursLogged: round1(minutesLogged / 60),
    itemsTotal: facts.itemsTotal,
    itemsDone: facts.itemsDone,
    streakDays: streak(
      perDay.map((d) => d.day),
      today,
    ),
    lastActivity: perDay[0]?.day ?? null,
    weeks: t.weeks.map((w, i) => ({ week: w.week, start: w.start, planned: round1(w.hours), logged: round1(logged[i]!) })),
    milestones: t.milestones.map((m) => {
      const done = doneByStage.get(m.stage) ?? 0;
      return {
        stage: m.stage,
        title: m.title,
        hours: round1(m.hours),
        hoursDone: round1(done),
        percentDone: m.hours > 0 ? round1((done / m.hours) * 100) : 0,
        date: m.date,
      };
    }),
    certificates: certificateProgress(ctx, facts),
    projectedFinish: t.finishDate,
    paceFinishDate: t.paceFinishDate,
    paceHoursPerWeek: t.paceHoursPerWeek,
    targetDate: goal.targetDate,
    onTrack: target === null ? null : !behind,
    daysLate: behind ? target.daysLate : 0,
    recovery: behind ? target : null,
  };
}
