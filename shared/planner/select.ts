import { isContainer, isSchedulable, type Resource } from '../catalog/resource';
import { neededTopics, TOPIC_BY_ID, type NeededTopic } from '../catalog/topics';
import { PROFILE_DEFAULTS, type Framework, type Profile } from '../profile';
import type { ItemOrigin, PlanNote } from './types';

export interface Selected {
  resource: Resource;
  /** Position in selection order: the node's index in the planner's graph. */
  index: number;
  origin: ItemOrigin;
  relevance: number;
  skipReason?: string;
}

export type Catalog = ReadonlyMap<string, Resource>;

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
export function selectResources(input: SelectInput): { selected: Map<string, Selected>; notes: PlanNote[] } {
  const { profile, framework, catalog } = input;
  const selected = new Map<string, Selected>();
  const notes: PlanNote[] = [];
  const childrenOf = new Map<string, Resource[]>();
  for (const r of catalog.values()) {
    if (r.parentId) {
      const list = childrenOf.get(r.parentId) ?? [];
      list.push(r);
      childrenOf.set(r.parentId, list);
    }
  }
  /** Topics a scheduled (not skipped) item already teaches. */
  const covered = new Set<string>();
  /** Topics some item in the plan accounts for, skipped or not. */
  const accounted = new Set<string>();

  const include = (r: Resource, origin: ItemOrigin, rel: number, skipReason?: string) => {
    const had = selected.get(r.id);
    if (had) {
      // A learner's choice outranks the planner's reason for the same item.
      if (origin === 'learner') had.origin = 'learner';
      had.relevance = Math.max(had.relevance, rel);
      return;
    }
    const s: Selected = { resource: r, index: selected.size, origin, relevance: rel };
    if (skipReason) s.skipReason = skipReason;
    selected.set(r.id, s);
    for (const t of r.topics) {
      accounted.add(t);
      if (!skipReason) covered.add(t);
    }
  };

  /** Follows renames and retirements to what should be studied instead; null when nothing can be. */
  const usable = (id: string, wantedBy: string): Resource | null => {
    let r = catalog.get(id);
    const seen = new Set<string>();
    while (r && !isSchedulable(r) && !seen.has(r.id)) {
      seen.add(r.id);
      const next: Resource | undefined = r.replacementId ? catalog.get(r.replacementId) : undefined;
      notes.push({
        resourceId: r.id,
        message: next
          ? `${r.title} is ${r.status}${r.statusReason ? `: ${r.statusReason}` : '.'} The plan uses ${next.title} instead.`
          : `${r.title} is ${r.status} and has no replacement, so ${wantedBy} is planned without it.`,
      });
      r = next;
    }
    return r && isSchedulable(r) ? r : null;
  };

  const addWithChildren = (r: Resource, origin: ItemOrigin, rel: number) => {
    if (isContainer(r)) {
      for (const c of childrenOf.get(r.id) ?? []) if (isSchedulable(c)) include(c, origin, rel);
    } else {
      include(r, origin, rel);
    }
  };

  for (const id of input.added ?? []) {
    const r = usable(id, 'the plan');
    if (r) addWithChildren(r, 'learner', 0);
  }
  for (const id of input.keep ?? []) {
    const r = usable(id, 'the plan');
    if (r) addWithChildren(r, 'planner', 0);
  }

  let needed: NeededTopic[] = neededTopics(profile);
  if (profile.wantsCertificate) {
    const held = [...selected.values()].map((s) => s.resource.parentId && catalog.get(s.resource.parentId)).find((c) => c && c.pick.certificate);
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
      for (const c of childrenOf.get(track.id) ?? []) if (isSchedulable(c)) include(c, 'planner', 1);
      // The track's courses may reach past the learner's answers; what they build on is needed too.
      needed = neededTopics(profile, track.topics);
    }
  }

  const depthTopics = new Set(needed.filter((n) => n.topic.depth).map((n) => n.topic.id));
  const neededIds = new Set(needed.map((n) => n.topic.id));
  // A single resource, or a specialization taken whole (its courses build on each other); credential
  // tracks are only for learners who asked for a certificate.
  const wholeTrackFits = (r: Resource) =>
    !r.pick.certificate && (childrenOf.get(r.id) ?? []).every((c) => c.topics.length > 0 && c.topics.every((t) => neededIds.has(t)));
  const candidates = [...catalog.values()].filter(
    (r) => !r.custom && !r.parentId && isSchedulable(r) && r.topics.length > 0 && fitsFramework(r, framework) && (!isContainer(r) || wholeTrackFits(r)),
  );
  for (const n of needed) {
    const id = n.topic.id;
    if (accounted.has(id)) continue;
    let best: { r: Resource; c: number } | null = null;
    for (const r of candidates) {
      if (!r.topics.includes(id) || !fitsBudget(r, profile)) continue;
      // No duplicated ground: a resource that repeats a topic already taught is never added.
      if (r.topics.some((t) => covered.has(t))) continue;
      const fresh = r.topics.filter((t) => neededIds.has(t) && !accounted.has(t));
      // Known ground is skipped: cover it with a resource that does not also carry new ground.
      if (n.known && fresh.length > 1) continue;
      const c = cost(r, fresh.length, profile, framework, r.topics.some((t) => depthTopics.has(t)));
      if (!best || c < best.c) best = { r, c };
    }
    if (best && isContainer(best.r)) {
      for (const c of childrenOf.get(best.r.id) ?? []) if (isSchedulable(c)) include(c, 'planner', 1, n.known ?? undefined);
    } else if (best) include(best.r, 'planner', 1, n.known ?? undefined);
    else if (n.reason) {
      notes.push({
        resourceId: `topic:${id}`,
        message: `Nothing in the catalog teaches "${n.topic.title}" for ${framework}${(profile.budget ?? 'any') === 'free' ? ' for free' : ''}; the plan goes without it.`,
      });
    }
  }

  // Close over resource-level prerequisites; one whose ground the plan already teaches is not added twice.
  // A Map iterator also visits entries added while iterating, so this walks the closure in one pass.
  for (const { resource: r } of selected.values()) {
    for (const pid of r.prerequisites) {
      if (selected.has(pid)) continue;
      const p = usable(pid, r.title);
      if (!p || selected.has(p.id)) continue;
      if (p.topics.length > 0 && p.topics.every((t) => accounted.has(t))) continue;
      include(p, 'prerequisite', 0);
    }
  }
  return { selected, notes };
}

