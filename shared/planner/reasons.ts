import { isContainer, type Resource } from '../catalog/resource';
import { CERTIFICATE_REASON, neededTopics, topicTitle } from '../catalog/topics';
import type { Profile } from '../profile';
import { resolvePrerequisite, type Catalog } from './select';
import type { ItemOrigin } from './types';

export interface PartOf {
  id: string;
  title: string;
}

export interface ItemWhy {
  reason: string;
  /** The specialization or certificate this course counts toward. */
  partOf: PartOf | null;
}

/**
 * Why each item is in the plan, in the learner's words: the answer that asks for its topic, the topic
 * that needs it, the certificate it counts toward, or the learner's own choice. The one place these
 * reasons are computed; the plan, the CLI, exports and the app all show its answer.
 */
export function explainItems(items: readonly { resourceId: string; origin: ItemOrigin }[], profile: Profile, catalog: Catalog): Map<string, ItemWhy> {
  const entries = items.map((it) => ({ resource: catalog.get(it.resourceId), origin: it.origin }));
  const why = explainEach(entries, profile, catalog);
  const out = new Map<string, ItemWhy>();
  items.forEach((it, i) => {
    const w = why[i];
    if (w) out.set(it.resourceId, w);
  });
  return out;
}

/** explainItems for items whose resources the caller already holds, answered by position. */
export function explainEach(
  entries: readonly { resource: Resource | undefined; origin: ItemOrigin }[],
  profile: Profile,
  catalog: Catalog,
): (ItemWhy | undefined)[] {
  const { track, needed } = planContext(
    (function* () {
      for (const e of entries) yield e.resource;
    })(),
    profile,
    catalog,
  );
  // Which planned item first lists each one as a prerequisite. Few reasons need it, so it is built on
  // the first that does: a large plan of the learner's own choices never pays for it.
  let dependents: Map<string, Resource> | null = null;
  const dependentOf = (id: string) => {
    if (!dependents) {
      const built = new Map<string, Resource>();
      const inPlan = new Set<string>();
      for (const e of entries) if (e.resource) inPlan.add(e.resource.id);
      for (const e of entries) {
        const r = e.resource;
        if (!r) continue;
        for (const listed of r.prerequisites) {
          // A retired prerequisite is planned as its replacement, which is then what this item waits for.
          const p = inPlan.has(listed) ? listed : resolvePrerequisite(listed, catalog)?.id;
          if (p !== undefined && inPlan.has(p) && !built.has(p)) built.set(p, r);
        }
      }
      dependents = built;
    }
    return dependents.get(id);
  };
  return entries.map(({ resource: r, origin }) => {
    if (!r) return undefined;
    const parent = r.parentId ? catalog.get(r.parentId) : undefined;
    const partOf = parent && isContainer(parent) ? { id: parent.id, title: parent.title } : null;
    return { reason: reasonFor(r, origin, parent, track, needed, dependentOf), partOf };
  });
}

/** `resources` is walked only for a certificate learner, and only up to the first course of a track. */
function planContext(resources: Iterable<Resource | undefined>, profile: Profile, catalog: Catalog) {
  let track: string | undefined;
  if (profile.wantsCertificate) {
    for (const r of resources) {
      const pid = r?.parentId;
      if (pid && catalog.get(pid)?.pick.certificate) {
        track = pid;
        break;
      }
    }
  }
  const needed = new Map(neededTopics(profile, track ? (catalog.get(track)?.topics ?? []) : []).map((n) => [n.topic.id, n]));
  return { track, needed };
}

function reasonFor(
  r: Resource,
  origin: ItemOrigin,
  parent: Resource | undefined,
  track: string | undefined,
  needed: ReadonlyMap<string, ReturnType<typeof neededTopics>[number]>,
  dependentOf: (id: string) => Resource | undefined,
): string {
  const firstTopic = r.topics[0] ? ` for ${topicTitle(r.topics[0])}` : '';
  if (origin === 'learner') return `You chose this${firstTopic}`;
  if (parent && parent.id === track) return `${CERTIFICATE_REASON}: ${parent.title}`;
  for (const t of r.topics) {
    const reason = needed.get(t)?.reason;
    if (reason && reason !== CERTIFICATE_REASON) return reason;
  }
  for (const t of r.topics) {
    const by = needed.get(t)?.neededBy;
    if (by) return `Prerequisite of ${topicTitle(by)}`;
  }
  const dep = dependentOf(r.id);
  if (dep) return `Prerequisite of ${dep.title}`;
  if (parent) return `Part of ${parent.title}`;
  return 'Kept from your earlier plan: you have progress on it';
}
