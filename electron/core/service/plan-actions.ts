import { isContainer, isSchedulable } from '../../../shared/catalog/resource';
import type { ParsedInput } from '../../../shared/contract/contract';
import { resourceColumns } from '../../../shared/contract/plan-columns';
import { planResourceOf } from '../../../shared/contract/plan-item';
import type { LeanItems, LeanPlanView, PlanResourceColumns } from '../../../shared/contract/views';
import { ServiceError } from '../../../shared/contract/results';
import { findOrderViolation } from '../../../shared/planner/order';
import { buildPlan } from '../../../shared/planner/plan';
import { plannedPrerequisites, topicCoverage } from '../../../shared/planner/select';
import type { Context } from './context';
import { leanPlanView, planView, savePlan } from './plan-store';
import { requireGoal } from './lookups';
import { inWriteTransaction } from '../store/tx';

export function getPlan(ctx: Context, input: ParsedInput<'getPlan'>) {
  return planView(ctx, input.goalId);
}

/** The resources a lean view's rows show, as sent with it; kept while the view is. */
const resourcesOfView = new WeakMap<LeanPlanView, PlanResourceColumns>();

export function getPlanLean(ctx: Context, input: ParsedInput<'getPlanLean'>): LeanPlanView {
  const whole = leanPlanView(ctx, input.goalId);
  const cut = input.firstItems !== undefined && input.firstItems < whole.items.id.length;
  const view = cut ? firstItemsOf(whole, input.firstItems!) : whole;
  if (input.resourcesVersion === view.resourcesVersion) return view;
  let resources = cut ? undefined : resourcesOfView.get(view);
  if (!resources) {
    resources = resourcesOf(ctx, view.items.resourceId);
    if (!cut) resourcesOfView.set(view, resources);
  }
  return { ...view, resources };
}

/** The resources behind these ids and their parents, as the page's rows show them. */
function resourcesOf(ctx: Context, resourceIds: readonly string[]): PlanResourceColumns {
  const catalog = ctx.catalog();
  const ids = new Set<string>();
  for (const id of resourceIds) {
    ids.add(id);
    const parentId = catalog.get(id)?.parentId;
    if (parentId) ids.add(parentId);
  }
  return resourceColumns([...ids].flatMap((id) => (catalog.has(id) ? [planResourceOf(catalog.get(id)!)] : [])));
}

/**
 * The view with only its first `n` items, and its weeks only as far as those items reach (a 20,000-item
 * plan has thousands); the figures (milestones, totals, finish) stay the whole plan's.
 */
function firstItemsOf(view: LeanPlanView, n: number): LeanPlanView {
  const all = view.items;
  let lastWeek = 0;
  for (let k = 0; k < n; k++) lastWeek = Math.max(lastWeek, all.endWeek[k] ?? all.startWeek[k]!);
  const sparse = <T>(column: Record<string, T>) => {
    const kept: Record<string, T> = {};
    for (const k in column) if (Number(k) < n) kept[k] = column[k]!;
    return kept;
  };
  const items: LeanItems = {
    id: all.id.slice(0, n),
    resourceId: all.resourceId.slice(0, n),
    startWeek: all.startWeek.slice(0, n),
    status: all.status.slice(0, n),
    origin: all.origin.slice(0, n),
    endWeek: sparse(all.endWeek),
    skipReason: sparse(all.skipReason),
    startedOn: sparse(all.startedOn),
    completedOn: sparse(all.completedOn),
    notes: sparse(all.notes),
    minutesLogged: sparse(all.minutesLogged),
    prerequisites: sparse(all.prerequisites),
    why: sparse(all.why),
  };
  return { ...view, weeks: view.weeks.slice(0, lastWeek), items, itemsLeftOut: all.id.length - n };
}

