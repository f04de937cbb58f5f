import { isContainer, isSchedulable } from '../../../shared/catalog/resource';
import { topicTitle } from '../../../shared/catalog/topics';
import type { ParsedInput } from '../../../shared/contract/contract';
import { ServiceError } from '../../../shared/contract/results';
import type { Alternatives } from '../../../shared/contract/views';
import { alternativesFor } from '../../../shared/planner/alternatives';
import { buildPlan } from '../../../shared/planner/plan';
import { fitsFramework } from '../../../shared/planner/select';
import { FRAMEWORK_LABEL } from '../../../shared/profile';
import { inWriteTransaction } from '../store/tx';
import type { Context } from './context';
import { requireGoal, requireItem } from './lookups';
import { planView, savePlan } from './plan-store';

/** The other ways to cover an item's topics, for the learner to choose from. */
export function itemAlternatives(ctx: Context, input: ParsedInput<'itemAlternatives'>): Alternatives {
  const row = requireItem(ctx, input.itemId);
  const goal = requireGoal(ctx, row.goalId);
  const catalog = ctx.catalog();
  const r = catalog.get(row.resourceId)!;
  const inPlan = new Set(ctx.store.items.ofGoal(goal.id).map((i) => i.resourceId));
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
  const row = requireItem(ctx, input.itemId);
  const goal = requireGoal(ctx, row.goalId);
  const catalog = ctx.catalog();
  const current = catalog.get(row.resourceId)!;
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
    throw new ServiceError(
      'invalid_input',
      `resourceId: "${next.title}" is a ${next.kind}; swap in one of its courses, or add it whole with plan add`,
      'resourceId',
    );
  }
  if (!fitsFramework(next, goal.framework)) {
    throw new ServiceError(
      'invalid_input',
      `resourceId: "${next.title}" is for ${next.framework}; this plan is for ${FRAMEWORK_LABEL[goal.framework]}`,
      'resourceId',
    );
  }
  if (!next.topics.some((t) => current.topics.includes(t))) {
    const ground = current.topics.length ? current.topics.map(topicTitle).join(', ') : 'no listed topic';
    throw new ServiceError(
      'conflict',
      `resourceId: "${next.title}" does not teach the ground of "${current.title}" (${ground}); add it with plan add instead`,
      'resourceId',
    );
  }
  const rows = ctx.store.items.ofGoal(goal.id);
  if (rows.some((r) => r.resourceId === next.id)) {
    throw new ServiceError('conflict', `resourceId: "${next.title}" is already in this plan`, 'resourceId');
  }
  const now = ctx.nowIso();
  inWriteTransaction(ctx.db, () => {
    const logged = ctx.store.log.itemsWithEntries(goal.id);
    ctx.store.items.setResource(row.id, next.id);
    const after = rows.map((r) => (r.id === row.id ? { ...r, resourceId: next.id, origin: 'learner' as const } : r));
    const hasProgress = (r: (typeof after)[number]) =>
      r.id === row.id ||
      logged.has(r.id) ||
      r.notes !== '' ||
      r.status === 'in-progress' ||
      r.status === 'done' ||
      (r.status === 'skipped' && r.skipReason === null);
    const kept = after.filter(hasProgress);
    const plan = buildPlan({
      profile: goal.profile,
      framework: goal.framework,
      catalog,
      today: goal.startDate,
      added: after.filter((r) => r.origin === 'learner').map((r) => r.resourceId),
      keep: kept.map((r) => r.resourceId),
      preferredOrder: after.map((r) => r.resourceId),
      statuses: new Map(kept.map((r) => [r.resourceId, r.status])),
    });
    ctx.store.goals.setPlanSettings(
      goal.id,
      {
        profile: goal.profile,
        framework: goal.framework,
        recommendedFramework: goal.recommendedFramework,
        startDate: goal.startDate,
        targetDate: goal.targetDate,
        hoursPerWeek: goal.hoursPerWeek,
        notes: plan.notes,
      },
      now,
    );
    savePlan(ctx, goal.id, plan);
  });
  return planView(ctx, goal.id);
}
