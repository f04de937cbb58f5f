import type { QueryClient } from '@tanstack/react-query';
import type { GoalSummary, ItemChange, PlanItem, PlanView } from '../../../shared/contract/views';
import { isPartial, markPartial } from './partial-plans';
import { apiKey } from './query';

export const planKey = (goalId: number) => apiKey('getPlan', { goalId });

export function cachedPlan(client: QueryClient, goalId: number): PlanView | undefined {
  return client.getQueryData<PlanView>(planKey(goalId));
}

/** A plan made by patchItem: the plan it was made from, and the index of the one item it replaced. */
export interface Patch {
  from: PlanView;
  at: number;
}
const patches = new WeakMap<PlanView, Patch>();

/** How `plan` differs from the plan before it, when it was made by replacing one item. */
export const patchOf = (plan: PlanView): Patch | undefined => patches.get(plan);

/**
 * Replaces one item in the cached plan. Every other item keeps its identity, so memoized rows whose
 * item did not change skip rendering; and the patch is remembered, so what the screen derives from the
 * whole list (rows, counts) is updated for that one item instead of worked out again.
 */
export function patchItem(client: QueryClient, item: PlanItem): void {
  client.setQueryData<PlanView>(planKey(item.goalId), (plan) => {
    if (!plan) return plan;
    const at = plan.items.findIndex((i) => i.id === item.id);
    if (at < 0) return plan;
    const items = plan.items.slice();
    items[at] = item;
    const next = { ...plan, items };
    patches.set(next, { from: plan, at });
    return stillPartial(plan, next);
  });
}

/**
 * Applies what a status change did, as the service answered it: the item, every item's weeks and the
 * plan's figures (weeks, milestones, finish, target) in the plan, and the goal's figures in the goal
 * list, with no further read.
 */
export function applyEffects(client: QueryClient, change: ItemChange): void {
  const { effects, ...item } = change;
  const { itemWeeks, percentDone, itemsDone, ...figures } = effects;
  client.setQueryData<PlanView>(planKey(item.goalId), (plan) => {
    if (!plan) return plan;
    const items = plan.items.map((it, k) => {
      const next = it.id === item.id ? item : it;
      const startWeek = itemWeeks[2 * k];
      const endWeek = itemWeeks[2 * k + 1];
      if (startWeek === undefined || endWeek === undefined || (next.startWeek === startWeek && next.endWeek === endWeek)) return next;
      return { ...next, startWeek, endWeek };
    });
    return stillPartial(plan, { ...plan, ...figures, items });
  });
  const { itemsTotal, finishDate } = figures;
  client.setQueriesData<GoalSummary[]>({ queryKey: ['listGoals'] }, (list) =>
    list?.map((g) => (g.id === item.goalId ? { ...g, percentDone, itemsDone, itemsTotal, finishDate } : g)),
  );
}

/** A plan changed from one holding only its first items holds only those too. */
function stillPartial(from: PlanView, next: PlanView): PlanView {
  if (isPartial(from)) markPartial(next);
  return next;
}

/**
 * Reads the whole plan when the cache holds only its first items; a read already under way is kept.
 * Call it when no change to the plan's items is waiting for its answer: a change cancels the read
 * (its answer would be stale), and its caller asks again once the change is answered.
 */
export function completePlan(client: QueryClient, goalId: number): void {
  const plan = cachedPlan(client, goalId);
  if (plan && isPartial(plan)) void client.refetchQueries({ queryKey: planKey(goalId), exact: true }, { cancelRefetch: false });
}