/** What a prerequisite id stands for now: itself, or the replacement of a retired resource. */
export function resolvePrerequisite(id: string, catalog: Catalog): Resource | undefined {
  let p = catalog.get(id);
  // Retired prerequisites are rare: follow replacements only then, and guard against a loop of them.
  for (let hops = 0; p && p.replacementId && !isSchedulable(p) && hops < 16; hops++) p = catalog.get(p.replacementId);
  return p;
}

/**
 * Which planned items cover each topic, to derive ordering edges from the topic graph. Built once per
 * plan; `prerequisitesVia` then answers per item.
 */
export function topicCoverage(ids: Iterable<string>, catalog: Catalog): Map<string, string[]> {
  const cover = new Map<string, string[]>();
  for (const id of ids) {
    for (const t of catalog.get(id)?.topics ?? []) {
      const list = cover.get(t) ?? [];
      list.push(id);
      cover.set(t, list);
    }
  }
  return cover;
}

/**
 * Prerequisites of `r` as planned: its own (retired ones resolved to their replacements, missing ones
 * left out), and the items covering the prerequisite topics of its topics (through topics no item
 * covers).
 */
export function plannedPrerequisites(
  r: Resource,
  catalog: Catalog,
  inPlan: (id: string) => boolean,
  coverage?: ReadonlyMap<string, readonly string[]>,
): string[] {
  const out = new Set<string>();
  for (const pid of r.prerequisites) {
    const p = resolvePrerequisite(pid, catalog);
    if (p && p.id !== r.id && inPlan(p.id)) out.add(p.id);
  }
  if (coverage && r.topics.length > 0) {
    const own = new Set(r.topics);
    const seen = new Set<string>();
    const walk = (topic: string) => {
      for (const pre of TOPIC_BY_ID.get(topic)?.prerequisites ?? []) {
        if (seen.has(pre) || own.has(pre)) continue;
        seen.add(pre);
        const by = coverage.get(pre);
        if (by && by.length > 0) {
          for (const id of by) if (id !== r.id) out.add(id);
        } else walk(pre);
      }
    };
    for (const t of r.topics) walk(t);
  }
  return [...out];
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
