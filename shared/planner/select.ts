import { isContainer, isSchedulable, type Resource } from '../catalog/resource';
import type { Framework, Profile } from '../profile';
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

export function fitsFramework(r: Resource, framework: Framework): boolean {
  return r.framework === framework || r.framework === 'both' || r.framework === 'agnostic';
}

/** How many of the learner's answers ask for this resource; 0 means the profile does not pick it. */
export function relevance(r: Resource, p: Profile): number {
  const s = r.pick;
  let n = 0;
  if (s.core) n++;
  if (s.domains?.some((d) => p.domains.includes(d))) n++;
  if (s.deployTargets?.some((t) => p.deployTargets.includes(t))) n++;
  if (s.purposes?.includes(p.purpose)) n++;
  if (s.certificate && p.wantsCertificate) n++;
  if (s.needs) {
    for (const need of s.needs) {
      if (need === 'cpp' && p.needsCpp) n++;
      if (need === 'interop' && p.needsInterop) n++;
      if (need === 'visualTools' && p.wantsVisualTools) n++;
      if (need === 'largeScale' && p.scale === 'large') n++;
    }
  }
  return n;
}

export function knownReason(r: Resource, p: Profile): string | undefined {
  if (r.knownWhen?.pythonLevel?.includes(p.pythonLevel)) return `Skipped: you said your Python is ${p.pythonLevel}.`;
  if (r.knownWhen?.mlLevel?.includes(p.mlLevel)) return `Skipped: you said your ML level is ${p.mlLevel}.`;
  return undefined;
}

export interface SelectInput {
  profile: Profile;
  framework: Framework;
  catalog: Catalog;
  /** Resources the learner added by hand; kept whatever the profile says. */
  added?: readonly string[];
  /** Resources already in the plan with progress; kept on a re-plan. */
  keep?: readonly string[];
}

/** The resources a plan holds, before ordering: picked, added, kept, and every prerequisite they need. */
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

  const include = (r: Resource, origin: ItemOrigin, rel: number) => {
    const had = selected.get(r.id);
    if (had) {
      // A learner's choice outranks the planner's reason for the same item.
      if (origin === 'learner') had.origin = 'learner';
      had.relevance = Math.max(had.relevance, rel);
      return;
    }
    const skipReason = knownReason(r, profile);
    const s: Selected = { resource: r, index: selected.size, origin, relevance: rel };
    if (skipReason) s.skipReason = skipReason;
    selected.set(r.id, s);
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

  for (const r of catalog.values()) {
    if (isContainer(r) || !isSchedulable(r) || !fitsFramework(r, framework)) continue;
    const rel = relevance(r, profile);
    if (rel > 0) include(r, 'planner', rel);
  }
  for (const id of input.keep ?? []) {
    const r = usable(id, 'the plan');
    if (r) addWithChildren(r, 'planner', 0);
  }
  for (const id of input.added ?? []) {
    const r = usable(id, 'the plan');
    if (r) addWithChildren(r, 'learner', 0);
  }

  // Close over prerequisites: every item's prerequisites are planned too (skipped when already known).
  // A Map iterator also visits entries added while iterating, so this walks the closure in one pass.
  for (const { resource: r } of selected.values()) {
    for (const pid of r.prerequisites) {
      if (selected.has(pid)) continue;
      const p = usable(pid, r.title);
      if (p && !selected.has(p.id)) include(p, 'prerequisite', 0);
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

/** Prerequisites of `r` as planned: retired ones resolved to their replacements, missing ones left out. */
export function plannedPrerequisites(r: Resource, catalog: Catalog, inPlan: (id: string) => boolean): string[] {
  const out: string[] = [];
  for (const pid of r.prerequisites) {
    const p = resolvePrerequisite(pid, catalog);
    if (p && p.id !== r.id && inPlan(p.id)) out.push(p.id);
  }
  return out;
}

/**
 * Resources that some remaining item (not done, not skipped) still needs first: these cannot be
 * dropped to meet a target.
 */
export function neededByRemaining(items: readonly { resourceId: string; status: string }[], catalog: Catalog): Set<string> {
  const inPlan = new Set(items.map((i) => i.resourceId));
  const needed = new Set<string>();
  for (const it of items) {
    if (it.status === 'done' || it.status === 'skipped') continue;
    const r = catalog.get(it.resourceId);
    if (r) for (const p of plannedPrerequisites(r, catalog, (id) => inPlan.has(id))) needed.add(p);
  }
  return needed;
}
