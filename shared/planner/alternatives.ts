import { isContainer, isSchedulable, type Resource } from '../catalog/resource';
import { neededTopics } from '../catalog/topics';
import type { Framework, Profile } from '../profile';
import { fitsBudget, fitsFramework, type Catalog } from './select';
import type { ItemOrigin, ItemStatus } from './types';

/**
 * Other ways to cover what `r` covers in a plan: schedulable single resources (a specialization's
 * courses count one by one) for the plan's framework that teach at least one of its topics and are
 * not in the plan yet. The ones covering more of its topics come first, then the shorter.
 */
export function alternativesFor(r: Resource, framework: Framework, catalog: Catalog, inPlan: (id: string) => boolean): Resource[] {
  if (r.topics.length === 0) return [];
  const shared = (c: Resource) => c.topics.filter((t) => r.topics.includes(t)).length;
  return [...catalog.values()]
    .filter((c) => c.id !== r.id && !isContainer(c) && isSchedulable(c) && fitsFramework(c, framework) && !inPlan(c.id) && shared(c) > 0)
    .sort((a, b) => shared(b) - shared(a) || a.hours - b.hours || (a.id < b.id ? -1 : 1));
}

export interface ShorterAlternative {
  resourceId: string;
  title: string;
  alternativeId: string;
  alternativeTitle: string;
  hoursSaved: number;
}

/**
 * For catching up: remaining items the planner chose that a shorter resource could replace while still
 * teaching every needed topic no other item teaches. Never a course of the learner's certificate, never
 * something the learner chose, and only resources within their budget.
 */
export function shorterAlternatives(
  items: readonly { resourceId: string; status: ItemStatus; origin: ItemOrigin }[],
  profile: Profile,
  framework: Framework,
  catalog: Catalog,
): ShorterAlternative[] {
  const inPlan = new Set(items.map((i) => i.resourceId));
  const track = profile.wantsCertificate ? items.map((i) => catalog.get(i.resourceId)?.parentId).find((p) => p && catalog.get(p)?.pick.certificate) : undefined;
  const needed = new Set(neededTopics(profile, track ? (catalog.get(track)?.topics ?? []) : []).map((n) => n.topic.id));
  const taughtBy = new Map<string, number>();
  for (const it of items) {
    if (it.status === 'skipped') continue;
    for (const t of catalog.get(it.resourceId)?.topics ?? []) taughtBy.set(t, (taughtBy.get(t) ?? 0) + 1);
  }
  const out: ShorterAlternative[] = [];
  for (const it of items) {
    if (it.status === 'done' || it.status === 'skipped' || it.origin === 'learner') continue;
    const r = catalog.get(it.resourceId);
    if (!r || (track && r.parentId === track)) continue;
    const mustTeach = r.topics.filter((t) => needed.has(t) && taughtBy.get(t) === 1);
    if (mustTeach.length === 0) continue;
    const best = alternativesFor(r, framework, catalog, (id) => inPlan.has(id))
      .filter((c) => c.hours < r.hours && fitsBudget(c, profile) && mustTeach.every((t) => c.topics.includes(t)))
      .sort((a, b) => a.hours - b.hours)[0];
    if (best) out.push({ resourceId: r.id, title: r.title, alternativeId: best.id, alternativeTitle: best.title, hoursSaved: r.hours - best.hours });
  }
  return out.sort((a, b) => b.hoursSaved - a.hoursSaved);
}
