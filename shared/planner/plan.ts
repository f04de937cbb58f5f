import { LEVEL_RANK, STAGES, type Resource } from '../catalog/resource';
import type { Framework, Profile } from '../profile';
import { topologicalOrder } from './order';
import { neededByRemaining, resolvePrerequisite, selectResources, type Catalog, type Selected } from './select';
import { analyzeTarget } from './target';
import { deriveTimeline } from './timeline';
import type { DropCandidate, ItemStatus, Plan, PlannedItem, PlanNote } from './types';

export interface PlanInput {
  profile: Profile;
  framework: Framework;
  catalog: Catalog;
  today: string;
  added?: readonly string[];
  keep?: readonly string[];
  /** An earlier order to stay close to (a re-plan keeps the learner's order where prerequisites allow). */
  preferredOrder?: readonly string[];
  /** Statuses already recorded, by resource id; they win over the planner's own skip decisions. */
  statuses?: ReadonlyMap<string, ItemStatus>;
}

const STAGE_RANK = new Map(STAGES.map((s, i) => [s, i]));

/** Builds the whole plan: selection, prerequisite order, week-by-week schedule, milestones and target check. */
export function buildPlan(input: PlanInput): Plan {
  const { profile, framework, catalog } = input;
  const startDate = profile.startDate ?? input.today;
  const { selected, notes } = selectResources(input);
  const nodes = [...selected.values()];
  const preferred = new Map((input.preferredOrder ?? []).map((id, i) => [id, i]));

  const prereqIdx = nodes.map((s) => prerequisiteIndexes(s.resource, catalog, selected));
  const order = topologicalOrder(prereqIdx, tieBreak(nodes, preferred), (i) => nodes[i]!.resource.id);

  const items: PlannedItem[] = order.map((i) => {
    const s = nodes[i]!;
    const recorded = input.statuses?.get(s.resource.id);
    const status: ItemStatus = recorded ?? (s.skipReason ? 'skipped' : 'not-started');
    return {
      resourceId: s.resource.id,
      origin: s.origin,
      relevance: s.relevance,
      status,
      ...(status === 'skipped' && s.skipReason ? { skipReason: s.skipReason } : {}),
      hours: s.resource.hours,
      startWeek: 1,
      endWeek: 1,
      stage: s.resource.stage,
    };
  });
  const laid = layOut(items, profile.hoursPerWeek, startDate);
  const target = profile.targetDate
    ? analyzeTarget({
        from: startDate,
        targetDate: profile.targetDate,
        hoursPerWeek: profile.hoursPerWeek,
        remainingHours: laid.totalHours,
        droppable: droppable(items, catalog, neededByRemaining(items, catalog)),
      })
    : null;
  return {
    framework,
    startDate,
    hoursPerWeek: profile.hoursPerWeek,
    items,
    weeks: laid.weeks,
    milestones: laid.milestones,
    totalHours: laid.totalHours,
    finishDate: laid.finishDate,
    target,
    notes: dedupe(notes),
  };
}

/** Indexes of a resource's planned prerequisites; the common case costs one map lookup per edge. */
function prerequisiteIndexes(r: Resource, catalog: Catalog, selected: ReadonlyMap<string, Selected>): number[] {
  const out: number[] = [];
  for (const pid of r.prerequisites) {
    const at = selected.get(pid);
    if (at !== undefined) {
      if (pid !== r.id) out.push(at.index);
      continue;
    }
    const p = resolvePrerequisite(pid, catalog);
    const planned = p && p.id !== r.id ? selected.get(p.id) : undefined;
    if (planned) out.push(planned.index);
  }
  return out;
}

const collator = new Intl.Collator('en');

/**
 * Stable tie-break a learner can follow: their own earlier order, then level, then relevance, then
 * stage, then title. Folded into one distinct number per item so the ordering heap compares numbers.
 */
function tieBreak(nodes: readonly Selected[], preferred: ReadonlyMap<string, number>): Float64Array {
  const n = nodes.length;
  const byTitle = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => collator.compare(nodes[a]!.resource.title, nodes[b]!.resource.title) || (nodes[a]!.resource.id < nodes[b]!.resource.id ? -1 : 1),
  );
  const rank = new Float64Array(n);
  // Fields by weight: level (3 values), relevance (capped at 99), stage (5), title rank (< 10^7).
  byTitle.forEach((node, titleRank) => {
    const s = nodes[node]!;
    const mine = preferred.get(s.resource.id);
    rank[node] =
      mine !== undefined
        ? mine
        : 1e12 + LEVEL_RANK[s.resource.level] * 1e11 + (99 - Math.min(99, s.relevance)) * 1e8 + (STAGE_RANK.get(s.resource.stage) ?? 0) * 1e7 + titleRank;
  });
  return rank;
}

/** Schedules a fresh plan in place (nothing done yet, from its start; skipped items take no time). */
export function layOut(items: PlannedItem[], hoursPerWeek: number, startDate: string) {
  const t = deriveTimeline({
    items: items.map((it) => ({ hours: it.hours, status: it.status, completedOn: null, minutesLogged: 0, stage: it.stage })),
    hoursPerWeek,
    startDate,
    today: startDate,
  });
  items.forEach((it, i) => {
    it.startWeek = t.items[i]!.startWeek;
    it.endWeek = t.items[i]!.endWeek;
  });
  return t;
}

/**
 * What could go to meet a target: not-yet-done items that nothing else needs, that the learner did not
 * add, that are not the framework's core and not one course of a certificate; least relevant first,
 * then the longest.
 */
export function droppable(
  items: readonly Pick<PlannedItem, 'resourceId' | 'status' | 'origin' | 'relevance' | 'hours'>[],
  catalog: Catalog,
  needed: ReadonlySet<string>,
): DropCandidate[] {
  return items
    .filter((it) => (it.status === 'not-started' || it.status === 'in-progress') && it.origin === 'planner')
    .filter((it) => !needed.has(it.resourceId))
    .map((it) => ({ it, r: catalog.get(it.resourceId) }))
    .filter((x): x is { it: (typeof items)[number]; r: Resource } => !!x.r && !x.r.pick.core && !x.r.parentId && x.it.hours > 0)
    .sort((a, b) => a.it.relevance - b.it.relevance || b.it.hours - a.it.hours)
    .map(({ it, r }) => ({ resourceId: it.resourceId, title: r.title, hours: it.hours }));
}

function dedupe(notes: PlanNote[]): PlanNote[] {
  const seen = new Set<string>();
  return notes.filter((n) => (seen.has(n.resourceId) ? false : (seen.add(n.resourceId), true)));
}
