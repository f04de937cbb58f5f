import type { PlanView } from '../../../shared/contract/views';

// The page's first read of a plan brings only its first screenful of items (the figures are the whole
// plan's), so the list paints without waiting for 20,000 items; the whole plan is read right after
// (plan-cache.ts, completePlan). React- and query-free: the page's small first script uses it.

const partial = new WeakSet<PlanView>();

/** How many items the first read of a plan brings: more than any screen shows at once. */
export const FIRST_ITEMS = 200;

export const markPartial = (plan: PlanView): void => void partial.add(plan);

/** Whether the plan holds only its first items, the rest still to be read. */
export const isPartial = (plan: PlanView): boolean => partial.has(plan);
