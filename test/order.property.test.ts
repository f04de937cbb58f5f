import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OrderError, topologicalOrder } from '../shared/planner/order';

/** The order by definition: each step takes the lowest-ranked node whose prerequisites are all placed. */
function naiveOrder(prereqs: number[][], rank: number[]): number[] {
  const placed = new Set<number>();
  const out: number[] = [];
  while (out.length < prereqs.length) {
    let best = -1;
    prereqs.forEach((pre, i) => {
      if (placed.has(i) || !pre.every((p) => placed.has(p))) return;
      if (best < 0 || rank[i]! < rank[best]!) best = i;
    });
    if (best < 0) throw new Error('cycle');
    placed.add(best);
    out.push(best);
  }
  return out;
}

function graphOf(prereqs: number[][]) {
  const start = new Int32Array(prereqs.length + 1);
  prereqs.forEach((pre, i) => (start[i + 1] = start[i]! + pre.length));
  return { start, edges: Int32Array.from(prereqs.flat()) };
}

// A DAG over shuffled labels: edges only point from an earlier to a later place in a hidden order.
const dag = fc.integer({ min: 1, max: 60 }).chain((n) =>
  fc.record({
    hidden: fc.shuffledSubarray(
      Array.from({ length: n }, (_, i) => i),
      { minLength: n, maxLength: n },
    ),
    picks: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 3 * n }),
    rank: fc.shuffledSubarray(
      Array.from({ length: n }, (_, i) => i * 1.5),
      { minLength: n, maxLength: n },
    ),
  }),
);

describe('topologicalOrder', () => {
  it('takes the lowest-ranked ready node at every step, as the definition does', () => {
    fc.assert(
      fc.property(dag, ({ hidden, picks, rank }) => {
        const n = hidden.length;
        const prereqs: number[][] = Array.from({ length: n }, () => []);
        for (const [a, b] of picks) {
          const lo = Math.min(a % n, b % n);
          const hi = Math.max(a % n, b % n);
          if (lo === hi) continue;
          const [from, to] = [hidden[lo]!, hidden[hi]!];
          if (!prereqs[to]!.includes(from)) prereqs[to]!.push(from);
        }
        const mine = Array.from(topologicalOrder(graphOf(prereqs), Float64Array.from(rank), String));
        expect(mine).toEqual(naiveOrder(prereqs, rank));
      }),
      { numRuns: 500 },
    );
  });

  const names = ['a', 'b', 'c', 'd'];
  const cycleIn = (prereqs: number[][]) => {
    try {
      topologicalOrder(graphOf(prereqs), Float64Array.from(prereqs.keys()), (i) => names[i]!);
    } catch (e) {
      if (e instanceof OrderError) return { message: e.message, ids: [e.resourceId, e.prerequisiteId] };
      throw e;
    }
    return null;
  };

  it('names both resources of a cycle', () => {
    expect(cycleIn([[], [2], [1]])).toEqual({ message: 'Prerequisites form a cycle: "b" and "c" each wait for the other.', ids: ['b', 'c'] });
  });

  it('names the cycle, not a resource that only waits on it', () => {
    // "a" waits for "b", and "b" and "c" wait for each other: "a" is blocked but is no part of the cycle.
    expect(cycleIn([[1], [2], [1]])).toEqual({ message: 'Prerequisites form a cycle: "b" and "c" each wait for the other.', ids: ['b', 'c'] });
    // A longer cycle is named round its whole length.
    expect(cycleIn([[1], [2], [3], [1]])?.message).toBe('Prerequisites form a cycle: "b" waits for "c", which waits for "d", which waits for "b".');
  });
});
