import type { ParsedInput } from '../../../shared/contract/contract';
import { requireGoal } from './lookups';
import { inWriteTransaction } from '../store/tx';
import type { Context } from './context';
import { addToPlan } from './plan-actions';
import { addCustomResource } from './resources';

/**
 * "Add my own resource to this goal" as one change: if the plan refuses it (a prerequisite cycle, a
 * broken order), the resource is not left behind outside any plan.
 */
export function addOwnResource(ctx: Context, input: ParsedInput<'addOwnResource'>) {
  requireGoal(ctx, input.goalId);
  return inWriteTransaction(ctx.db, () => {
    const resource = addCustomResource(ctx, { ...input.resource });
    try {
      const out = addToPlan(ctx, { goalId: input.goalId, resourceId: resource.id });
      return { ...out, resource };
    } catch (e) {
      // The catalog cache already holds the new resource: forget it with the rolled-back row.
      ctx.invalidateCatalog();
      throw e;
    }
  });
}
