import { isContainer, isSchedulable, type Resource } from '../catalog/resource';
import { neededTopics, TOPIC_BY_ID, type NeededTopic } from '../catalog/topics';
import { PROFILE_DEFAULTS, type Framework, type Profile } from '../profile';
import { CONTAINER, indexCatalog, SCHEDULABLE, TOPICAL, type Catalog, type CatalogIndex } from './catalog-index';
import type { NodeGraph } from './order';
import { ITEM_ORIGINS, type ItemOrigin, type PlanNote } from './types';

export type { Catalog } from './catalog-index';

/**
 * The resources a plan holds, in selection order, as columns: node k is the catalog's resource at
 * `at[k]`. Columns rather than one object per node, because a plan of the learner's own resources can
 * hold 100k nodes and every object is one more the collector has to copy.
 */
export interface Selection {
  /** The catalog's index, whose positions `at` names. */
  readonly index: CatalogIndex;
  /** How many nodes; every column below has this length. */
  readonly count: number;
  /** Each node's position in the catalog's index. */
  readonly at: Int32Array;
  /** Each node's origin, as its place in ITEM_ORIGINS (see `originOf`). */
  readonly origin: Uint8Array;
  readonly relevance: Float64Array;
  /** Why a node is planned as skipped (known ground), by node; most have none. */
  readonly skipReason: Map<number, string>;
  /**
   * Indexes of the planned items each node lists as prerequisites (a retired one standing for its
   * replacement): the listed half of `plannedPrerequisites`, found while closing the selection. Node
   * k's are `listed[listedStart[k] .. listedStart[k + 1])`.
   */
  readonly listedStart: Int32Array;
  readonly listed: Int32Array;
  readonly notes: PlanNote[];
}

/** The resource a selected node stands for. */
export function resourceOf(sel: Selection, node: number): Resource {
  return sel.index.resources[sel.at[node]!]!;
}

export function originOf(sel: Selection, node: number): ItemOrigin {
  return ITEM_ORIGINS[sel.origin[node]!]!;
}

/** Node `node`'s listed prerequisites, as node indexes. */
export function listedOf(sel: Selection, node: number): Int32Array {
  return sel.listed.subarray(sel.listedStart[node]!, sel.listedStart[node + 1]!);
}

export function fitsFramework(r: Pick<Resource, 'framework'>, framework: Framework): boolean {
  return r.framework === framework || r.framework === 'both' || r.framework === 'agnostic';
}

export function fitsBudget(r: Pick<Resource, 'cost'>, p: Profile): boolean {
  return (p.budget ?? PROFILE_DEFAULTS.budget) === 'any' || r.cost === 'free';
}

export interface SelectInput {
  profile: Profile;
  framework: Framework;
  catalog: Catalog;
  /** Resources the learner added or swapped in by hand; kept whatever the profile says. */
  added?: readonly string[];
  /** Resources already in the plan with progress; kept on a re-plan. */
  keep?: readonly string[];
}

/** The credential track that fits a certificate learner best: the most of their domains, then the fewest hours. */
export function chooseCredential(p: Profile, framework: Framework, catalog: Catalog): Resource | null {
  let best: { r: Resource; score: number } | null = null;
  for (const r of catalog.values()) {
    if (!isContainer(r) || !r.pick.certificate || !isSchedulable(r) || !fitsBudget(r, p)) continue;
    // A credential is about a framework: a track for the other one would teach the wrong code.
    if (r.framework !== framework && r.framework !== 'both') continue;
    const overlap = r.domains.filter((d) => p.domains.includes(d)).length;
    const score = overlap * 1000 - r.hours;
    if (!best || score > best.score) best = { r, score };
  }
  return best?.r ?? null;
}

const DEPTH_COST = {
  focused: { overview: 20, practical: 0, deep: 40 },
  thorough: { overview: 40, practical: 15, deep: 0 },
} as const;

