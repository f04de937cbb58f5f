import { planItemOf, type PlanResource } from '../../../shared/contract/plan-item';
import type { LeanPlanView, PlanView } from '../../../shared/contract/views';
import { ITEM_ORIGINS, ITEM_STATUSES } from '../../../shared/planner/types';

/**
 * Joins a lean plan (items as columns, without their resources' details) with the resources the page
 * keeps, into the PlanView every screen reads. Answers null when a resource is missing: the copy is stale.
 */
export function expandPlan(lean: LeanPlanView, resources: ReadonlyMap<string, PlanResource>): PlanView | null {
  const c = lean.items;
  const items: PlanView['items'] = new Array(c.id.length);
  for (let k = 0; k < c.id.length; k++) {
    const r = resources.get(c.resourceId[k]!);
    if (!r) return null;
    const parent = r.parentId ? resources.get(r.parentId) : undefined;
    const startWeek = c.startWeek[k]!;
    items[k] = planItemOf(
      {
        id: c.id[k]!,
        goalId: lean.goal.id,
        position: k,
        status: ITEM_STATUSES[c.status[k]!]!,
        skipReason: c.skipReason[k] ?? null,
        origin: ITEM_ORIGINS[c.origin[k]!]!,
        startWeek,
        endWeek: c.endWeek[k] ?? startWeek,
        startedOn: c.startedOn[k] ?? null,
        completedOn: c.completedOn[k] ?? null,
        notes: c.notes[k] ?? '',
        minutesLogged: c.minutesLogged[k] ?? 0,
        prerequisites: c.prerequisites[k] ?? [],
        reason: lean.reasons[c.why[k] ?? 0] ?? '',
      },
      r,
      parent,
    );
  }
  const { resourcesVersion: _version, items: _lean, reasons: _reasons, resources: _resources, ...header } = lean;
  return { ...header, items };
}
