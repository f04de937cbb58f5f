import { LEVEL_RANK, type Resource, type Stage } from '../catalog/resource';
import { TOPIC_BY_ID, TOPIC_RANK } from '../catalog/topics';
import type { Framework, Profile } from '../profile';
import { topologicalOrder } from './order';
import { shorterAlternatives } from './alternatives';
import { explainEach } from './reasons';
import { neededByRemaining, prerequisiteGraph, selectResources, type Catalog, type Selected } from './select';
import { indexCatalog } from './catalog-index';
import { analyzeTarget } from './target';
import { deriveTimeline } from './timeline';
import type { DropCandidate, ItemStatus, Plan, PlannedItem, PlanNote, SchedulableItem } from './types';

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
  const { nodes, notes } = selectResources(input);
  const preferred = new Map((input.preferredOrder ?? []).map((id, i) => [id, i]));

  const prereqIdx = prerequisiteGraph(nodes);
  const order = topologicalOrder(prereqIdx, tieBreak(nodes, preferred, prereqIdx, indexCatalog(catalog).titleRank), (i) => nodes[i]!.resource.id);

  const ordered = order.map((i) => nodes[i]!);
  const why = explainEach(ordered, profile, catalog);
  const items: PlannedItem[] = ordered.map((s, k) => {
    const recorded = input.statuses?.get(s.resource.id);
    const status: ItemStatus = recorded ?? (s.skipReason ? 'skipped' : 'not-started');
    const item: PlannedItem = {
      resourceId: s.resource.id,
      origin: s.origin,
      relevance: s.relevance,
      status,
      hours: s.resource.hours,
      startWeek: 1,
      endWeek: 1,
      stage: s.resource.stage,
      reason: why[k]!.reason,
      partOf: why[k]!.partOf,
    };
    if (status === 'skipped' && s.skipReason) item.skipReason = s.skipReason;
    return item;
  });
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
    weeks: laid.weeks,
    milestones: laid.milestones,
    totalHours: laid.totalHours,
    finishDate: laid.finishDate,
    target,
    notes: dedupe(notes),
  };
}

const STAGE_TOPIC_RANK: Record<Stage, number> = { foundations: 0, core: 5, specialize: 10, deploy: 20, capstone: 30 };

/**
 * Where an item sits in the teaching order: its earliest topic; an item without topics sits with the
 * earliest item that needs it, or by its stage when nothing does.
 */
function teachingRanks(nodes: readonly Selected[], prerequisites: readonly (readonly number[])[]): number[] {
  const rank = nodes.map((s) => {
    let best = Infinity;
    for (const t of s.resource.topics) best = Math.min(best, TOPIC_RANK.get(t) ?? Infinity);
    return best;
  });
  const topicless = Uint8Array.from(nodes, (s) => (s.resource.topics.length === 0 ? 1 : 0));
  prerequisites.forEach((pre, i) => {
    for (const p of pre) if (topicless[p]) rank[p] = Math.min(rank[p]!, rank[i]!);
  });
  return rank.map((r, i) => (Number.isFinite(r) ? r : STAGE_TOPIC_RANK[nodes[i]!.resource.stage]));
}

/**
 * Stable tie-break a learner can follow: their own earlier order, then the teaching order of topics
 * (Python, a framework quickstart, then the rest, with maths just before the theory that needs it),
 * then level, relevance and title. Folded into one distinct number per item so the heap compares numbers.
 */
function tieBreak(
  nodes: readonly Selected[],
  preferred: ReadonlyMap<string, number>,
  prerequisites: readonly (readonly number[])[],
  titleRank: Int32Array,
): Float64Array {
  const teaching = teachingRanks(nodes, prerequisites);
  const rank = new Float64Array(nodes.length);
  // Fields by weight: teaching rank (< 100), level (3 values), relevance (capped at 9), title rank (< 10^7).
  nodes.forEach((s, node) => {
    const mine = preferred.size > 0 ? preferred.get(s.resource.id) : undefined;
    rank[node] =
      mine !== undefined
        ? mine
        : 1e12 + Math.min(99, teaching[node]!) * 1e10 + LEVEL_RANK[s.resource.level] * 1e9 + (9 - Math.min(9, s.relevance)) * 1e7 + titleRank[s.at]!;
  });
  return rank;
}

/** Schedules a fresh plan in place (nothing done yet, from its start; skipped items take no time). */
export function layOut(items: SchedulableItem[], hoursPerWeek: number, startDate: string) {
  const t = deriveTimeline({
    items,
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