/**
 * How well a resource fits as the way to cover `topic` (lower is better): hours per needed topic it
 * covers, plus penalties for a format the learner did not ask for and for a depth that does not match
 * their scope (a depth topic is allowed its deep resources). Framework-native material edges out
 * multi-framework material.
 */
function cost(r: Resource, useful: number, p: Profile, framework: Framework, depthTopic: boolean): number {
  const formats = p.formats ?? PROFILE_DEFAULTS.formats;
  // Research needs the theory whatever the scope.
  const scope = p.purpose === 'research' ? 'thorough' : (p.scope ?? PROFILE_DEFAULTS.scope);
  let c = r.hours / Math.max(1, useful);
  if (formats.length > 0 && !formats.includes(r.format)) c += 100;
  c += depthTopic && r.depth === 'deep' ? 0 : DEPTH_COST[scope][r.depth];
  if (r.framework === framework) c -= 8;
  // Material built around other domains teaches the right ideas on the wrong examples.
  if (r.domains.length > 0 && !r.domains.some((d) => p.domains.includes(d))) c += 15;
  // JavaScript-first learners train in the browser: TensorFlow.js is the tool for that.
  if (p.jsFirst && r.id === 'tfjs') c -= 50;
  return c;
}

/**
 * The resources a plan holds, before ordering. Learner choices and items with progress come first and
 * cover their topics; a certificate learner then gets one credential track; every other needed topic
 * gets the one resource that fits the profile best, never one that repeats ground already covered.
 * Resource-level prerequisites (a track's course order, a custom resource's own list) close the set.
 */
