import { isContainer } from '../../../shared/catalog/resource';
import type { PlanView } from '../../../shared/contract/views';
import { droppable, layOut, milestones } from '../../../shared/planner/plan';
import { shorterAlternatives } from '../../../shared/planner/alternatives';
import { explainItems } from '../../../shared/planner/reasons';
import { neededByRemaining, plannedPrerequisites, topicCoverage } from '../../../shared/planner/select';
import { analyzeTarget } from '../../../shared/planner/target';
import type { Plan, SchedulableItem } from '../../../shared/planner/types';
import type { Context } from './context';
import { goalRow, itemRows, toGoal, toPlanItem, type ItemRow } from './rows';

/**
 * Writes a freshly built plan over a goal's items: existing items (matched by resource) keep their id,
 * dates, notes and log; new ones are inserted; ones the plan no longer holds are removed. Call inside a
 * transaction. The caller guarantees removed items carry no progress.
 */
export function savePlan(ctx: Context, goalId: number, plan: Plan): void {
  const existing = new Map(itemRows(ctx, goalId).map((r) => [r.resource_id, r]));
  const keepIds = new Set(plan.items.map((i) => i.resourceId));
  const remove = ctx.db.prepare('DELETE FROM plan_items WHERE id = ?');
  for (const [rid, row] of existing) if (!keepIds.has(rid)) remove.run(row.id);
  const update = ctx.db.prepare(
    `UPDATE plan_items SET position = ?, origin = ?, relevance = ?, status = ?, skip_reason = ?, start_week = ?, end_week = ? WHERE id = ?`,
  );
  const insert = ctx.db.prepare(
    `INSERT INTO plan_items (goal_id, resource_id, position, origin, relevance, status, skip_reason, start_week, end_week)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  plan.items.forEach((it, position) => {
    const row = existing.get(it.resourceId);
    const skip = it.status === 'skipped' ? (it.skipReason ?? row?.skip_reason ?? null) : null;
    if (row) update.run(position, it.origin, it.relevance, it.status, skip, it.startWeek, it.endWeek, row.id);
    else insert.run(goalId, it.resourceId, position, it.origin, it.relevance, it.status, skip, it.startWeek, it.endWeek);
  });
}

function asPlanned(ctx: Context, rows: readonly ItemRow[]): SchedulableItem[] {
  const catalog = ctx.catalog();
  return rows.map((r) => {
    const res = catalog.get(r.resource_id)!;
    return {
      resourceId: r.resource_id,
      origin: r.origin,
      relevance: r.relevance,
      status: r.status,
      hours: res.hours,
      startWeek: r.start_week,
      endWeek: r.end_week,
      stage: res.stage,
    };
  });
}

/** Recomputes the weeks after a change of order, hours a week or skipped items; writes only what moved. */
export function reschedule(ctx: Context, goalId: number): void {
  const goal = goalRow(ctx, goalId);
  const rows = itemRows(ctx, goalId);
  const planned = asPlanned(ctx, rows);
  layOut(planned, goal.hours_per_week, goal.start_date);
  const update = ctx.db.prepare('UPDATE plan_items SET start_week = ?, end_week = ? WHERE id = ?');
  planned.forEach((p, i) => {
    const row = rows[i]!;
    if (row.start_week !== p.startWeek || row.end_week !== p.endWeek) update.run(p.startWeek, p.endWeek, row.id);
  });
}

export function minutesByItem(ctx: Context, goalId: number): Map<number, number> {
  const rows = ctx.db
    .prepare(
      // Status entries carry 0 minutes, so the sum needs no filter and the covering index serves it.
      'SELECT item_id AS id, SUM(minutes) AS m FROM progress_log WHERE item_id IN (SELECT id FROM plan_items WHERE goal_id = ?) GROUP BY item_id',
    )
    .all(goalId) as { id: number; m: number }[];
  return new Map(rows.map((r) => [r.id, r.m]));
}

/**
 * Progress through each specialization or certificate whose courses the learner is taking. Skipped
 * courses are not earned, so a container counts as complete only when every course is done.
 */
export function certificateProgress(ctx: Context, rows: readonly Pick<ItemRow, 'resource_id' | 'status'>[]) {
  const catalog = ctx.catalog();
  const byParent = new Map<string, { done: number; taking: number }>();
  for (const row of rows) {
    const parentId = catalog.get(row.resource_id)?.parentId;
    if (!parentId) continue;
    const p = byParent.get(parentId) ?? { done: 0, taking: 0 };
    if (row.status !== 'skipped') p.taking++;
    if (row.status === 'done') p.done++;
    byParent.set(parentId, p);
  }
  return [...byParent].flatMap(([id, p]) => {
    const parent = catalog.get(id);
    if (!parent || !isContainer(parent) || p.taking === 0) return [];
    const courses = [...catalog.values()].filter((r) => r.parentId === id).length;
    return [{ resourceId: id, title: parent.title, coursesDone: p.done, coursesTotal: courses, complete: p.done === courses }];
  });
}

export function planView(ctx: Context, goalId: number): PlanView {
  const goal = toGoal(goalRow(ctx, goalId));
  const rows = itemRows(ctx, goalId);
  const catalog = ctx.catalog();
  const minutes = minutesByItem(ctx, goalId);
  const inPlan = new Set(rows.map((r) => r.resource_id));
  const coverage = topicCoverage(inPlan, catalog);
  const why = explainItems(rows.map((r) => ({ resourceId: r.resource_id, origin: r.origin })), goal.profile, catalog);
  const items = rows.map((row) => {
    const r = catalog.get(row.resource_id)!;
    const parent = r.parentId ? catalog.get(r.parentId) : undefined;
    const prerequisites = plannedPrerequisites(r, catalog, (id) => inPlan.has(id), coverage);
    return toPlanItem(row, r, parent, prerequisites, minutes.get(row.id) ?? 0, why.get(r.id)!);
  });
  const planned = asPlanned(ctx, rows);
  const laid = layOut(planned, goal.hoursPerWeek, goal.startDate);
  const target = goal.targetDate
    ? analyzeTarget({
        from: goal.startDate,
        targetDate: goal.targetDate,
        hoursPerWeek: goal.hoursPerWeek,
        remainingHours: laid.totalHours,
        droppable: droppable(planned, catalog, neededByRemaining(planned, catalog)),
        shorter: shorterAlternatives(planned, goal.profile, goal.framework, catalog),
      })
    : null;
  return {
    goal,
    items,
    weeks: laid.weeks,
    milestones: milestones(planned, goal.startDate),
    totalHours: laid.totalHours,
    finishDate: laid.finishDate,
    target,
    certificates: certificateProgress(ctx, rows),
  };
}
