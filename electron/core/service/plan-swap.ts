import { isContainer, isSchedulable } from '../../../shared/catalog/resource';
import { topicTitle } from '../../../shared/catalog/topics';
import type { ParsedInput } from '../../../shared/contract/contract';
import { ServiceError } from '../../../shared/contract/results';
import type { Alternatives } from '../../../shared/contract/views';
import { alternativesFor } from '../../../shared/planner/alternatives';
import { buildPlan } from '../../../shared/planner/plan';
import { fitsFramework } from '../../../shared/planner/select';
import { FRAMEWORK_LABEL, type Profile } from '../../../shared/profile';
import { itemsWithLog, setPlanNotes, swapItemResource } from '../store/item-swap';
import type { Context } from './context';
import { planView, savePlan } from './plan-store';
import { goalRow, itemRow, itemRows } from './rows';

/** The other ways to cover an item's topics, for the learner to choose from. */
export function itemAlternatives(ctx: Context, input: ParsedInput<'itemAlternatives'>): Alternatives {
  const row = itemRow(ctx, input.itemId);
  const goal = goalRow(ctx, row.goal_id);
  const catalog = ctx.catalog();
  const r = catalog.get(row.resource_id)!;
  const inPlan = new Set(itemRows(ctx, goal.id).map((i) => i.resource_id));
  return {
    itemId: row.id,
    topics: r.topics.map((id) => ({ id, title: topicTitle(id) })),
    alternatives: alternativesFor(r, goal.framework, catalog, (id) => inPlan.has(id)).map((a) => {
      const parent = a.parentId ? catalog.get(a.parentId) : undefined;
      return {
        resourceId: a.id,
        title: a.title,
        provider: a.provider,
        url: a.url,
        kind: a.kind,
        format: a.format,
        cost: a.cost,
        level: a.level,
        depth: a.depth,
        hours: a.hours,
        hoursEstimated: a.hoursSource === 'estimate',
        certificate: a.certificate,
        partOf: parent ? { id: parent.id, title: parent.title } : null,
        topics: a.topics.filter((t) => r.topics.includes(t)),
        unverified: a.unverified,
      };
    }),
  };
}

/**
 * Replaces an item's resource with another that teaches the same ground. The item keeps its id, so
 * status, notes and logged time stay counted; the plan is then rebuilt around the choice, keeping
 * everything with progress and the learner's order.
 */
export function swapPlanItem(ctx: Context, input: ParsedInput<'swapPlanItem'>) {
  const row = itemRow(ctx, input.itemId);
  const goal = goalRow(ctx, row.goal_id);
  const catalog = ctx.catalog();
  const current = catalog.get(row.resource_id)!;
  const next = ctx.resource(input.resourceId);
  if (next.id === current.id) throw new ServiceError('conflict', `resourceId: item ${row.id} already is "${current.title}"`, 'resourceId');
  if (!isSchedulable(next)) {
    const repl = next.replacementId ? catalog.get(next.replacementId) : undefined;
    throw new ServiceError(
      'unavailable',
      `resourceId: "${next.title}" is ${next.status}` + (repl ? `; swap in "${repl.title}" (${repl.id}) instead.` : '.'),
      'resourceId',
    );
  }
  if (isContainer(next)) {
    throw new ServiceError('invalid_input', `resourceId: "${next.title}" is a ${next.kind}; swap in one of its courses, or add it whole with plan add`, 'resourceId');
  }
  if (!fitsFramework(next, goal.framework)) {
    throw new ServiceError('invalid_input', `resourceId: "${next.title}" is for ${next.framework}; this plan is for ${FRAMEWORK_LABEL[goal.framework]}`, 'resourceId');
  }
  if (!next.topics.some((t) => current.topics.includes(t))) {
    const ground = current.topics.length ? current.topics.map(topicTitle).join(', ') : 'no listed topic';
    throw new ServiceError('conflict', `resourceId: "${next.title}" does not teach the ground of "${current.title}" (${ground}); add it with plan add instead`, 'resourceId');
  }
  const rows = itemRows(ctx, goal.id);
  if (rows.some((r) => r.resource_id === next.id)) {
    throw new ServiceError('conflict', `resourceId: "${next.title}" is already in this plan`, 'resourceId');
  }
  const logged = itemsWithLog(ctx.db, goal.id);
  ctx.db.transaction(() => {
    swapItemResource(ctx.db, row.id, next.id);
    const after = rows.map((r) => (r.id === row.id ? { ...r, resource_id: next.id, origin: 'learner' as const } : r));
    const kept = after.filter((r) => logged.has(r.id) || r.notes !== '' || r.status === 'in-progress' || r.status === 'done' || (r.status === 'skipped' && r.skip_reason === null));
    const plan = buildPlan({
      profile: JSON.parse(goal.profile) as Profile,
      framework: goal.framework,
      catalog,
      today: goal.start_date,
      added: after.filter((r) => r.origin === 'learner').map((r) => r.resource_id),
      keep: kept.map((r) => r.resource_id),
      preferredOrder: after.map((r) => r.resource_id),
      statuses: new Map(after.filter((r) => kept.includes(r) || r.id === row.id).map((r) => [r.resource_id, r.status])),
    });
    setPlanNotes(ctx.db, goal.id, JSON.stringify(plan.notes), ctx.nowIso());
    savePlan(ctx, goal.id, plan);
  })();
  return planView(ctx, goal.id);
}
