import { CATALOG } from '../shared/catalog/index';
import type { Resource } from '../shared/catalog/resource';

/** A deterministic pseudo-random generator, so every run benchmarks the same graph. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `n` resources and `edges` prerequisite edges, always from a lower to a higher index, so it is a DAG.
 * They carry no topics, like a learner's own resources: the planner keeps every one the learner adds and
 * orders them by their prerequisites alone, which is the graph work that grows with the plan.
 */
export function syntheticCatalog(n: number, edges: number, seed = 42): Resource[] {
  const random = rng(seed);
  const template = CATALOG.find((r) => r.id === 'tf-quickstart')!;
  const prereqs = Array.from({ length: n }, () => new Set<number>());
  let made = 0;
  while (made < edges) {
    const a = Math.floor(random() * n);
    const b = Math.floor(random() * n);
    if (a === b) continue;
    const [lo, hi] = a < b ? [a, b] : [b, a];
    if (prereqs[hi]!.has(lo)) continue;
    prereqs[hi]!.add(lo);
    made++;
  }
  const levels = ['beginner', 'intermediate', 'advanced'] as const;
  return Array.from({ length: n }, (_, i) => ({
    ...template,
    id: `r${i}`,
    title: `Resource ${i}`,
    level: levels[i % 3]!,
    hours: 1 + (i % 9),
    prerequisites: [...prereqs[i]!].map((p) => `r${p}`),
    topics: [],
    pick: {},
  }));
}