export function selectResources(input: SelectInput): Selection {
  const { profile, framework, catalog } = input;
  const ix = indexCatalog(catalog);
  const all = ix.resources;
  const flags = ix.flags;
  // Columns sized for the whole catalog, so that growing them never copies; a plan holds at most that.
  const at = new Int32Array(all.length);
  const origins = new Uint8Array(all.length);
  const relevance = new Float64Array(all.length);
  let count = 0;
  const skipReasons = new Map<number, string>();
  /** The node each catalog position became, or -1. */
  const nodeAt = new Int32Array(all.length).fill(-1);
  const notes: PlanNote[] = [];
  const childrenOf = (at: number) => ix.children.get(at) ?? [];
  /** Topics a scheduled (not skipped) item already teaches. */
  const covered = new Set<string>();
  /** Topics some item in the plan accounts for, skipped or not. */
  const accounted = new Set<string>();

  const include = (place: number, origin: ItemOrigin, rel: number, skipReason?: string) => {
    const had = nodeAt[place]!;
    if (had >= 0) {
      // A learner's choice outranks the planner's reason for the same item.
      if (origin === 'learner') origins[had] = LEARNER;
      relevance[had] = Math.max(relevance[had]!, rel);
      return;
    }
    const node = count++;
    at[node] = place;
    origins[node] = ITEM_ORIGINS.indexOf(origin);
    relevance[node] = rel;
    if (skipReason) skipReasons.set(node, skipReason);
    nodeAt[place] = node;
    if (!(flags[place]! & TOPICAL)) return;
    for (const t of all[place]!.topics) {
      accounted.add(t);
      if (!skipReason) covered.add(t);
    }
  };

  /** Follows renames and retirements to what should be studied instead; -1 when nothing can be. */
  const schedulable = (place: number) => (flags[place]! & SCHEDULABLE) !== 0;
  const usable = (at: number, wantedBy: string): number => {
    if (at >= 0 && schedulable(at)) return at;
    const seen = new Set<number>();
    while (at >= 0 && !schedulable(at) && !seen.has(at)) {
      seen.add(at);
      const r = all[at]!;
      const next = r.replacementId ? (ix.indexOf.get(r.replacementId) ?? -1) : -1;
      notes.push({
        resourceId: r.id,
        message:
          next >= 0
            ? `${r.title} is ${r.status}${r.statusReason ? `: ${r.statusReason}` : '.'} The plan uses ${all[next]!.title} instead.`
            : `${r.title} is ${r.status} and has no replacement, so ${wantedBy} is planned without it.`,
      });
      at = next;
    }
    return at >= 0 && schedulable(at) ? at : -1;
  };

  const addWithChildren = (at: number, origin: ItemOrigin, rel: number) => {
    if (flags[at]! & CONTAINER) {
      for (const c of childrenOf(at)) if (schedulable(c)) include(c, origin, rel);
    } else {
      include(at, origin, rel);
    }
  };

  for (const place of placesOf(ix, input.added)) {
    const at = usable(place, 'the plan');
    if (at >= 0) addWithChildren(at, 'learner', 0);
  }
  for (const place of placesOf(ix, input.keep)) {
    const at = usable(place, 'the plan');
    if (at >= 0) addWithChildren(at, 'planner', 0);
  }

  let needed: NeededTopic[] = neededTopics(profile);
  if (profile.wantsCertificate) {
    let held: Resource | undefined;
    for (let k = 0; k < count && !held; k++) {
      const parent = all[at[k]!]!.parentId;
      const c = parent === undefined ? undefined : catalog.get(parent);
      if (c?.pick.certificate) held = c;
    }
    const track = held || chooseCredential(profile, framework, catalog);
    if (!track) {
      notes.push({
        resourceId: 'certificate',
        message:
          (profile.budget ?? PROFILE_DEFAULTS.budget) === 'free'
            ? 'No credential track is free, so the plan has none: allow paid resources to get one.'
            : `No credential track in the catalog fits ${framework}, so the plan has none.`,
      });
    } else {
      for (const c of childrenOf(ix.indexOf.get(track.id)!)) if (schedulable(c)) include(c, 'planner', 1);
      // The track's courses may reach past the learner's answers; what they build on is needed too.
      needed = neededTopics(profile, track.topics);
    }
  }

  const depthTopics = new Set(needed.filter((n) => n.topic.depth).map((n) => n.topic.id));
  const neededIds = new Set(needed.map((n) => n.topic.id));
  // A single resource, or a specialization taken whole (its courses build on each other); credential
  // tracks are only for learners who asked for a certificate.
  const wholeTrackFits = (at: number) =>
    !all[at]!.pick.certificate && childrenOf(at).every((c) => all[c]!.topics.length > 0 && all[c]!.topics.every((t) => neededIds.has(t)));
  const candidates: number[] = [];
  for (let at = 0; at < all.length; at++) {
    // The flags rule out most of a large catalog (a learner's own topicless resources) without touching it.
    if ((flags[at]! & (SCHEDULABLE | TOPICAL)) !== (SCHEDULABLE | TOPICAL)) continue;
    const r = all[at]!;
    if (!r.custom && !r.parentId && fitsFramework(r, framework) && (!(flags[at]! & CONTAINER) || wholeTrackFits(at))) candidates.push(at);
  }
  for (const n of needed) {
    const id = n.topic.id;
    if (accounted.has(id)) continue;
    let best: { at: number; c: number } | null = null;
    for (const at of candidates) {
      const r = all[at]!;
      if (!r.topics.includes(id) || !fitsBudget(r, profile)) continue;
      // No duplicated ground: a resource that repeats a topic already taught is never added.
      if (r.topics.some((t) => covered.has(t))) continue;
      const fresh = r.topics.filter((t) => neededIds.has(t) && !accounted.has(t));
      // Known ground is skipped: cover it with a resource that does not also carry new ground.
      if (n.known && fresh.length > 1) continue;
      const c = cost(
        r,
        fresh.length,
        profile,
        framework,
        r.topics.some((t) => depthTopics.has(t)),
      );
      if (!best || c < best.c) best = { at, c };
    }
    if (best && flags[best.at]! & CONTAINER) {
      for (const c of childrenOf(best.at)) if (schedulable(c)) include(c, 'planner', 1, n.known ?? undefined);
    } else if (best) include(best.at, 'planner', 1, n.known ?? undefined);
    else if (n.reason) {
      notes.push({
        resourceId: `topic:${id}`,
        message: `Nothing in the catalog teaches "${n.topic.title}" for ${framework}${(profile.budget ?? 'any') === 'free' ? ' for free' : ''}; the plan goes without it.`,
      });
    }
  }

  // Close over resource-level prerequisites; one whose ground the plan already teaches is not added twice.
  // Nodes added on the way are visited in turn, so each node's edges are found together and recorded
  // as one run of a flat list.
  // Each listed entry yields at most one edge, so the catalog's count of them bounds the plan's.
  const listedStart = new Int32Array(all.length + 1);
  const listed = new Int32Array(ix.prerequisites.length);
  let edges = 0;
  for (let k = 0; k < count; k++) {
    const from = edges;
    listedStart[k] = from;
    const place = at[k]!;
    for (let e = ix.prereqStart[place]!; e < ix.prereqStart[place + 1]!; e++) {
      const listedAt = ix.prerequisites[e]!;
      let node = listedAt >= 0 ? nodeAt[listedAt]! : -1;
      if (node < 0) {
        const q = listedAt >= 0 ? usable(listedAt, all[place]!.title) : -1;
        if (q < 0) continue;
        if (nodeAt[q]! < 0) {
          if (flags[q]! & TOPICAL && all[q]!.topics.every((t) => accounted.has(t))) continue;
          include(q, 'prerequisite', 0);
        }
        node = nodeAt[q]!;
      }
      if (node === k || has(listed, from, edges, node)) continue;
      listed[edges++] = node;
    }
  }
  listedStart[count] = edges;
  return {
    index: ix,
    count,
    at: at.subarray(0, count),
    origin: origins.subarray(0, count),
    relevance: relevance.subarray(0, count),
    skipReason: skipReasons,
    listedStart: listedStart.subarray(0, count + 1),
    listed: listed.subarray(0, edges),
    notes,
  };
}

