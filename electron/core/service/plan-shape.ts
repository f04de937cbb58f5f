import type { Stage } from '../../../shared/catalog/resource';
import type { Goal } from '../../../shared/contract/views';
import { explainItems, type ItemWhy } from '../../../shared/planner/reasons';
import { plannedPrerequisites, topicCoverage } from '../../../shared/planner/select';
import type { StoredItem } from '../store/items';
import type { Context } from './context';

/** What a plan's items say about each other and about themselves, by their place in the plan. */
export interface PlanShape {
  prerequisitesOf(resourceId: string): string[];
  /** Reasons, worked out on first use (the goal list and progress never ask). */
  readonly why: Map<string, ItemWhy>;
  /** Each item's resource hours and stage, in plan order: what the schedule needs of the catalog. */
  hours: Float64Array;
  stages: Stage[];
  /** Places of the items that are courses of a specialization or certificate. */
  courses: number[];
}

/**
 * Only which resources the plan holds, in which order and by whose choice (and the answers, and the
 * catalog) move these; a status change or a logged hour does not, so on a 20,000-item plan they are
 * worked out again only when the membership changes, not on every tick.
 */
export function planShape(ctx: Context, goal: Goal, rows: readonly StoredItem[]): PlanShape {
  const key = `${ctx.resourcesVersion()}\n${JSON.stringify(goal.profile)}\n${rows.map((r) => `${r.resourceId} ${r.origin}`).join('\n')}`;
  const hit = ctx.planShapes.get(goal.id);
  if (hit && hit.key === key) return hit.shape;
  const catalog = ctx.catalog();
  const inPlan = new Set(rows.map((r) => r.resourceId));
  const coverage = topicCoverage(inPlan, catalog);
  const known = new Map<string, string[]>();
  const prerequisitesOf = (resourceId: string) => {
    let list = known.get(resourceId);
    if (!list) known.set(resourceId, (list = plannedPrerequisites(catalog.get(resourceId)!, catalog, (id) => inPlan.has(id), coverage)));
    return list;
  };
  const hours = new Float64Array(rows.length);
  const stages = new Array<Stage>(rows.length);
  const courses: number[] = [];
  rows.forEach((row, i) => {
    const r = catalog.get(row.resourceId)!;
    hours[i] = r.hours;
    stages[i] = r.stage;
    if (r.parentId) courses.push(i);
  });
  let why: Map<string, ItemWhy> | null = null;
  const shape: PlanShape = {
    prerequisitesOf,
    get why() {
      return (why ??= explainItems(rows, goal.profile, catalog));
    },
    hours,
    stages,
    courses,
  };
  ctx.planShapes.set(goal.id, { key, shape });
  return shape;
}
