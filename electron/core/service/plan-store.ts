import { weeksOfItem } from '../../../shared/planner/timeline';
import { isContainer } from '../../../shared/catalog/resource';
import type { LeanItems, LeanPlanView, PlanView } from '../../../shared/contract/views';
import { takesWhole } from '../../../shared/credential-progress';
import { indexCatalog } from '../../../shared/planner/catalog-index';
import { ITEM_ORIGINS, ITEM_STATUSES, type Plan } from '../../../shared/planner/types';
import type { Context } from './context';
import { requireGoal, toPlanItem } from './lookups';
import { goalFacts, targetFacts, type GoalFacts } from './summary';

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
    const placement = { position, origin: it.origin, relevance: it.relevance, status: it.status, skipReason };
    if (row) items.place(row.id, placement);
    else items.insert({ ...placement, goalId, resourceId: it.resourceId, startedOn: null, completedOn: null, notes: '' });
  });
}

/**
 * Progress through each specialization or certificate whose courses the learner is taking. Skipped
 * courses are not earned, so a container counts as complete only when every course is done.
 */
export function certificateProgress(ctx: Context, facts: Pick<GoalFacts, 'items' | 'shape'>) {
  const catalog = ctx.catalog();
  const byParent = new Map<string, { done: number; taking: number }>();
  for (const i of facts.shape.courses) {
    const row = facts.items[i]!;
    const parentId = catalog.get(row.resourceId)?.parentId;
    if (!parentId) continue;
    const p = byParent.get(parentId) ?? { done: 0, taking: 0 };
    if (row.status !== 'skipped') p.taking++;
    if (row.status === 'done') p.done++;
    byParent.set(parentId, p);
  }
  // The catalog's index already lists each container's courses.
  const ix = indexCatalog(catalog);
  const tracks = [...byParent].flatMap(([id, p]) => {
    const parent = catalog.get(id);
    if (!parent || !isContainer(parent) || p.taking === 0) return [];
    const courses = ix.children.get(ix.indexOf.get(id)!)?.length ?? 0;
    return [{ resourceId: id, title: parent.title, coursesDone: p.done, coursesInPlan: p.taking, coursesTotal: courses, complete: p.done === courses }];
  });
  // The credential the plan earns comes before tracks it only borrows a course from.
  return tracks.sort((a, b) => Number(takesWhole(b)) - Number(takesWhole(a)));
}

/** The plan's figures above its items: what a status change can alter besides the items' weeks. */
export function planFigures(ctx: Context, facts: GoalFacts) {
  const { timeline } = facts;
  return {
    weeks: timeline.weeks,
    milestones: timeline.milestones,
    totalHours: timeline.totalHours,
    remainingHours: timeline.remainingHours,
    finishDate: timeline.finishDate,
    paceFinishDate: timeline.paceFinishDate,
    target: targetFacts(ctx, facts),
    certificates: certificateProgress(ctx, facts),
    itemsTotal: facts.itemsTotal,
  };
}

/** What both plan views share: the facts, the schedule and the header figures. */
function planParts(ctx: Context, goalId: number) {
  const facts = goalFacts(ctx, requireGoal(ctx, goalId));
  const { goal, items: rows, timeline } = facts;
  const { prerequisitesOf, why } = facts.shape;
  const header = { goal, ...planFigures(ctx, facts) };
  return { rows, timeline, header, prerequisitesOf, why };
}

export function planView(ctx: Context, goalId: number): PlanView {
  const { rows, timeline, header, prerequisitesOf, why } = planParts(ctx, goalId);
  const catalog = ctx.catalog();
  const items = rows.map((row, i) => {
    const r = catalog.get(row.resourceId)!;
    const parent = r.parentId ? catalog.get(r.parentId) : undefined;
    return toPlanItem(row, r, parent, prerequisitesOf(row.resourceId), weeksOfItem(timeline, i), why.get(row.resourceId)!);
  });
  return { ...header, items };
}

/**
 * The plan as the page receives it: items as columns without their resources' details, defaults left out.
 * Kept beside the goal's facts, so asking again before anything changed costs nothing.
 */
export function leanPlanView(ctx: Context, goalId: number): LeanPlanView {
  const facts = goalFacts(ctx, requireGoal(ctx, goalId));
  const cached = ctx.leanPlans.get(goalId);
  if (cached && cached.facts === facts) return cached.view;
  const view = buildLeanPlanView(ctx, goalId);
  ctx.leanPlans.set(goalId, { facts, view });
  return view;
}

function buildLeanPlanView(ctx: Context, goalId: number): LeanPlanView {
  const { rows, timeline, header, prerequisitesOf, why } = planParts(ctx, goalId);
  // Reasons repeat across items: each is sent once, most common first, so most items need no index.
  const counts = new Map<string, number>();
  for (const w of why.values()) counts.set(w.reason, (counts.get(w.reason) ?? 0) + 1);
  const reasons = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || (a < b ? -1 : 1));
  const reasonIndex = new Map(reasons.map((r, i) => [r, i]));
  // Columns every item fills, then sparse ones keyed by position for the few items off the usual value.
  const items: LeanItems = {
    id: [],
    resourceId: [],
    startWeek: [],
    status: [],
    origin: [],
    endWeek: {},
    skipReason: {},
    startedOn: {},
    completedOn: {},
    notes: {},
    minutesLogged: {},
    prerequisites: {},
    why: {},
  };
  const { startWeeks, endWeeks } = timeline;
  rows.forEach((row, k) => {
    const startWeek = startWeeks[k]!;
    const endWeek = endWeeks[k]!;
    items.id.push(row.id);
    items.resourceId.push(row.resourceId);
    items.startWeek.push(startWeek);
    const reason = reasonIndex.get(why.get(row.resourceId)!.reason)!;
    if (reason !== 0) items.why[k] = reason;
    items.status.push(ITEM_STATUSES.indexOf(row.status));
    items.origin.push(ITEM_ORIGINS.indexOf(row.origin));
    if (endWeek !== startWeek) items.endWeek[k] = endWeek;
    if (row.skipReason !== null) items.skipReason[k] = row.skipReason;
    if (row.startedOn !== null) items.startedOn[k] = row.startedOn;
    if (row.completedOn !== null) items.completedOn[k] = row.completedOn;
    if (row.notes !== '') items.notes[k] = row.notes;
    if (row.minutesLogged !== 0) items.minutesLogged[k] = row.minutesLogged;
    const prerequisites = prerequisitesOf(row.resourceId);
    if (prerequisites.length > 0) items.prerequisites[k] = prerequisites;
  });
  return { ...header, items, reasons, resourcesVersion: ctx.resourcesVersion() };
}
