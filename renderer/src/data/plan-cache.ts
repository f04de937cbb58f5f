import type { QueryClient } from '@tanstack/react-query';
import type { GoalSummary, ItemChange, PlanItem, PlanView } from '../../../shared/contract/views';
import { apiKey } from './query';

export const planKey = (goalId: number) => apiKey('getPlan', { goalId });

export function cachedPlan(client: QueryClient, goalId: number): PlanView | undefined {
  return client.getQueryData<PlanView>(planKey(goalId));
}

/**
 * Replaces one item in the cached plan. Every other item keeps its identity, so memoized rows whose
 * item did not change skip rendering.
 */
export function patchItem(client: QueryClient, item: PlanItem): void {
  client.setQueryData<PlanView>(planKey(item.goalId), (plan) => {
    if (!plan) return plan;
    const at = plan.items.findIndex((i) => i.id === item.id);
    if (at < 0) return plan;
    const items = plan.items.slice();
    items[at] = item;
    return { ...plan, items };
  });
}

/**
 * Applies what a status change did, as the service answered it: every item's weeks and the finish in
 * the plan, and the goal's figures in the goal list, with no further read.
 */
export function applyEffects(client: QueryClient, change: ItemChange): void {
  const { effects, ...item } = change;
  client.setQueryData<PlanView>(planKey(item.goalId), (plan) => {
    if (!plan) return plan;
    const items = plan.items.map((it, k) => {
      const next = it.id === item.id ? item : it;
      const startWeek = effects.weeks[2 * k];
      const endWeek = effects.weeks[2 * k + 1];
      if (startWeek === undefined || endWeek === undefined || (next.startWeek === startWeek && next.endWeek === endWeek)) return next;
      return { ...next, startWeek, endWeek };
    });
    return { ...plan, items, finishDate: effects.finishDate, paceFinishDate: effects.paceFinishDate, remainingHours: effects.remainingHours };
  });
  client.setQueriesData<GoalSummary[]>({ queryKey: ['listGoals'] }, (list) =>
    list?.map((g) =>
      g.id === item.goalId ? { ...g, percentDone: effects.percentDone, itemsDone: effects.itemsDone, itemsTotal: effects.itemsTotal, finishDate: effects.finishDate } : g,
    ),
  );
}
