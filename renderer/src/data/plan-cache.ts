import type { QueryClient } from '@tanstack/react-query';
import type { PlanItem, PlanView } from '../../../shared/contract/views';
import type { ItemStatus } from '../../../shared/planner/types';
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

/** Whether a status change moves weeks: only skipping frees or takes up time in the schedule. */
export function changesSchedule(from: ItemStatus, to: ItemStatus): boolean {
  return from === 'skipped' || to === 'skipped';
}
