import type { ParsedInput } from '../../../shared/contract/contract';
import type { WeekView } from '../../../shared/contract/views';
import { addDaysTo, weekOf } from '../../../shared/dates';
import type { Context } from './context';
import { requireGoal } from './lookups';
import { planView } from './plan-store';

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * This week of the plan, read from the same plan view every screen shows, so its weeks are the plan's
 * weeks. Finished and skipped items are not work to do.
 */
export function thisWeek(ctx: Context, input: ParsedInput<'thisWeek'>): WeekView {
  const goal = requireGoal(ctx, input.goalId);
  const plan = planView(ctx, goal.id);
  const today = ctx.today();
  const week = weekOf(goal.startDate, today);
  const start = addDaysTo(goal.startDate, (week - 1) * 7);
  const end = addDaysTo(start, 6);
  const open = plan.items.filter((i) => i.status === 'not-started' || i.status === 'in-progress');
  const hoursLogged = round1(ctx.store.log.minutesBetween(goal.id, start, end) / 60);
  return {
    goalId: goal.id,
    week,
    start,
    end,
    hoursPerWeek: goal.hoursPerWeek,
    hoursLogged,
    hoursLeft: round1(Math.max(0, goal.hoursPerWeek - hoursLogged)),
    items: open.filter((i) => i.startWeek <= week && i.endWeek >= week),
    overdue: open.filter((i) => i.endWeek < week),
  };
}
