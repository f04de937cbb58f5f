import { isContainer, type Resource } from '../catalog/resource';
import { CERTIFICATE_REASON, neededTopics, topicTitle } from '../catalog/topics';
import type { Profile } from '../profile';
import type { Catalog } from './select';
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
export function explainItems(
  items: readonly { resourceId: string; origin: ItemOrigin }[],
  profile: Profile,
  catalog: Catalog,
): Map<string, ItemWhy> {
  const inPlan = new Set(items.map((i) => i.resourceId));
  const track = profile.wantsCertificate
    ? items.map((i) => catalog.get(i.resourceId)?.parentId).find((pid) => pid && catalog.get(pid)?.pick.certificate)
    : undefined;
  const trackTopics = track ? (catalog.get(track)?.topics ?? []) : [];
  const needed = new Map(neededTopics(profile, trackTopics).map((n) => [n.topic.id, n]));
  // Resource-level dependents: which planned item lists this one as a prerequisite.
  const dependent = new Map<string, Resource>();
  for (const id of inPlan) {
    const r = catalog.get(id);
    for (const p of r?.prerequisites ?? []) if (inPlan.has(p) && !dependent.has(p) && r) dependent.set(p, r);
  }

  const out = new Map<string, ItemWhy>();
  for (const it of items) {
    const r = catalog.get(it.resourceId);
    if (!r) continue;
    const parent = r.parentId ? catalog.get(r.parentId) : undefined;
    const partOf = parent && isContainer(parent) ? { id: parent.id, title: parent.title } : null;
    out.set(it.resourceId, { reason: reasonFor(r, it.origin, parent, track, needed, dependent), partOf });
  }
  return out;
}

/** The same answer as explainItems for one item, without building the whole plan's maps (a status change needs one). */
export function explainItem(
  target: { resourceId: string; origin: ItemOrigin },
  items: readonly { resourceId: string }[],
  profile: Profile,
  catalog: Catalog,
): ItemWhy | undefined {
  const r = catalog.get(target.resourceId);
  if (!r) return undefined;
  let track: string | undefined;
  if (profile.wantsCertificate) {
    for (const it of items) {
      const pid = catalog.get(it.resourceId)?.parentId;
      if (pid && catalog.get(pid)?.pick.certificate) {
        track = pid;
        break;
      }
    }
  }
  const needed = new Map(neededTopics(profile, track ? (catalog.get(track)?.topics ?? []) : []).map((n) => [n.topic.id, n]));
  const dependent = new Map<string, Resource>();
  for (const it of items) {
    const d = catalog.get(it.resourceId);
    if (d && d.prerequisites.includes(r.id)) {
      dependent.set(r.id, d);
      break;
    }
  }
  const parent = r.parentId ? catalog.get(r.parentId) : undefined;
  const partOf = parent && isContainer(parent) ? { id: parent.id, title: parent.title } : null;
  return { reason: reasonFor(r, target.origin, parent, track, needed, dependent), partOf };
}

function reasonFor(
  r: Resource,
  origin: ItemOrigin,
  parent: Resource | undefined,
  track: string | undefined,
  needed: ReadonlyMap<string, ReturnType<typeof neededTopics>[number]>,
  dependent: ReadonlyMap<string, Resource>,
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
  const dep = dependent.get(r.id);
  if (dep) return `Prerequisite of ${dep.title}`;
  if (parent) return `Part of ${parent.title}`;
  return 'Kept from your earlier plan: you have progress on it';
}
