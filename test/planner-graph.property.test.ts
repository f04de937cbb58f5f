import fc from 'fast-check';
import { explainItems } from '../shared/planner/reasons';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../shared/catalog/index';
import type { Resource } from '../shared/catalog/resource';
import { TOPICS } from '../shared/catalog/topics';
import { buildPlan } from '../shared/planner/plan';
import { edgesOf, prerequisiteGraph, plannedPrerequisites, resourceOf, selectResources, topicCoverage, type Selection } from '../shared/planner/select';
import { profile } from './support/answers';

/**
 * The planner orders by edges it records while closing the selection (by node index, for speed); the
 * plan view, the order check and the tests ask `plannedPrerequisites` one item at a time. Both must name
 * the same prerequisites for every item, including retired ones that stand for their replacements,
 * unknown ids, repeats and topic-implied edges.
 */
const template = CATALOG.find((r) => r.id === 'tf-quickstart')!;
const topicIds = TOPICS.map((t) => t.id);

const learner = profile();

const spec = fc.array(
  fc.record({
    prereqs: fc.array(fc.oneof(fc.nat({ max: 39 }), fc.constant(-1)), { maxLength: 5 }),
    topics: fc.uniqueArray(fc.constantFrom(...topicIds), { maxLength: 2 }),
    retiredTo: fc.option(fc.nat({ max: 39 }), { freq: 5 }),
    added: fc.boolean(),
  }),
  { minLength: 1, maxLength: 40 },
);

interface Spec {
  prereqs: number[];
  topics: string[];
  retiredTo: number | null;
  added: boolean;
}

function catalogOf(specs: Spec[]) {
  const id = (i: number) => (i < 0 ? 'ghost' : `g${i % specs.length}`);
  const resources: Resource[] = specs.map((s, i) => ({
    ...template,
    id: id(i),
    title: `Graph ${i}`,
    prerequisites: s.prereqs.map(id),
    topics: s.topics,
    pick: {},
    ...(s.retiredTo !== null && s.retiredTo % specs.length !== i ? { status: 'deprecated' as const, replacementId: id(s.retiredTo) } : {}),
  }));
  return new Map(resources.map((r) => [r.id, r]));
}

const idsOf = (sel: Selection) => Array.from(sel.at, (_, k) => resourceOf(sel, k).id);

describe('the planner graph', () => {
  it('gives every planned item exactly the prerequisites plannedPrerequisites names', () => {
    fc.assert(
      fc.property(spec, (specs) => {
        const catalog = catalogOf(specs);
        const added = specs.flatMap((s, i) => (s.added ? [`g${i}`] : []));
        const sel = selectResources({ profile: learner, framework: 'tensorflow', catalog, added });
        const graph = prerequisiteGraph(sel);
        const ids = idsOf(sel);
        const inPlan = new Set(ids);
        const coverage = topicCoverage(ids, catalog);
        ids.forEach((id, i) => {
          const mine = Array.from(edgesOf(graph, i), (k) => ids[k]!).sort();
          const theirs = plannedPrerequisites(catalog.get(id)!, catalog, (p) => inPlan.has(p), coverage).sort();
          expect(mine, id).toEqual(theirs);
        });
      }),
      { numRuns: 400 },
    );
  });

  it('indexes a catalog map again when it has grown since the last plan', () => {
    const catalog = catalogOf([{ prereqs: [], topics: [], retiredTo: null, added: true }]);
    expect(idsOf(selectResources({ profile: learner, framework: 'tensorflow', catalog, added: ['g0'] }))).toEqual(['g0']);
    catalog.set('late', { ...template, id: 'late', title: 'Added later', prerequisites: ['g0'], topics: [], pick: {} });
    expect(idsOf(selectResources({ profile: learner, framework: 'tensorflow', catalog, added: ['late'] }))).toEqual(['late', 'g0']);
  });

  it('follows a long chain of retirements to its end, in the selection and in plannedPrerequisites alike', () => {
    // a0 lists r0; r0 → r1 → … → r19 → z are all retired but the last.
    const chain = Array.from({ length: 20 }, (_, i) => ({
      ...template,
      id: `r${i}`,
      title: `Retired ${i}`,
      prerequisites: [],
      topics: [],
      pick: {},
      status: 'deprecated' as const,
      replacementId: i === 19 ? 'z' : `r${i + 1}`,
    }));
    const catalog = new Map(
      [
        { ...template, id: 'a0', title: 'A', prerequisites: ['r0'], topics: [], pick: {} },
        ...chain,
        { ...template, id: 'z', title: 'Z', prerequisites: [], topics: [], pick: {} },
      ].map((r) => [r.id, r]),
    );
    const sel = selectResources({ profile: learner, framework: 'tensorflow', catalog, added: ['a0'] });
    expect(idsOf(sel)).toEqual(['a0', 'z']);
    expect(Array.from(edgesOf(prerequisiteGraph(sel), 0))).toEqual([1]);
    expect(plannedPrerequisites(catalog.get('a0')!, catalog, (id) => id === 'a0' || id === 'z')).toEqual(['z']);
    // And the replacement says what it is there for.
    const plan = buildPlan({ profile: learner, framework: 'tensorflow', catalog, today: '2026-11-27', added: ['a0'] });
    const why = explainItems(plan.items, learner, catalog);
    expect(plan.items.map((i) => [i.resourceId, why.get(i.resourceId)!.reason])).toEqual([
      ['z', 'Prerequisite of A'],
      ['a0', 'You chose this'],
    ]);
  });
});