const LEARNER = ITEM_ORIGINS.indexOf('learner');

/**
 * The catalog positions of `ids` (-1 for an unknown one), looked up in a loop of their own: with nothing
 * else in it, the processor overlaps the lookups' cache misses, which at 100k ids halves their cost.
 */
function placesOf(ix: CatalogIndex, ids: readonly string[] = []): Int32Array {
  const places = new Int32Array(ids.length);
  for (let i = 0; i < ids.length; i++) places[i] = ix.indexOf.get(ids[i]!) ?? -1;
  return places;
}

function has(list: Int32Array, from: number, to: number, value: number): boolean {
  for (let i = from; i < to; i++) if (list[i] === value) return true;
  return false;
}

/** What a prerequisite id stands for now: itself, or the replacement of a retired resource. */
export function resolvePrerequisite(id: string, catalog: Catalog): Resource | undefined {
  let p = catalog.get(id);
  if (!p || isSchedulable(p)) return p;
  // Retired prerequisites are rare: follow replacements to the end, as the selection does, stopping at a loop.
  const seen = new Set<string>();
  while (p && p.replacementId && !isSchedulable(p) && !seen.has(p.id)) {
    seen.add(p.id);
    p = catalog.get(p.replacementId);
  }
  return p;
}

/**
 * Which planned items cover each topic, to derive ordering edges from the topic graph. Built once per
 * plan; `plannedPrerequisites` then answers per item.
 */
export function topicCoverage(ids: Iterable<string>, catalog: Catalog): Map<string, string[]> {
  return coverageBy(ids, (id) => catalog.get(id)?.topics);
}

/** The same, keyed by whatever the caller names items with (ids, or the planner's node indexes). */
export function coverageBy<K>(keys: Iterable<K>, topicsOf: (key: K) => readonly string[] | undefined): Map<string, K[]> {
  const cover = new Map<string, K[]>();
  for (const key of keys) {
    for (const t of topicsOf(key) ?? []) {
      const list = cover.get(t);
      if (list) list.push(key);
      else cover.set(t, [key]);
    }
  }
  return cover;
}

/**
 * The selection's ordering edges by node index: for every node at once what `plannedPrerequisites`
 * answers for one item, from the edges the selection recorded plus those its topics imply.
 */
