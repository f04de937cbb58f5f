/** Edges by node index in compressed rows: node i's prerequisites are `edges[start[i] .. start[i + 1])`. */
export interface NodeGraph {
  readonly start: Int32Array;
  readonly edges: Int32Array;
}

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

/**
 * Min-heap of node indexes by their precomputed rank, four children to a node. Each entry carries its
 * rank beside it, and a node's four children sit side by side, so a sift reads one cache line per level
 * over half as many levels as a binary heap: at 100k nodes the heap outgrows the cache.
 */
class RankHeap {
  private readonly keys: Float64Array;
  private readonly nodes: Int32Array;
  size = 0;
  constructor(
    private readonly rank: Float64Array,
    capacity: number,
  ) {
    this.keys = new Float64Array(capacity);
    this.nodes = new Int32Array(capacity);
  }
  push(node: number): void {
    const { keys, nodes } = this;
    const key = this.rank[node]!;
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 2;
      if (keys[parent]! <= key) break;
      keys[i] = keys[parent]!;
      nodes[i] = nodes[parent]!;
      i = parent;
    }
    keys[i] = key;
    nodes[i] = node;
  }
  pop(): number {
    const { keys, nodes } = this;
    const top = nodes[0]!;
    const n = --this.size;
    if (n > 0) {
      const key = keys[n]!;
      const node = nodes[n]!;
      let i = 0;
      for (;;) {
        const first = 4 * i + 1;
        if (first >= n) break;
        let child = first;
        const last = Math.min(first + 4, n);
        for (let c = first + 1; c < last; c++) if (keys[c]! < keys[child]!) child = c;
        if (keys[child]! >= key) break;
        keys[i] = keys[child]!;
        nodes[i] = nodes[child]!;
        i = child;
      }
      keys[i] = key;
      nodes[i] = node;
    }
    return top;
  }
}

/**
 * Kahn's algorithm: among the items whose prerequisites are all placed, always take the one with the
 * lowest `rank` (distinct per node). The result is the unique order a learner can predict from the
 * tie-break. Node i must come after `graph.edges[graph.start[i] .. graph.start[i + 1])`.
 */
export function topologicalOrder(graph: NodeGraph, rank: Float64Array, nameOf: (i: number) => string): Int32Array {
  const { start: before, edges } = graph;
  const count = before.length - 1;

  // Dependents in compressed rows, the reverse of `graph`.
  const indegree = new Int32Array(count);
  const start = new Int32Array(count + 1);
  for (let i = 0; i < count; i++) indegree[i] = before[i + 1]! - before[i]!;
  for (let e = 0; e < edges.length; e++) start[edges[e]! + 1]!++;
  for (let i = 0; i < count; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, count);
  const dependents = new Int32Array(edges.length);
  for (let i = 0; i < count; i++) for (let e = before[i]!; e < before[i + 1]!; e++) dependents[fill[edges[e]!]!++] = i;

  const heap = new RankHeap(rank, count);
  for (let i = 0; i < count; i++) if (indegree[i] === 0) heap.push(i);
  const order = new Int32Array(count);
  let placed = 0;
  while (heap.size > 0) {
    const node = heap.pop();
    order[placed++] = node;
    for (let k = start[node]!; k < start[node + 1]!; k++) {
      const d = dependents[k]!;
      if (--indegree[d]! === 0) heap.push(d);
    }
  }
  if (placed < count) throw cycleError(graph, indegree, nameOf);
  return order;
}

/**
 * Names a real cycle among the nodes Kahn's algorithm could not place. A blocked node may only wait on
 * a cycle without being in it, so the walk follows blocked prerequisites until a node repeats: from
 * there on it goes round the cycle.
 */
function cycleError({ start, edges }: NodeGraph, indegree: Int32Array, nameOf: (i: number) => string): OrderError {
  const stepAt = new Map<number, number>();
  const walk: number[] = [];
  let v = indegree.findIndex((d) => d > 0);
  while (!stepAt.has(v)) {
    stepAt.set(v, walk.length);
    walk.push(v);
    for (let e = start[v]!; e < start[v + 1]!; e++) {
      if (indegree[edges[e]!]! > 0) {
        v = edges[e]!;
        break;
      }
    }
  }
  const cycle = walk.slice(stepAt.get(v)).map(nameOf);
  const [first, second] = [cycle[0]!, cycle[1] ?? cycle[0]!];
  const message =
    cycle.length <= 2
      ? `Prerequisites form a cycle: "${first}" and "${second}" each wait for the other.`
      : `Prerequisites form a cycle: "${first}" waits for ${[...cycle.slice(1), first].map((name) => `"${name}"`).join(', which waits for ')}.`;
  return new OrderError(message, first, second);
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
