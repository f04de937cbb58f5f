import { CATALOG_VERSION } from '../../../shared/catalog/index';
import type { Resource } from '../../../shared/catalog/resource';
import { ServiceError } from '../../../shared/contract/results';
import type { PlanView } from '../../../shared/contract/views';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportDocument } from '../../../shared/export/schema';
import type { Context } from '../service/context';
import { planView } from '../service/plan-store';
import { requireGoal } from '../service/lookups';

/** Custom resources a plan needs: its own items and, transitively, their custom prerequisites. */
function customClosure(ctx: Context, ids: readonly string[]): Resource[] {
  const catalog = ctx.catalog();
  const out = new Map<string, Resource>();
  const stack = [...ids];
  while (stack.length) {
    const r = catalog.get(stack.pop()!);
    if (!r || !r.custom || out.has(r.id)) continue;
    out.set(r.id, r);
    stack.push(...r.prerequisites);
  }
  return [...out.values()];
}

export interface ExportBundle {
  plan: PlanView;
  doc: ExportDocument;
}

/** Everything an export needs, read once. */
export function gatherExport(ctx: Context, goalId: number): ExportBundle {
  requireGoal(ctx, goalId);
  const plan = planView(ctx, goalId);
  const index = new Map(plan.items.map((it, i) => [it.id, i]));
  const relevance = new Map(ctx.store.items.ofGoal(goalId).map((r) => [r.id, r.relevance]));
  // A removed item is out of the plan, so its history stays home rather than travel without it.
  const removed = new Set(ctx.store.items.removedOf(goalId).map((r) => r.id));
  const log = ctx.store.log.ofGoal(goalId).filter((l) => !removed.has(l.itemId));
  const g = plan.goal;
  const doc: ExportDocument = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: ctx.nowIso(),
    app: { name: 'Pathwise', catalogVersion: CATALOG_VERSION },
    goal: {
      uid: g.uid,
      title: g.title,
      profile: g.profile,
      framework: g.framework,
      recommendedFramework: g.recommendedFramework,
      startDate: g.startDate,
      targetDate: g.targetDate,
      hoursPerWeek: g.hoursPerWeek,
      customOrder: g.customOrder,
      archived: g.archived,
      createdAt: g.createdAt,
      notes: g.notes,
    },
    customResources: customClosure(
      ctx,
      plan.items.map((i) => i.resourceId),
    ),
    items: plan.items.map((i) => ({
      resourceId: i.resourceId,
      origin: i.origin,
      relevance: relevance.get(i.id) ?? 0,
      status: i.status,
      skipReason: i.skipReason,
      startWeek: i.startWeek,
      endWeek: i.endWeek,
      startedOn: i.startedOn,
      completedOn: i.completedOn,
      notes: i.notes,
    })),
    log: log.map((l) => {
      const item = index.get(l.itemId);
      if (item === undefined) throw new ServiceError('storage', `progress log entry for item ${l.itemId} has no item in goal ${goalId}`);
      return { item, at: l.at, day: l.day, kind: l.kind, minutes: l.minutes, fromStatus: l.fromStatus, toStatus: l.toStatus, note: l.note };
    }),
  };
  return { plan, doc };
}