export function prerequisiteGraph(sel: Selection): NodeGraph {
  const count = sel.count;
  const topical: number[] = [];
  for (let i = 0; i < count; i++) if (sel.index.flags[sel.at[i]!]! & TOPICAL) topical.push(i);
  // The recorded edges hold no repeats and no self-loops; only topics can add to them.
  if (topical.length === 0) return { start: sel.listedStart, edges: sel.listed };
  const coverage = coverageBy(topical, (i) => resourceOf(sel, i).topics);
  const start = new Int32Array(count + 1);
  const edges: number[] = [];
  for (let i = 0; i < count; i++) {
    const own = listedOf(sel, i);
    if (sel.index.flags[sel.at[i]!]! & TOPICAL) for (const k of withTopicPrerequisites(resourceOf(sel, i), i, Array.from(own), coverage)) edges.push(k);
    else for (const k of own) edges.push(k);
    start[i + 1] = edges.length;
  }
  return { start, edges: Int32Array.from(edges) };
}

/** Node i's prerequisites in a graph. */
export function edgesOf(graph: NodeGraph, i: number): Int32Array {
  return graph.edges.subarray(graph.start[i]!, graph.start[i + 1]!);
}

/**
 * Prerequisites of `r` as planned: its own (a retired one stands for its replacement, missing ones are
 * left out), and the items covering the prerequisite topics of its topics (through topics no item
 * covers).
 */
export function plannedPrerequisites(
  r: Resource,
  catalog: Catalog,
  inPlan: (id: string) => boolean,
  coverage?: ReadonlyMap<string, readonly string[]>,
): string[] {
  const listed: string[] = [];
  for (const pid of r.prerequisites) {
    const p = resolvePrerequisite(pid, catalog);
    if (p && inPlan(p.id)) listed.push(p.id);
  }
  return withTopicPrerequisites(r, r.id, listed, coverage);
}

/**
 * The listed prerequisites of `r` joined with those its topics imply, without repeats or `r` itself,
 * over whatever keys the caller names planned items with: ids, or the planner's node indexes (whose
 * listed half `selectResources` finds while closing the selection).
 */
export function withTopicPrerequisites<K>(r: Resource, self: K, listed: readonly K[], coverage?: ReadonlyMap<string, readonly K[]>): K[] {
  const out: K[] = [];
  // Degrees are small, so a scan beats a Set until a topic is covered by many items.
  let many: Set<K> | null = null;
  const add = (k: K) => {
    if (k === self) return;
    if (many) {
      if (many.has(k)) return;
      many.add(k);
    } else if (out.includes(k)) return;
    else if (out.length >= 16) many = new Set([...out, k]);
    out.push(k);
  };
  for (const k of listed) add(k);
  if (coverage && r.topics.length > 0) {
    const own = r.topics;
    const seen = new Set<string>();
    const walk = (topic: string) => {
      for (const pre of TOPIC_BY_ID.get(topic)?.prerequisites ?? []) {
        if (seen.has(pre) || own.includes(pre)) continue;
        seen.add(pre);
        const by = coverage.get(pre);
        if (by && by.length > 0) for (const k of by) add(k);
        else walk(pre);
      }
    };
    for (const t of own) walk(t);
  }
  return out;
}

/**
 * Resources that some remaining item (not done, not skipped) still needs first: these cannot be
 * dropped to meet a target.
 */
export function neededByRemaining(items: readonly { resourceId: string; status: string }[], catalog: Catalog): Set<string> {
  const inPlan = new Set(items.map((i) => i.resourceId));
  const coverage = topicCoverage(inPlan, catalog);
  const needed = new Set<string>();
  for (const it of items) {
    if (it.status === 'done' || it.status === 'skipped') continue;
    const r = catalog.get(it.resourceId);
    if (r) for (const p of plannedPrerequisites(r, catalog, (id) => inPlan.has(id), coverage)) needed.add(p);
  }
  return needed;
}
