// Builds the PlanItem every screen reads from an item's own fields and its resource. Zod-free, so the
// service and the page (which joins lean plans with its copy of the resources) share this one mapping.
import type { Resource } from '../catalog/resource';
import type { ItemOrigin, ItemStatus } from '../planner/types';
import type { PlanItem } from './views';

export interface ItemFields {
  id: number;
  goalId: number;
  position: number;
  status: ItemStatus;
  skipReason: string | null;
  origin: ItemOrigin;
  startWeek: number;
  endWeek: number;
  startedOn: string | null;
  completedOn: string | null;
  notes: string;
  minutesLogged: number;
  prerequisites: string[];
}

export function planItemOf(it: ItemFields, r: Resource, parent: Resource | undefined): PlanItem {
  return {
    id: it.id,
    goalId: it.goalId,
    position: it.position,
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
    skipReason: it.skipReason,
    origin: it.origin,
    startWeek: it.startWeek,
    endWeek: it.endWeek,
    startedOn: it.startedOn,
    completedOn: it.completedOn,
    notes: it.notes,
    minutesLogged: it.minutesLogged,
    prerequisites: it.prerequisites,
    parentId: r.parentId ?? null,
    parentTitle: parent?.title ?? null,
    resourceStatus: r.status,
    statusReason: r.statusReason ?? null,
    replacementId: r.replacementId ?? null,
  };
}
