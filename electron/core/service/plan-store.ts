import { isContainer } from '../../../shared/catalog/resource';
import type { PlanView } from '../../../shared/contract/views';
import { droppable, layOut, milestones } from '../../../shared/planner/plan';
import { neededByRemaining, plannedPrerequisites } from '../../../shared/planner/select';
import { analyzeTarget } from '../../../shared/planner/target';
import type { Plan, PlannedItem } from '../../../shared/planner/types';
import type { StoredItem } from '../store/items';
import type { Context } from './context';
import { requireGoal, toPlanItem } from './lookups';

/**
 * Writes a freshly built plan over a goal's items: existing items (matched by resource) keep their id,
 * dates, notes and log; new ones are inserted; ones the plan no longer holds are removed. Call inside a
 * transaction. The caller guarantees dropped items carry no progress. Resources the learner removed stay
 * out, whatever the planner picks, until the learner adds them back.
 */
export function savePlan(ctx: Context, goalId: number, plan: Plan): void {
  const { items } = ctx.store;
  const existing = new Map(items.ofGoal(goalId).map((r) => [r.resourceId, r]));
  const removed = new Set(items.removedOf(goalId).map((r) => r.resourceId));
  const wanted = plan.items.filter((i) => !removed.has(i.resourceId));
  const keepIds = new Set(wanted.map((i) => i.resourceId));
  for (const [rid, row] of existing) if (!keepIds.has(rid)) items.remove(row.id);
  wanted.forEach((it, position) => {
    const row = existing.get(it.resourceId);
    const skipReason = it.status === 'skipped' ? (it.skipReason ?? row?.skipReason ?? null) : null;
    const placement = { position, origin: it.origin, relevance: it.relevance, status: it.status, skipReason, startWeek: it.startWeek, endWeek: it.endWeek };
    if (row) items.place(row.id, placement);
    else items.insert({ ...placement, goalId, resourceId: it.resourceId, startedOn: null, completedOn: null, notes: '' });
  });
  // The planner's weeks counted what was left out.
  if (wanted.length !== plan.items.length) reschedule(ctx, goalId);
}

function asPlanned(ctx: Context, rows: readonly StoredItem[]): PlannedItem[] {
  const catalog = ctx.catalog();
  return rows.map((r) => {
    const res = catalog.get(r.resourceId)!;
    return {
      resourceId: r.resourceId,
      origin: r.origin,
      relevance: r.relevance,
      status: r.status,
      hours: res.hours,
      startWeek: r.startWeek,
      endWeek: r.endWeek,
      stage: res.stage,
    };
  });
}

/** Recomputes the weeks after a change of order, hours a week or skipped items; writes only what moved. */
export function reschedule(ctx: Context, goalId: number): void {
  const goal = requireGoal(ctx, goalId);
  const rows = ctx.store.items.ofGoal(goalId);
  const planned = asPlanned(ctx, rows);
  layOut(planned, goal.hoursPerWeek, goal.startDate);
  planned.forEach((p, i) => {
    const row = rows[i]!;
    if (row.startWeek !== p.startWeek || row.endWeek !== p.endWeek) ctx.store.items.setWeeks(row.id, p.startWeek, p.endWeek);
  });
}

/**
 * Progress through each specialization or certificate whose courses the learner is taking. Skipped
 * courses are not earned, so a container counts as complete only when every course is done.
 */
export function certificateProgress(ctx: Context, rows: readonly Pick<StoredItem, 'resourceId' | 'status'>[]) {
  const catalog = ctx.catalog();
  const byParent = new Map<string, { done: number; taking: number }>();
  for (const row of rows) {
    const parentId = catalog.get(row.resourceId)?.parentId;
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
  const goal = requireGoal(ctx, goalId);
  const rows = ctx.store.items.ofGoal(goalId);
  const catalog = ctx.catalog();
  const minutes = ctx.store.log.minutesByItem(goalId);
  const inPlan = new Set(rows.map((r) => r.resourceId));
  const items = rows.map((row) => {
    const r = catalog.get(row.resourceId)!;
    const parent = r.parentId ? catalog.get(r.parentId) : undefined;
    return toPlanItem(row, r, parent, plannedPrerequisites(r, catalog, (id) => inPlan.has(id)), minutes.get(row.id) ?? 0);
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
