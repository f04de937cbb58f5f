/** A typed error the service turns into a clear message that names both resources. */
export class OrderError extends Error {
  constructor(
    message: string,
    readonly resourceId: string,
    readonly prerequisiteId: string,
  ) {
    super(message);
  }
}

/** Min-heap of node indexes by their precomputed rank. */
class RankHeap {
  private items: number[] = [];
  constructor(private readonly rank: Float64Array) {}
  get size(): number {
    return this.items.length;
  }
  push(node: number): void {
    const a = this.items;
    a.push(node);
    let i = a.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.rank[a[parent]!]! <= this.rank[node]!) break;
      a[i] = a[parent]!;
      i = parent;
    }
    a[i] = node;
  }
  pop(): number {
    const a = this.items;
    const top = a[0]!;
    const last = a.pop()!;
    if (a.length > 0) {
      let i = 0;
      const n = a.length;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const r = l + 1;
        const child = r < n && this.rank[a[r]!]! < this.rank[a[l]!]! ? r : l;
        if (this.rank[a[child]!]! >= this.rank[last]!) break;
        a[i] = a[child]!;
        i = child;
      }
      a[i] = last;
    }
    return top;
  }
}

/**
 * Kahn's algorithm: among the items whose prerequisites are all placed, always take the one with the
 * lowest `rank` (distinct per node). The result is the unique order a learner can predict from the
 * tie-break. `prerequisites[i]` lists indexes of nodes that must come before node i.
 */
export function topologicalOrder(prerequisites: readonly (readonly number[])[], rank: Float64Array, nameOf: (i: number) => string): number[] {
  const count = prerequisites.length;

  // Dependents in compressed rows: one flat array instead of one small array per node.
  const indegree = new Int32Array(count);
  const start = new Int32Array(count + 1);
  for (let i = 0; i < count; i++) {
    for (const p of prerequisites[i]!) start[p + 1]!++;
    indegree[i] = prerequisites[i]!.length;
  }
  for (let i = 0; i < count; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, count);
  const dependents = new Int32Array(start[count]!);
  for (let i = 0; i < count; i++) for (const p of prerequisites[i]!) dependents[fill[p]!++] = i;

  const heap = new RankHeap(rank);
  for (let i = 0; i < count; i++) if (indegree[i] === 0) heap.push(i);
  const order: number[] = [];
  while (heap.size > 0) {
    const node = heap.pop();
    order.push(node);
    for (let k = start[node]!; k < start[node + 1]!; k++) {
      const d = dependents[k]!;
      if (--indegree[d]! === 0) heap.push(d);
    }
  }
  if (order.length < count) {
    const stuck = Array.from({ length: count }, (_, i) => i).find((i) => indegree[i]! > 0)!;
    const blocker = prerequisites[stuck]!.find((p) => indegree[p]! > 0) ?? stuck;
    throw new OrderError(`Prerequisites form a cycle: "${nameOf(stuck)}" and "${nameOf(blocker)}" each wait for the other.`, nameOf(stuck), nameOf(blocker));
  }
  return order;
}

/**
 * Checks a learner's own order: every prerequisite that is in the plan, and not skipped, must come first.
 * Returns the first violation, or null.
 */
export function findOrderViolation(
  order: readonly string[],
  prerequisitesOf: (id: string) => readonly string[],
  constrains: (id: string) => boolean,
): { resourceId: string; prerequisiteId: string } | null {
  const position = new Map(order.map((id, i) => [id, i]));
  for (let i = 0; i < order.length; i++) {
    const id = order[i]!;
    for (const p of prerequisitesOf(id)) {
      const at = position.get(p);
      if (at !== undefined && at > i && constrains(p)) return { resourceId: id, prerequisiteId: p };
    }
  }
  return null;
}
