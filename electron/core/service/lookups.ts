import type { Resource } from '../../../shared/catalog/resource';
import type { Goal, PlanItem } from '../../../shared/contract/views';
import { planItemOf } from '../../../shared/contract/plan-item';
import { ServiceError } from '../../../shared/contract/results';
import type { ItemWhy } from '../../../shared/planner/reasons';
import type { Scheduled } from '../../../shared/planner/timeline';
import type { StoredItem } from '../store/items';
import type { Context } from './context';

export function requireGoal(ctx: Context, goalId: number): Goal {
  const goal = ctx.store.goals.get(goalId);
  if (!goal) throw new ServiceError('not_found', `goalId: no goal with id ${goalId}`, 'goalId');
  return goal;
}

export function requireItem(ctx: Context, itemId: number): StoredItem {
  const item = ctx.store.items.get(itemId);
  if (!item) throw new ServiceError('not_found', `itemId: no plan item with id ${itemId}`, 'itemId');
  return item;
}

export function toPlanItem(row: StoredItem, r: Resource, parent: Resource | undefined, prerequisites: string[], weeks: Scheduled, why: ItemWhy): PlanItem {
  return planItemOf({ ...row, startWeek: weeks.startWeek, endWeek: weeks.endWeek, prerequisites, reason: why.reason }, r, parent);
}
