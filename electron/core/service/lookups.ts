import type { Resource } from '../../../shared/catalog/resource';
import type { Goal, PlanItem } from '../../../shared/contract/views';
import { ServiceError } from '../../../shared/contract/results';
import type { StoredItem } from '../store/items';
import type { Context } from './context';

export function requireGoal(ctx: Context, goalId: number): Goal {
  const goal = ctx.store.goals.get(goalId);
  if (!goal) throw new ServiceError('not_found', `goalId: no goal with id ${goalId}`, 'goalId');
  return goal;
}

export function requireItem(ctx: Context, itemId: number): StoredItem {
  const item = ctx.store.items.get(itemId);
  if (!item) throw new ServiceError('not_found', `itemId: no plan item with id ${itemId}`, 'itemId');
  return item;
}

export function toPlanItem(row: StoredItem, r: Resource, parent: Resource | undefined, prerequisites: string[], minutesLogged: number): PlanItem {
  return {
    id: row.id,
    goalId: row.goalId,
    position: row.position,
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
    status: row.status,
    skipReason: row.skipReason,
    origin: row.origin,
    startWeek: row.startWeek,
    endWeek: row.endWeek,
    startedOn: row.startedOn,
    completedOn: row.completedOn,
    notes: row.notes,
    minutesLogged,
    prerequisites,
    parentId: r.parentId ?? null,
    parentTitle: parent?.title ?? null,
    resourceStatus: r.status,
    statusReason: r.statusReason ?? null,
    replacementId: r.replacementId ?? null,
  };
}
