import type { ParsedInput } from '../../../shared/contract/contract';
import type { WeekView } from '../../../shared/contract/views';
import { addDaysTo, weekOf } from '../../../shared/dates';
import { schedule } from '../../../shared/planner/schedule';
import type { Context } from './context';
import { requireGoal } from './lookups';
import { planView } from './plan-store';

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * This week of the plan, read from the same plan view every screen shows. The plan always starts the
 * work left at this week, so "overdue" means behind the goal's own pace: unfinished items that, at the
 * hours a week chosen, would have been finished before this week had the learner kept pace since the
 * start.
 */
export function thisWeek(ctx: Context, input: ParsedInput<'thisWeek'>): WeekView {
  const goal = requireGoal(ctx, input.goalId);
  const plan = planView(ctx, goal.id);
  const today = ctx.today();
  const week = weekOf(goal.startDate, today);
  const start = addDaysTo(goal.startDate, (week - 1) * 7);
  const end = addDaysTo(start, 6);
  const isOpen = (s: string) => s === 'not-started' || s === 'in-progress';
  const atPace = schedule(
    plan.items.map((i) => (i.status === 'skipped' ? 0 : i.hours)),
    goal.hoursPerWeek,
    goal.startDate,
  ).items;
  const overdue = plan.items.filter((i, k) => isOpen(i.status) && atPace[k]!.endWeek < week);
  const late = new Set(overdue.map((i) => i.id));
  const hoursLogged = round1(ctx.store.log.minutesBetween(goal.id, start, end) / 60);
  return {
    goalId: goal.id,
    week,
    start,
    end,
    hoursPerWeek: goal.hoursPerWeek,
    hoursLogged,
    hoursLeft: round1(Math.max(0, goal.hoursPerWeek - hoursLogged)),
    items: plan.items.filter((i) => isOpen(i.status) && !late.has(i.id) && i.startWeek <= week && i.endWeek >= week),
    overdue,
  };
}
