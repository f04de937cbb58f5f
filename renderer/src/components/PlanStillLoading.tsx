import { useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { PlanView } from '../../../shared/contract/views';
import { isPartial } from '../data/partial-plans';
import { completePlan } from '../data/plan-cache';
import { useApi } from '../data/query';
import { messageOf } from '../lib/api';

/**
 * Whether a resource is in the plan. While the page holds only the plan's first items
 * (data/partial-plans.ts), one not among them may still be further down: that is not known yet.
 */
export type Membership = 'in' | 'out' | 'unknown';

/** The goal's plan as the page holds it (watched, never read from here), and whether it is all there. */
export function usePlanCompleteness(goalId: number) {
  const read = useApi('getPlan', { goalId }, false);
  const plan = read.data;
  const partial = plan !== undefined && isPartial(plan);
  return { plan, partial, error: partial && read.isError ? read.error : null };
}

/** Says that what is in the plan is not known until the rest of it is read, and why it may not come. */
export function PlanStillLoading({ goalId, plan, error }: { goalId: number; plan: PlanView; error: Error | null }) {
  return error ? (
    <RestOfPlanFailed goalId={goalId} plan={plan} error={error}>
      Until the rest is read, this cannot tell what is already in the plan.
    </RestOfPlanFailed>
  ) : (
    <p role="status" className="plan-still-loading">
      The rest of your plan is still loading ({plan.items.length} of {plan.itemsTotal} items so far): Add buttons appear once it is clear what is already in it.
    </p>
  );
}

/**
 * Reading the rest of a plan that opened on its first items failed: says so, with the cause and what it
 * means here (`children`), and offers to read it again.
 */
export function RestOfPlanFailed({ goalId, plan, error, children }: { goalId: number; plan: PlanView; error: Error; children?: ReactNode }) {
  const client = useQueryClient();
  return (
    <p role="alert" className="plan-rest-failed">
      Only the first {plan.items.length} of {plan.itemsTotal} items could be read: {messageOf(error)}
      {children && <> {children}</>}{' '}
      <button type="button" onClick={() => completePlan(client, goalId)}>
        Read the rest again
      </button>
    </p>
  );
}
