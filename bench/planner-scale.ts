// One process's rounds of the planner's per-node measurement (bench/datalayer.ts runs it in fresh
// processes, so no other benchmark's heap is in it). Prints {"tens": [...], "hundreds": [...]} in ms.
import { buildPlan } from '../shared/planner/plan';
import { profile as answers } from '../test/support/answers';
import { once } from './measure';
import { syntheticCatalog } from './synthetic';

const profile = answers({ hoursPerWeek: 10 });

/** A planner over `n` synthetic resources with 3n prerequisite edges, the learner having added them all. */
export function syntheticPlanner(n: number) {
  const resources = syntheticCatalog(n, n * 3);
  const catalog = new Map(resources.map((r) => [r.id, r]));
  const added = resources.map((r) => r.id);
  return { resources, catalog, added, run: () => buildPlan({ profile, framework: 'tensorflow', catalog, today: '2026-11-25', added }) };
}

/**
 * Both sizes measured warm (the JIT settles after about ten 10k plans or three 100k plans). Each round
 * times ten 10k plans, then one 100k plan: the same number of nodes and the same garbage, side by side,
 * so the machine's drift falls on both alike. The 10k plan runs once untimed first, to be back in the
 * processor's cache after the 100k one.
 */
export function scaleRounds(rounds: number): { tens: number[]; hundreds: number[] } {
  const small = syntheticPlanner(10_000);
  const large = syntheticPlanner(100_000);
  for (let i = 0; i < 10; i++) small.run();
  for (let i = 0; i < 3; i++) large.run();
  const tens: number[] = [];
  const hundreds: number[] = [];
  for (let round = 0; round < rounds; round++) {
    small.run();
    tens.push(
      once(() => {
        for (let i = 0; i < 10; i++) small.run();
      }),
    );
    hundreds.push(once(large.run));
  }
  return { tens, hundreds };
}

if (process.argv[1] === import.meta.filename) console.log(JSON.stringify(scaleRounds(Number(process.argv[2] ?? 11))));
