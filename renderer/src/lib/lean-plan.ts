import { planItemOf, type PlanResource } from '../../../shared/contract/plan-item';
import type { LeanPlanView, PlanView } from '../../../shared/contract/views';

/**
 * Joins a lean plan (items without their resources' details) with the resources the page keeps, into
 * the PlanView every screen reads. Answers null when a resource is missing: the copy is stale.
 */
export function expandPlan(lean: LeanPlanView, resources: ReadonlyMap<string, PlanResource>): PlanView | null {
  const items: PlanView['items'] = [];
  for (const [position, it] of lean.items.entries()) {
    const r = resources.get(it.resourceId);
    if (!r) return null;
    const parent = r.parentId ? resources.get(r.parentId) : undefined;
    items.push(
      planItemOf(
        {
          id: it.id,
          goalId: lean.goal.id,
          position,
          status: it.status ?? 'not-started',
          skipReason: it.skipReason ?? null,
          origin: it.origin ?? 'planner',
          startWeek: it.startWeek,
          endWeek: it.endWeek ?? it.startWeek,
          startedOn: it.startedOn ?? null,
          completedOn: it.completedOn ?? null,
          notes: it.notes ?? '',
          minutesLogged: it.minutesLogged ?? 0,
          prerequisites: it.prerequisites ?? [],
          reason: lean.reasons[it.why ?? 0] ?? '',
        },
        r,
        parent,
      ),
    );
  }
  const { resourcesVersion: _version, items: _lean, reasons: _reasons, resources: _resources, ...header } = lean;
  return { ...header, items };
}
