import { readResource } from '../../../shared/contract/plan-columns';
import { planItemOf, type ItemFields, type PlanResource } from '../../../shared/contract/plan-item';
import type { LeanPlanView, PlanResourceColumns, PlanView } from '../../../shared/contract/views';
import { ITEM_ORIGINS, ITEM_STATUSES } from '../../../shared/planner/types';

/**
 * The resources the page holds, as they came from the service: the column sets, and where each
 * resource is in them (set × SET_SIZE + index). Joined into plan items without an object per resource.
 */
export interface HeldResources {
  version: string;
  sets: PlanResourceColumns[];
  at: Map<string, number>;
}

/** More than a plan's items can be (the contract caps a plan at 100,000). */
const SET_SIZE = 1_000_000;

/** Adds the columns a plan brought; the same version keeps what other plans brought, a new one starts afresh. */
export function holdResources(held: HeldResources | null, version: string, columns: PlanResourceColumns): HeldResources {
  const next = held?.version === version ? held : { version, sets: [], at: new Map<string, number>() };
  const set = next.sets.push(columns) - 1;
  columns.id.forEach((id, k) => next.at.set(id, set * SET_SIZE + k));
  return next;
}

/**
 * Joins a lean plan (items as columns, without their resources' details) with the resources the page
 * holds, into the PlanView every screen reads. Answers null when a resource is missing: the copy is stale.
 */
export function expandPlan(lean: LeanPlanView, held: HeldResources): PlanView | null {
  const c = lean.items;
  const items: PlanView['items'] = new Array(c.id.length);
  // Read through reused objects (the item's fields, its resource, the parent): planItemOf copies
  // what it needs from them, so joining 20,000 items makes little besides the items themselves.
  const r = {} as PlanResource;
  const parent = {} as PlanResource;
  const read = (id: string, into: PlanResource) => {
    const at = held.at.get(id);
    return at === undefined ? undefined : readResource(held.sets[Math.floor(at / SET_SIZE)]!, at % SET_SIZE, into);
  };
  const it = {} as ItemFields;
  for (let k = 0; k < c.id.length; k++) {
    if (!read(c.resourceId[k]!, r)) return null;
    it.id = c.id[k]!;
    it.goalId = lean.goal.id;
    it.position = k;
    it.status = ITEM_STATUSES[c.status[k]!]!;
    it.skipReason = c.skipReason[k] ?? null;
    it.origin = ITEM_ORIGINS[c.origin[k]!]!;
    it.startWeek = c.startWeek[k]!;
    it.endWeek = c.endWeek[k] ?? it.startWeek;
    it.startedOn = c.startedOn[k] ?? null;
    it.completedOn = c.completedOn[k] ?? null;
    it.notes = c.notes[k] ?? '';
    it.minutesLogged = c.minutesLogged[k] ?? 0;
    it.prerequisites = c.prerequisites[k] ?? [];
    it.reason = lean.reasons[c.why[k] ?? 0] ?? '';
    items[k] = planItemOf(it, r, r.parentId ? read(r.parentId, parent) : undefined);
  }
  const { resourcesVersion: _version, items: _lean, reasons: _reasons, resources: _resources, itemsLeftOut: _left, ...header } = lean;
  return { ...header, items };
}
