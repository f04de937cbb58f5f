import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../shared/catalog/index';
import { isSchedulable, type Resource } from '../shared/catalog/resource';
import { buildPlan } from '../shared/planner/plan';
import { plannedPrerequisites } from '../shared/planner/select';
import { schedule } from '../shared/planner/schedule';
import { DEPLOY_TARGETS, DOMAINS, ML_LEVELS, PURPOSES, PYTHON_LEVELS, type Profile } from '../shared/profile';

const catalog = new Map(CATALOG.map((r) => [r.id, r]));

const profileArb: fc.Arbitrary<Profile> = fc.record({
  purpose: fc.constantFrom(...PURPOSES),
  domains: fc.uniqueArray(fc.constantFrom(...DOMAINS), { minLength: 1, maxLength: DOMAINS.length }),
  deployTargets: fc.uniqueArray(fc.constantFrom(...DEPLOY_TARGETS), { maxLength: DEPLOY_TARGETS.length }),
  pythonLevel: fc.constantFrom(...PYTHON_LEVELS),
  mlLevel: fc.constantFrom(...ML_LEVELS),
  scale: fc.constantFrom('small' as const, 'large' as const),
  needsCpp: fc.boolean(),
  wantsVisualTools: fc.boolean(),
  needsInterop: fc.boolean(),
  wantsCertificate: fc.boolean(),
  hoursPerWeek: fc.integer({ min: 1, max: 60 }),
});

const inputArb = fc.record({
  profile: profileArb,
  framework: fc.constantFrom('tensorflow' as const, 'pytorch' as const),
  added: fc.uniqueArray(fc.constantFrom(...CATALOG.map((r) => r.id)), { maxLength: 4 }),
});

function plan(i: { profile: Profile; framework: 'tensorflow' | 'pytorch'; added: string[] }) {
  return buildPlan({ ...i, catalog, today: '2026-11-25' });
}

describe('planner properties (real catalog, random learners)', () => {
  it('puts every item after all of its prerequisites', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const p = plan(input);
        const at = new Map(p.items.map((it, i) => [it.resourceId, i]));
        for (const [i, it] of p.items.entries()) {
          for (const pre of plannedPrerequisites(catalog.get(it.resourceId)!, catalog, (id) => at.has(id))) {
            expect(at.get(pre)!, `${pre} before ${it.resourceId}`).toBeLessThan(i);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never fills a week past the hours a week, except a single item longer than a week', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const p = plan(input);
        const hpw = input.profile.hoursPerWeek;
        for (const w of p.weeks) {
          if (w.hours <= hpw + 1e-6) continue;
          const spanning = p.items.filter((it) => it.startWeek <= w.week && it.endWeek >= w.week && it.status !== 'skipped');
          expect(spanning.length, `week ${w.week}`).toBe(1);
          expect(spanning[0]!.hours).toBeGreaterThan(hpw);
        }
        expect(p.weeks.reduce((s, w) => s + w.hours, 0)).toBeCloseTo(p.totalHours, 1);
      }),
      { numRuns: 300 },
    );
  });

  it('never schedules a deprecated, discontinued or renamed-away resource, nor a whole specialization', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        for (const it of plan(input).items) {
          const r = catalog.get(it.resourceId)!;
          expect(isSchedulable(r), r.id).toBe(true);
          expect(['specialization', 'certificate']).not.toContain(r.kind);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('marks what the learner already knows as skipped instead of dropping it', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const p = plan(input);
        // Known ground, computed from the answers alone: Python for basic or fluent, ML concepts for basic or experienced.
        const known = new Set<string>();
        if (input.profile.pythonLevel !== 'none') known.add('python-basics');
        if (input.profile.mlLevel !== 'none') known.add('ml-concepts');
        for (const it of p.items) {
          const topics = catalog.get(it.resourceId)!.topics;
          if (it.origin === 'learner' || topics.length === 0) continue;
          if (topics.every((t) => known.has(t))) expect(it.status, it.resourceId).toBe('skipped');
          if (topics.includes('python-basics') && input.profile.pythonLevel === 'none') expect(it.status).toBe('not-started');
        }
        for (const it of p.items.filter((x) => x.status === 'skipped')) expect(it.skipReason).toMatch(/^Skipped: you said/);
        // Known ground stays in the plan, skipped, so the learner can take it back.
        expect(p.items.some((it) => catalog.get(it.resourceId)!.topics.includes('python-basics'))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('is deterministic and lays out weeks end to end', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const a = plan(input);
        expect(JSON.stringify(plan(input))).toBe(JSON.stringify(a));
        for (let i = 1; i < a.items.length; i++) expect(a.items[i]!.startWeek).toBeGreaterThanOrEqual(a.items[i - 1]!.startWeek);
      }),
      { numRuns: 100 },
    );
  });
});

describe('ordering on random prerequisite graphs', () => {
  const graphArb = fc.integer({ min: 1, max: 60 }).chain((n) =>
    fc.record({
      n: fc.constant(n),
      edges: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: n * 3 }),
      hours: fc.array(fc.integer({ min: 0, max: 40 }), { minLength: n, maxLength: n }),
      hpw: fc.integer({ min: 1, max: 60 }),
    }),
  );

  it('orders any DAG of resources topologically and schedules within the weekly hours', () => {
    fc.assert(
      fc.property(graphArb, ({ n, edges, hours, hpw }) => {
        // Edges only from lower to higher index keep the graph acyclic, as the catalog test requires.
        const prereqs = Array.from({ length: n }, () => new Set<number>());
        for (const [a, b] of edges) if (a < b) prereqs[b]!.add(a);
        const resources: Resource[] = Array.from({ length: n }, (_, i) => ({
          ...CATALOG.find((r) => r.id === 'tf-quickstart')!,
          id: `r${i}`,
          title: `Resource ${(i * 7919) % n}`,
          hours: hours[i]!,
          prerequisites: [...prereqs[i]!].map((p) => `r${p}`),
          topics: [],
        }));
        const p = buildPlan({
          profile: { ...(fc.sample(profileArb, 1)[0] as Profile), hoursPerWeek: hpw },
          framework: 'tensorflow',
          catalog: new Map(resources.map((r) => [r.id, r])),
          today: '2026-11-25',
          added: resources.map((r) => r.id),
        });
        expect(p.items).toHaveLength(n);
        const at = new Map(p.items.map((it, i) => [it.resourceId, i]));
        for (const r of resources) for (const pre of r.prerequisites) expect(at.get(pre)!).toBeLessThan(at.get(r.id)!);
        for (const w of p.weeks) expect(w.hours).toBeLessThanOrEqual(hpw + 1e-6);
      }),
      { numRuns: 200 },
    );
  });

  it('schedules a single long item across as many weeks as it needs', () => {
    const s = schedule([2, 25, 1], 10, '2026-11-25');
    expect(s.items).toEqual([
      { startWeek: 1, endWeek: 1 },
      { startWeek: 1, endWeek: 3 },
      { startWeek: 3, endWeek: 3 },
    ]);
    expect(s.weeks.map((w) => w.hours)).toEqual([10, 10, 8]);
    expect(s.finishDate).toBe('2026-12-14');
  });
});
