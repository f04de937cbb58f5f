import { describe, expect, it } from 'vitest';
import { CATALOG } from '../shared/catalog/index';
import type { Resource } from '../shared/catalog/resource';
import { buildPlan } from '../shared/planner/plan';
import { profile } from './helpers';

// Resources of the learner's own, planned because they are added: the plan is theirs alone.
const template = CATALOG.find((r) => r.id === 'tf-quickstart')!;
const own = (id: string, hours: number, prerequisites: string[] = []): Resource => ({
  ...template,
  id,
  title: `Own ${id}`,
  hours,
  prerequisites,
  topics: [],
  pick: {},
  custom: true,
});
const plan = (catalog: Map<string, Resource>, added: string[]) =>
  buildPlan({ profile: profile({ hoursPerWeek: 5, startDate: '2026-11-30' }), framework: 'tensorflow', catalog, today: '2026-11-27', added });
const shape = (p: ReturnType<typeof plan>) => p.items.map((i) => `${i.resourceId}:${i.hours}`);

describe('a catalog map edited in place, at the same size', () => {
  it('plans from what it holds now, not from the index made before the edit', () => {
    const catalog = new Map([own('a', 1), own('b', 2), own('c', 3, ['b'])].map((r) => [r.id, r]));
    expect(shape(plan(catalog, ['a', 'b', 'c']))).toEqual(['a:1', 'b:2', 'c:3']);

    // One resource replaced: its hours changed.
    catalog.set('b', own('b', 7));
    expect(shape(plan(catalog, ['a', 'b', 'c']))).toEqual(['a:1', 'b:7', 'c:3']);

    // Its prerequisites changed: a now comes after c.
    catalog.set('a', own('a', 1, ['c']));
    expect(shape(plan(catalog, ['a', 'b', 'c']))).toEqual(['b:7', 'c:3', 'a:1']);

    // One removed and another added: still three resources.
    catalog.delete('b');
    catalog.set('d', own('d', 4));
    expect(catalog.size).toBe(3);
    const after = plan(catalog, ['a', 'c', 'd']);
    expect(shape(after)).toEqual(['c:3', 'a:1', 'd:4']);
    expect(after.totalHours).toBe(8);
  });
});
