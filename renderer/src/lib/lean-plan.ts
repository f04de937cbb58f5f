import type { Resource } from '../../../shared/catalog/resource';
import type { LeanPlanView, PlanView } from '../../../shared/contract/views';

/**
 * Joins a lean plan (items without their resources' details) with the resources the page keeps, into
 * the PlanView every screen reads. Answers null when a resource is missing: the copy is stale.
 */
export function expandPlan(lean: LeanPlanView, resources: ReadonlyMap<string, Resource>): PlanView | null {
  const items: PlanView['items'] = [];
  for (const [position, it] of lean.items.entries()) {
    const r = resources.get(it.resourceId);
    if (!r) return null;
    const parent = r.parentId ? resources.get(r.parentId) : undefined;
    items.push({
      id: it.id,
      goalId: lean.goal.id,
      position,
      resourceId: r.id,
      title: r.title,
      provider: r.provider,
      url: r.url,
      kind: r.kind,
      framework: r.framework,
      level: r.level,
      cost: r.cost,
      hours: r.hours,
      hoursEstimated: r.hoursSource === 'estimate',
      stage: r.stage,
      status: it.status,
      skipReason: it.skipReason ?? null,
      origin: it.origin,
      startWeek: it.startWeek,
      endWeek: it.endWeek,
      startedOn: it.startedOn ?? null,
      completedOn: it.completedOn ?? null,
      notes: it.notes ?? '',
      minutesLogged: it.minutesLogged ?? 0,
      prerequisites: it.prerequisites ?? [],
      parentId: r.parentId ?? null,
      parentTitle: parent?.title ?? null,
      resourceStatus: r.status,
      statusReason: r.statusReason ?? null,
      replacementId: r.replacementId ?? null,
      reason: it.reason,
      partOf: parent ? { id: parent.id, title: parent.title } : null,
      topics: r.topics,
      format: r.format,
      unverified: r.unverified,
    });
  }
  const { resourcesVersion: _version, items: _lean, ...header } = lean;
  return { ...header, items };
}
