import type { Goal } from '../../../shared/contract/views';
import { shorterAlternatives } from '../../../shared/planner/alternatives';
import { addDaysTo } from '../../../shared/dates';
import { droppable } from '../../../shared/planner/plan';
import { neededByRemaining } from '../../../shared/planner/select';
import { analyzeTarget } from '../../../shared/planner/target';
import { deriveTimeline, PACE_DAYS, type Timeline } from '../../../shared/planner/timeline';
import type { TargetAnalysis } from '../../../shared/planner/types';
import type { StoredItem } from '../store/items';
import type { Context } from './context';
import { planShape, type PlanShape } from './plan-shape';

const round1 = (n: number) => Math.round(n * 10) / 10;

/** The facts every screen, command and export shows about a goal, computed in this one place. */
export interface GoalFacts {
  goal: Goal;
  items: readonly StoredItem[];
  timeline: Timeline;
  itemsTotal: number;
  itemsDone: number;
  /** Done hours over planned hours (skipped items left out), to one decimal. */
  percentDone: number;
  /** What the items say about each other and themselves, kept while the membership holds. */
  shape: PlanShape;
}

/**
 * The facts of a goal, derived again only when the data or the day changed: the sidebar, the plan
 * and the dashboard ask for them on every refresh, and a large plan costs its number of items.
 */
export function goalFacts(ctx: Context, goal: Goal): GoalFacts {
  const key = `${ctx.today()}|${ctx.store.stamp()}|${ctx.resourcesVersion()}`;
  const hit = ctx.factsCache.get(goal.id);
  if (hit && hit.key === key) return hit.facts;
  const facts = deriveFacts(ctx, goal);
  ctx.factsCache.set(goal.id, { key, facts });
  return facts;
}

function deriveFacts(ctx: Context, goal: Goal): GoalFacts {
  const items = ctx.store.items.ofGoal(goal.id);
  const shape = planShape(ctx, goal, items);
  const today = ctx.today();
  const timeline = deriveTimeline({
    items: items.map((it, i) => ({
      hours: shape.hours[i]!,
      status: it.status,
      completedOn: it.completedOn,
      minutesLogged: it.minutesLogged,
      stage: shape.stages[i]!,
    })),
    hoursPerWeek: goal.hoursPerWeek,
    startDate: goal.startDate,
    today,
    recentMinutes: ctx.store.log.minutesBetween(goal.id, addDaysTo(today, 1 - PACE_DAYS), today),
  });
  let itemsTotal = 0;
  let itemsDone = 0;
  for (const it of items) {
    if (it.status !== 'skipped') itemsTotal++;
    if (it.status === 'done') itemsDone++;
  }
  const percentDone = timeline.totalHours > 0 ? round1((timeline.hoursDone / timeline.totalHours) * 100) : 0;
  return { goal, items, timeline, itemsTotal, itemsDone, percentDone, shape };
}

/** Whether what is left fits before the target date, and what would make it fit. */
export function targetFacts(ctx: Context, f: GoalFacts): TargetAnalysis | null {
  if (!f.goal.targetDate) return null;
  const catalog = ctx.catalog();
  const left = f.items.map((it) => ({
    resourceId: it.resourceId,
    status: it.status,
    origin: it.origin,
    relevance: it.relevance,
    hours: catalog.get(it.resourceId)!.hours,
  }));
  return analyzeTarget({
    from: f.timeline.from,
    targetDate: f.goal.targetDate,
    hoursPerWeek: f.goal.hoursPerWeek,
    remainingHours: f.timeline.remainingHours,
    droppable: droppable(left, catalog, neededByRemaining(left, catalog)),
    shorter: shorterAlternatives(left, f.goal.profile, f.goal.framework, catalog),
  });
}