/** Keeps the learner's order unless it puts an item before one of its (not skipped) prerequisites. */
export function reorderPlan(ctx: Context, input: ParsedInput<'reorderPlan'>) {
  requireGoal(ctx, input.goalId);
  const rows = ctx.store.items.ofGoal(input.goalId);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const seen = new Set<number>();
  for (const id of input.itemIds) {
    if (!byId.has(id)) throw new ServiceError('invalid_input', `itemIds: item ${id} is not in goal ${input.goalId}`, 'itemIds');
    if (seen.has(id)) throw new ServiceError('invalid_input', `itemIds: item ${id} is listed twice`, 'itemIds');
    seen.add(id);
  }
  if (seen.size !== rows.length) {
    const missing = rows.find((r) => !seen.has(r.id))!;
    throw new ServiceError('invalid_input', `itemIds: must list every item of the plan; item ${missing.id} is missing`, 'itemIds');
  }
  const catalog = ctx.catalog();
  const order = input.itemIds.map((id) => byId.get(id)!.resourceId);
  const inPlan = new Set(order);
  const statusOf = new Map(rows.map((r) => [r.resourceId, r.status]));
  const coverage = topicCoverage(inPlan, catalog);
  const bad = findOrderViolation(
    order,
    (rid) => plannedPrerequisites(catalog.get(rid)!, catalog, (id) => inPlan.has(id), coverage),
    (rid) => statusOf.get(rid) !== 'skipped',
  );
  if (bad) {
    const a = catalog.get(bad.resourceId)!.title;
    const b = catalog.get(bad.prerequisiteId)!.title;
    throw new ServiceError('conflict', `"${a}" cannot come before its prerequisite "${b}"; move "${b}" earlier first.`, 'itemIds');
  }
  inWriteTransaction(ctx.db, () => {
    input.itemIds.forEach((id, i) => ctx.store.items.setPosition(id, i));
    ctx.store.goals.markCustomOrder(input.goalId, ctx.nowIso());
  });
  return planView(ctx, input.goalId);
}

/** Adds a resource (a certificate adds its courses) and whatever prerequisites it still lacks. */
export function addToPlan(ctx: Context, input: ParsedInput<'addToPlan'>) {
  const goal = requireGoal(ctx, input.goalId);
  const r = ctx.resource(input.resourceId);
  if (!isSchedulable(r)) {
    const next = r.replacementId ? ctx.catalog().get(r.replacementId) : undefined;
    throw new ServiceError(
      'unavailable',
      `resourceId: "${r.title}" is ${r.status}${r.statusReason ? ` (${r.statusReason})` : ''}` + (next ? `; add "${next.title}" (${next.id}) instead.` : '.'),
      'resourceId',
    );
  }
  const present = new Set(ctx.store.items.ofGoal(goal.id).map((row) => row.resourceId));
  const wanted = isContainer(r) ? [...ctx.catalog().values()].filter((c) => c.parentId === r.id).map((c) => c.id) : [r.id];
  if (wanted.every((id) => present.has(id))) {
    throw new ServiceError('conflict', `resourceId: "${r.title}" is already in this plan`, 'resourceId');
  }
  const plan = inWriteTransaction(ctx.db, () => {
    // Coming back after a removal: the same item returns, with its status, notes and time entries.
    const back = new Set(wanted);
    for (const old of ctx.store.items.removedOf(goal.id)) if (back.has(old.resourceId)) ctx.store.items.setRemoved(old.id, null);
    const rows = ctx.store.items.ofGoal(goal.id);
    const next = buildPlan({
      profile: goal.profile,
      framework: goal.framework,
      catalog: ctx.catalog(),
      today: goal.startDate,
      added: [...rows.filter((row) => row.origin === 'learner').map((row) => row.resourceId), r.id],
      keep: rows.map((row) => row.resourceId),
      preferredOrder: rows.map((row) => row.resourceId),
      statuses: new Map(rows.map((row) => [row.resourceId, row.status])),
    });
    savePlan(ctx, goal.id, next);
    ctx.store.goals.touch(goal.id, ctx.nowIso());
    return next;
  });
  const added = plan.items.map((i) => i.resourceId).filter((id) => !present.has(id));
  return { plan: planView(ctx, goal.id), added };
}
