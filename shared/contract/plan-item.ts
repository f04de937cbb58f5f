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
  /** Why it is in the plan (shared/planner/reasons.ts). */
  reason: string;
}

/** What of a resource a plan row shows: the plan's resources travel to the page as this, once. */
export type PlanResource = Pick<
  Resource,
  | 'id'
  | 'title'
  | 'provider'
  | 'url'
  | 'kind'
  | 'framework'
  | 'level'
  | 'cost'
  | 'hours'
  | 'hoursSource'
  | 'stage'
  | 'parentId'
  | 'status'
  | 'statusReason'
  | 'replacementId'
> &
  // Left out at their usual value (no topics, text, nothing unverified), as custom resources are.
  Partial<Pick<Resource, 'topics' | 'format' | 'unverified'>>;

export function planResourceOf(r: Resource): PlanResource {
  const out: PlanResource = {
    id: r.id,
    title: r.title,
    provider: r.provider,
    url: r.url,
    kind: r.kind,
    framework: r.framework,
    level: r.level,
    cost: r.cost,
    hours: r.hours,
    hoursSource: r.hoursSource,
    stage: r.stage,
    status: r.status,
  };
  if (r.parentId !== undefined) out.parentId = r.parentId;
  if (r.statusReason !== undefined) out.statusReason = r.statusReason;
  if (r.replacementId !== undefined) out.replacementId = r.replacementId;
  if (r.topics.length > 0) out.topics = r.topics;
  if (r.format !== 'text') out.format = r.format;
  if (r.unverified.length > 0) out.unverified = r.unverified;
  return out;
}

export function planItemOf(it: ItemFields, r: PlanResource, parent: PlanResource | undefined): PlanItem {
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
    reason: it.reason,
    // The specialization or certificate it counts toward is its resource's parent.
    partOf: parent ? { id: parent.id, title: parent.title } : null,
    topics: r.topics ?? [],
    format: r.format ?? 'text',
    unverified: r.unverified ?? [],
  };
}
