import type { Resource, Stage } from '../catalog/resource';
import { STAGES } from '../catalog/stages';
import { TOPIC_BY_ID, TOPIC_RANK } from '../catalog/topics';
import type { Framework, Profile } from '../profile';
import { topologicalOrder, type NodeGraph } from './order';
import { shorterAlternatives } from './alternatives';
import { neededByRemaining, originOf, prerequisiteGraph, resourceOf, selectResources, type Catalog, type Selection } from './select';
import { TOPICAL } from './catalog-index';
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

/** Builds the whole plan: selection, prerequisite order, week-by-week schedule, milestones and target check. */
export function buildPlan(input: PlanInput): Plan {
  const { profile, framework, catalog } = input;
  const startDate = profile.startDate ?? input.today;
  const sel = selectResources(input);
  const preferred = new Map((input.preferredOrder ?? []).map((id, i) => [id, i]));

  const graph = prerequisiteGraph(sel);
  const order = topologicalOrder(graph, tieBreak(sel, preferred, graph), (i) => resourceOf(sel, i).id);

  // Items are made from the index's columns: at 100k, reading each resource object costs a cache miss.
  const { ids, hours, stage } = sel.index;
  const items = new Array<PlannedItem>(order.length);
  for (let k = 0; k < order.length; k++) {
    const node = order[k]!;
    const place = sel.at[node]!;
    const id = ids[place]!;
    const origin = originOf(sel, node);
    const skipReason = sel.skipReason.get(node);
    const status: ItemStatus = input.statuses?.get(id) ?? (skipReason ? 'skipped' : 'not-started');
    const item: PlannedItem = {
      resourceId: id,
      origin,
      relevance: sel.relevance[node]!,
      status,
      hours: hours[place]!,
      startWeek: 1,
      endWeek: 1,
      stage: STAGES[stage[place]!]!,
    };
    if (status === 'skipped' && skipReason) item.skipReason = skipReason;
    items[k] = item;
  }
  const laid = layOut(items, profile.hoursPerWeek, startDate);
  const target = profile.targetDate
    ? analyzeTarget({
        from: startDate,
        targetDate: profile.targetDate,
        hoursPerWeek: profile.hoursPerWeek,
        remainingHours: laid.totalHours,
        droppable: droppable(items, catalog, neededByRemaining(items, catalog)),
        shorter: shorterAlternatives(items, profile, framework, catalog),
      })
    : null;
  return {
    framework,
    startDate,
    hoursPerWeek: profile.hoursPerWeek,
    items,
    get weeks() {
      return laid.weeks;
    },
    weekCount: laid.weekCount,
    milestones: laid.milestones,
    totalHours: laid.totalHours,
    finishDate: laid.finishDate,
    target,
    notes: dedupe(sel.notes),
  };
}

const STAGE_TOPIC_RANK: Record<Stage, number> = { foundations: 0, core: 5, specialize: 10, deploy: 20, capstone: 30 };

/**
 * Where an item sits in the teaching order: its earliest topic; an item without topics sits with the
 * earliest item that needs it, or by its stage when nothing does.
 */
function teachingRanks(sel: Selection, graph: NodeGraph): Float64Array {
  const { flags, stage } = sel.index;
  const topical = (node: number) => (flags[sel.at[node]!]! & TOPICAL) !== 0;
  const rank = new Float64Array(sel.count).fill(Infinity);
  for (let i = 0; i < sel.count; i++) {
    if (!topical(i)) continue;
    let best = Infinity;
    for (const t of resourceOf(sel, i).topics) best = Math.min(best, TOPIC_RANK.get(t) ?? Infinity);
    rank[i] = best;
  }
  for (let i = 0; i < sel.count; i++) {
    // Nothing to hand down from an item without a rank yet (a plan of topicless resources skips every edge).
    if (rank[i] === Infinity) continue;
    for (let e = graph.start[i]!; e < graph.start[i + 1]!; e++) {
      const p = graph.edges[e]!;
      if (!topical(p)) rank[p] = Math.min(rank[p]!, rank[i]!);
    }
  }
  for (let i = 0; i < sel.count; i++) if (!Number.isFinite(rank[i])) rank[i] = STAGE_TOPIC_RANK[STAGES[stage[sel.at[i]!]!]!];
  return rank;
}

/**
 * Stable tie-break a learner can follow: their own earlier order, then the teaching order of topics
 * (Python, a framework quickstart, then the rest, with maths just before the theory that needs it),
 * then level, relevance and title. Folded into one distinct number per item so the heap compares numbers.
 */
function tieBreak(sel: Selection, preferred: ReadonlyMap<string, number>, graph: NodeGraph): Float64Array {
  const { level, titleRank } = sel.index;
  const teaching = teachingRanks(sel, graph);
  const rank = new Float64Array(sel.count);
  // Fields by weight: teaching rank (< 100), level (3 values), relevance (capped at 9), title rank (< 10^7).
  for (let node = 0; node < rank.length; node++) {
    const place = sel.at[node]!;
    const mine = preferred.size > 0 ? preferred.get(resourceOf(sel, node).id) : undefined;
    rank[node] =
      mine !== undefined
        ? mine
        : 1e12 + Math.min(99, teaching[node]!) * 1e10 + level[place]! * 1e9 + (9 - Math.min(9, sel.relevance[node]!)) * 1e7 + titleRank[place]!;
  }
  return rank;
}

/** Schedules a fresh plan in place (nothing done yet, from its start; skipped items take no time). */
export function layOut(items: PlannedItem[], hoursPerWeek: number, startDate: string) {
  const t = deriveTimeline({
    items,
    hoursPerWeek,
    startDate,
    today: startDate,
  });
  items.forEach((it, i) => {
    it.startWeek = t.startWeeks[i]!;
    it.endWeek = t.endWeeks[i]!;
  });
  return t;
}

/**
 * Optional depth that could go to meet a target: not-yet-done items that nothing else needs, that the
 * learner did not add, that are not one course of a track, and whose every topic is depth (maths,
 * theory). Never a domain, a deploy target, a certificate or a prerequisite of these. Longest first.
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
    .filter((x): x is { it: (typeof items)[number]; r: Resource } => !!x.r && isOptionalDepth(x.r, catalog) && x.it.hours > 0)
    .sort((a, b) => b.it.hours - a.it.hours)
    .map(({ it, r }) => ({ resourceId: it.resourceId, title: r.title, hours: it.hours }));
}

/** Depth (maths, theory) that no credential track depends on: what "drop optional depth" may offer. */
export function isOptionalDepth(r: Pick<Resource, 'topics' | 'parentId'>, catalog: Catalog): boolean {
  if (r.parentId && catalog.get(r.parentId)?.pick.certificate) return false;
  return r.topics.length > 0 && r.topics.every((t) => TOPIC_BY_ID.get(t)?.depth === true);
}

function dedupe(notes: PlanNote[]): PlanNote[] {
  const seen = new Set<string>();
  return notes.filter((n) => (seen.has(n.resourceId) ? false : (seen.add(n.resourceId), true)));
}
