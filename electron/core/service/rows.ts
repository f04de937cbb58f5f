import type { Resource } from '../../../shared/catalog/resource';
import type { Goal, PlanItem } from '../../../shared/contract/views';
import type { ItemWhy } from '../../../shared/planner/reasons';
import type { ItemOrigin, ItemStatus, PlanNote } from '../../../shared/planner/types';
import type { Framework, Profile } from '../../../shared/profile';
import { ServiceError } from '../../../shared/contract/results';
import type { Context } from './context';

export interface GoalRow {
  id: number;
  uid: string;
  title: string;
  profile: string;
  framework: Framework;
  recommended_framework: Framework;
  start_date: string;
  target_date: string | null;
  hours_per_week: number;
  custom_order: 0 | 1;
  plan_notes: string;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
}

export interface ItemRow {
  id: number;
  goal_id: number;
  resource_id: string;
  position: number;
  origin: ItemOrigin;
  relevance: number;
  status: ItemStatus;
  skip_reason: string | null;
  start_week: number;
  end_week: number;
  started_on: string | null;
  completed_on: string | null;
  notes: string;
}

export function toGoal(row: GoalRow): Goal {
  return {
    id: row.id,
    uid: row.uid,
    title: row.title,
    framework: row.framework,
    recommendedFramework: row.recommended_framework,
    profile: JSON.parse(row.profile) as Profile,
    startDate: row.start_date,
    targetDate: row.target_date,
    hoursPerWeek: row.hours_per_week,
    customOrder: row.custom_order === 1,
    archived: row.archived_at !== null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    notes: JSON.parse(row.plan_notes) as PlanNote[],
  };
}

export function toPlanItem(
  row: ItemRow,
  r: Resource,
  parent: Resource | undefined,
  prerequisites: string[],
  minutesLogged: number,
  why: ItemWhy,
): PlanItem {
  return {
    id: row.id,
    goalId: row.goal_id,
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
    skipReason: row.skip_reason,
    origin: row.origin,
    startWeek: row.start_week,
    endWeek: row.end_week,
    startedOn: row.started_on,
    completedOn: row.completed_on,
    notes: row.notes,
    minutesLogged,
    prerequisites,
    parentId: r.parentId ?? null,
    parentTitle: parent?.title ?? null,
    resourceStatus: r.status,
    statusReason: r.statusReason ?? null,
    replacementId: r.replacementId ?? null,
    reason: why.reason,
    partOf: why.partOf,
    topics: r.topics,
    format: r.format,
    unverified: r.unverified,
  };
}

export function goalRow(ctx: Context, goalId: number): GoalRow {
  const row = ctx.db.prepare('SELECT * FROM goals WHERE id = ?').get(goalId) as GoalRow | undefined;
  if (!row) throw new ServiceError('not_found', `goalId: no goal with id ${goalId}`, 'goalId');
  return row;
}

export function itemRow(ctx: Context, itemId: number): ItemRow {
  const row = ctx.db.prepare('SELECT * FROM plan_items WHERE id = ?').get(itemId) as ItemRow | undefined;
  if (!row) throw new ServiceError('not_found', `itemId: no plan item with id ${itemId}`, 'itemId');
  return row;
}

export function itemRows(ctx: Context, goalId: number): ItemRow[] {
  return ctx.db.prepare('SELECT * FROM plan_items WHERE goal_id = ? ORDER BY position').all(goalId) as ItemRow[];
}

export interface LogRow {
  id: number;
  goal_id: number;
  item_id: number;
  at: string;
  day: string;
  kind: 'time' | 'status';
  minutes: number;
  from_status: ItemStatus | null;
  to_status: ItemStatus | null;
  note: string;
}
