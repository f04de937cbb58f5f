import { isContainer, isSchedulable, type Resource } from '../catalog/resource';
import { neededTopics, TOPIC_BY_ID, type NeededTopic } from '../catalog/topics';
import { PROFILE_DEFAULTS, type Framework, type Profile } from '../profile';
import { indexCatalog, type Catalog } from './catalog-index';
import type { ItemOrigin, PlanNote } from './types';

export type { Catalog } from './catalog-index';

export interface Selected {
  resource: Resource;
  /** Position in selection order: the node's index in the planner's graph. */
  index: number;
  /** Position in the catalog's index. */
  at: number;
  origin: ItemOrigin;
  relevance: number;
  skipReason?: string;
  /**
   * Indexes of the planned items this resource lists as prerequisites (a retired one standing for its
   * replacement): the listed half of `plannedPrerequisites`, found while closing the selection.
   */
  listed: number[];
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
/** Most items list no prerequisites: they share one empty list rather than allocate 100k of them. */
const NONE: number[] = [];

export function selectResources(input: SelectInput): { nodes: Selected[]; notes: PlanNote[] } {
  const { profile, framework, catalog } = input;
  const ix = indexCatalog(catalog);
  const all = ix.resources;
  const nodes: Selected[] = [];
  /** The node each catalog position became, or -1. */
  const nodeAt = new Int32Array(all.length).fill(-1);
  const notes: PlanNote[] = [];
  const childrenOf = (at: number) => ix.children.get(at) ?? [];
  /** Topics a scheduled (not skipped) item already teaches. */
  const covered = new Set<string>();
  /** Topics some item in the plan accounts for, skipped or not. */
  const accounted = new Set<string>();

  const include = (at: number, origin: ItemOrigin, rel: number, skipReason?: string) => {
    const had = nodes[nodeAt[at]!];
    if (had) {
      // A learner's choice outranks the planner's reason for the same item.
      if (origin === 'learner') had.origin = 'learner';
      had.relevance = Math.max(had.relevance, rel);
      return;
    }
    const r = all[at]!;
    const s: Selected = { resource: r, index: nodes.length, at, origin, relevance: rel, listed: NONE };
    if (skipReason) s.skipReason = skipReason;
    nodeAt[at] = s.index;
    nodes.push(s);
    for (const t of r.topics) {
      accounted.add(t);
      if (!skipReason) covered.add(t);
    }
  };

  /** Follows renames and retirements to what should be studied instead; -1 when nothing can be. */
  const usable = (at: number, wantedBy: string): number => {
    if (at >= 0 && isSchedulable(all[at]!)) return at;
    const seen = new Set<number>();
    while (at >= 0 && !isSchedulable(all[at]!) && !seen.has(at)) {
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
    return at >= 0 && isSchedulable(all[at]!) ? at : -1;
  };

  const addWithChildren = (at: number, origin: ItemOrigin, rel: number) => {
    if (isContainer(all[at]!)) {
      for (const c of childrenOf(at)) if (isSchedulable(all[c]!)) include(c, origin, rel);
    } else {
      include(at, origin, rel);
    }
  };

  for (const id of input.added ?? []) {
    const at = usable(ix.indexOf.get(id) ?? -1, 'the plan');
    if (at >= 0) addWithChildren(at, 'learner', 0);
  }
  for (const id of input.keep ?? []) {
    const at = usable(ix.indexOf.get(id) ?? -1, 'the plan');
    if (at >= 0) addWithChildren(at, 'planner', 0);
  }

  let needed: NeededTopic[] = neededTopics(profile);
  if (profile.wantsCertificate) {
    const held = nodes.map((s) => s.resource.parentId && catalog.get(s.resource.parentId)).find((c) => c && c.pick.certificate);
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
      for (const c of childrenOf(ix.indexOf.get(track.id)!)) if (isSchedulable(all[c]!)) include(c, 'planner', 1);
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
  all.forEach((r, at) => {
    if (!r.custom && !r.parentId && isSchedulable(r) && r.topics.length > 0 && fitsFramework(r, framework) && (!isContainer(r) || wholeTrackFits(at)))
      candidates.push(at);
  });
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
    if (best && isContainer(all[best.at]!)) {
      for (const c of childrenOf(best.at)) if (isSchedulable(all[c]!)) include(c, 'planner', 1, n.known ?? undefined);
    } else if (best) include(best.at, 'planner', 1, n.known ?? undefined);
    else if (n.reason) {
      notes.push({
        resourceId: `topic:${id}`,
        message: `Nothing in the catalog teaches "${n.topic.title}" for ${framework}${(profile.budget ?? 'any') === 'free' ? ' for free' : ''}; the plan goes without it.`,
      });
    }
  }

  // Close over resource-level prerequisites; one whose ground the plan already teaches is not added twice.
  // Nodes added on the way are visited in turn, and each edge is recorded by node as it is found.
  for (let k = 0; k < nodes.length; k++) {
    const s = nodes[k]!;
    for (let e = ix.prereqStart[s.at]!; e < ix.prereqStart[s.at + 1]!; e++) {
      const listedAt = ix.prerequisites[e]!;
      let node = listedAt >= 0 ? nodeAt[listedAt]! : -1;
      if (node < 0) {
        const q = listedAt >= 0 ? usable(listedAt, s.resource.title) : -1;
        if (q < 0) continue;
        if (nodeAt[q]! < 0) {
          const topics = all[q]!.topics;
          if (topics.length > 0 && topics.every((t) => accounted.has(t))) continue;
          include(q, 'prerequisite', 0);
        }
        node = nodeAt[q]!;
      }
      if (node === k || s.listed.includes(node)) continue;
      if (s.listed === NONE) s.listed = [];
      s.listed.push(node);
    }
  }
  return { nodes, notes };
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
export function prerequisiteGraph(nodes: readonly Selected[]): (readonly number[])[] {
  const coverage = coverageBy(nodes.keys(), (i) => nodes[i]!.resource.topics);
  // The recorded edges hold no repeats and no self-loops; only topics can add to them.
  return nodes.map((s, i) => (s.resource.topics.length > 0 ? withTopicPrerequisites(s.resource, i, s.listed, coverage) : s.listed));
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
