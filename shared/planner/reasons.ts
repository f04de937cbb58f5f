import type { Resource } from '../catalog/resource';
import { CERTIFICATE_REASON, neededTopics, topicTitle } from '../catalog/topics';
import type { Profile } from '../profile';
import { indexCatalog, TOPICAL, type CatalogIndex } from './catalog-index';
import { resolvePrerequisite, type Catalog } from './select';
import type { ItemOrigin } from './types';

export interface ItemWhy {
  reason: string;
}

/**
 * Why each item is in the plan, in the learner's words: the answer that asks for its topic, the topic
 * that needs it, the certificate it counts toward, or the learner's own choice. The one place these
 * reasons are computed; the plan, the CLI, exports and the app all show its answer.
 */
export function explainItems(items: readonly { resourceId: string; origin: ItemOrigin }[], profile: Profile, catalog: Catalog): Map<string, ItemWhy> {
  const ix = indexCatalog(catalog);
  const known = items.flatMap((it) => {
    const place = ix.indexOf.get(it.resourceId);
    return place === undefined ? [] : [{ place, it }];
  });
  const why = explainer(known.length, (i) => known[i]!.place, profile, catalog, ix);
  return new Map(known.map(({ place, it }) => [it.resourceId, { reason: why.reason(place, it.origin) }]));
}

interface Explainer {
  reason(place: number, origin: ItemOrigin): string;
}

/**
 * Explains one item at a time, by position in the catalog's index `ix`. The plan is the `count`
 * resources at `placeAt(0 .. count - 1)`.
 */
function explainer(count: number, placeAt: (i: number) => number, profile: Profile, catalog: Catalog, ix: CatalogIndex): Explainer {
  const all = ix.resources;
  const { track, needed } = planContext(
    (function* () {
      for (let i = 0; i < count; i++) yield all[placeAt(i)];
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
      for (let i = 0; i < count; i++) inPlan.add(all[placeAt(i)]!.id);
      for (let i = 0; i < count; i++) {
        const r = all[placeAt(i)]!;
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
  const parentOf = (r: Resource) => (r.parentId === undefined ? undefined : catalog.get(r.parentId));
  return {
    reason(place, origin) {
      // The commonest reason of a large plan needs nothing but the flags: a learner's own topicless resource.
      // It is checked before the resource is read, as that read is a cache miss at 100k.
      if (origin === 'learner' && !(ix.flags[place]! & TOPICAL)) return 'You chose this';
      const r = all[place]!;
      return reasonFor(r, origin, parentOf(r), track, needed, dependentOf);
    },
  };
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
  if (origin === 'learner') return r.topics[0] ? `You chose this for ${topicTitle(r.topics[0])}` : 'You chose this';
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
