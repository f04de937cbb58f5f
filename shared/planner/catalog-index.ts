import { isContainer, isSchedulable, LEVEL_RANK, type Resource } from '../catalog/resource';
import { STAGES } from '../catalog/stages';

export type Catalog = ReadonlyMap<string, Resource>;

/**
 * A catalog's graph by position: what every plan over the same catalog would otherwise look up by id,
 * edge by edge. A 100k-resource catalog has 300k prerequisite ids, and a string-keyed lookup over a heap
 * that size costs more than all the planner's integer work together.
 */
export interface CatalogIndex {
  readonly resources: readonly Resource[];
  readonly indexOf: ReadonlyMap<string, number>;
  /** Listed prerequisites as positions: those of resource i are `prerequisites[prereqStart[i] .. prereqStart[i+1])`; -1 for an unknown id. */
  readonly prereqStart: Int32Array;
  readonly prerequisites: Int32Array;
  /** Courses of each specialization or certificate, by the container's position. */
  readonly children: ReadonlyMap<number, readonly number[]>;
  /** Each resource's place in title order (then id), so a plan's tie-break needs no sort of its own. */
  readonly titleRank: Int32Array;
  /**
   * What the planner asks of every resource on its hot paths, by position (SCHEDULABLE, CONTAINER,
   * TOPICAL bits): reading a byte here instead of the resource object keeps those loops in cache.
   */
  readonly flags: Uint8Array;
  /** LEVEL_RANK of each resource's level, and its stage's place in STAGES. */
  readonly level: Uint8Array;
  readonly stage: Uint8Array;
  /** Each resource's id and hours, so a plan item is made without reading the resource object. */
  readonly ids: readonly string[];
  readonly hours: Float64Array;
}

export const SCHEDULABLE = 1;
export const CONTAINER = 2;
/** It names at least one topic. */
export const TOPICAL = 4;

const collator = new Intl.Collator('en');

/**
 * The index is made once per catalog and kept while the catalog lives: the service makes a new map
 * after any write to resources. A map edited in place (a resource replaced, one removed and another
 * added) keeps its identity, and possibly its size, so the index is checked against the map's values
 * before each use (see `stillIndexes`).
 */
const built = new WeakMap<Catalog, CatalogIndex>();

/**
 * Whether the index was built from exactly the resources the map holds now, in the same order: it is
 * made from the values alone, so this is sound for any edit of the map. It walks the map once, comparing
 * references (about a millisecond at 100k resources, against a plan's ~100 ms). Resources are never
 * mutated; a changed one is a new object.
 */
function stillIndexes(index: CatalogIndex, catalog: Catalog): boolean {
  if (index.resources.length !== catalog.size) return false;
  let i = 0;
  for (const r of catalog.values()) if (r !== index.resources[i++]) return false;
  return true;
}

export function indexCatalog(catalog: Catalog): CatalogIndex {
  const had = built.get(catalog);
  if (had && stillIndexes(had, catalog)) return had;
  const resources = [...catalog.values()];
  const indexOf = new Map<string, number>();
  resources.forEach((r, i) => indexOf.set(r.id, i));
  const prereqStart = new Int32Array(resources.length + 1);
  resources.forEach((r, i) => (prereqStart[i + 1] = prereqStart[i]! + r.prerequisites.length));
  const prerequisites = new Int32Array(prereqStart[resources.length]!);
  const children = new Map<number, number[]>();
  resources.forEach((r, i) => {
    let at = prereqStart[i]!;
    for (const pid of r.prerequisites) prerequisites[at++] = indexOf.get(pid) ?? -1;
    const parent = r.parentId === undefined ? undefined : indexOf.get(r.parentId);
    if (parent !== undefined) {
      const list = children.get(parent);
      if (list) list.push(i);
      else children.set(parent, [i]);
    }
  });
  const byTitle = Array.from(resources.keys()).sort(
    (a, b) => collator.compare(resources[a]!.title, resources[b]!.title) || (resources[a]!.id < resources[b]!.id ? -1 : 1),
  );
  const titleRank = new Int32Array(resources.length);
  byTitle.forEach((i, rank) => (titleRank[i] = rank));
  const flags = Uint8Array.from(
    resources,
    (r) => (isSchedulable(r) ? SCHEDULABLE : 0) | (isContainer(r) ? CONTAINER : 0) | (r.topics.length > 0 ? TOPICAL : 0),
  );
  const level = Uint8Array.from(resources, (r) => LEVEL_RANK[r.level]);
  const stage = Uint8Array.from(resources, (r) => STAGES.indexOf(r.stage));
  const ids = resources.map((r) => r.id);
  const hours = Float64Array.from(resources, (r) => r.hours);
  const index: CatalogIndex = { resources, indexOf, prereqStart, prerequisites, children, titleRank, flags, level, stage, ids, hours };
  built.set(catalog, index);
  return index;
}
