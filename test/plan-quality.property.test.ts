import fc from 'fast-check';
import { explainItems } from '../shared/planner/reasons';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../shared/catalog/index';
import { TOPICS } from '../shared/catalog/topics';
import { buildPlan } from '../shared/planner/plan';
import { plannedPrerequisites, topicCoverage } from '../shared/planner/select';
import { BUDGETS, DEPLOY_TARGETS, DOMAINS, FORMATS, ML_LEVELS, PURPOSES, PYTHON_LEVELS, SCOPES, type Profile } from '../shared/profile';

const catalog = new Map(CATALOG.map((r) => [r.id, r]));
const res = (id: string) => catalog.get(id)!;

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
  budget: fc.constantFrom(...BUDGETS),
  formats: fc.uniqueArray(fc.constantFrom(...FORMATS), { maxLength: 2 }),
  scope: fc.constantFrom(...SCOPES),
  jsFirst: fc.boolean(),
  hoursPerWeek: fc.integer({ min: 1, max: 30 }),
});
const inputArb = fc.record({ profile: profileArb, framework: fc.constantFrom('tensorflow' as const, 'pytorch' as const) });
const plan = (i: { profile: Profile; framework: 'tensorflow' | 'pytorch' }) => buildPlan({ ...i, catalog, today: '2026-11-25' });

// Written out here, apart from the planner: which topics each answer asks for. Used to check that
// catch-up advice never touches them or what they build on.
const DOMAIN_TOPIC: Record<string, string> = {
  vision: 'cnns',
  nlp: 'nlp-transformers',
  generative: 'generative',
  tabular: 'tabular-dl',
  timeseries: 'timeseries',
  audio: 'audio',
};
const TARGET_TOPIC: Record<string, string> = { web: 'web-deployment', mobile: 'on-device', edge: 'on-device', server: 'model-serving', desktop: 'onnx' };
const PRE = new Map(TOPICS.map((t) => [t.id, t.prerequisites]));
function withPrerequisites(ids: Iterable<string>): Set<string> {
  const out = new Set<string>();
  const visit = (id: string) => {
    if (out.has(id)) return;
    out.add(id);
    for (const p of PRE.get(id) ?? []) visit(p);
  };
  for (const id of ids) visit(id);
  return out;
}

describe('plan quality (real catalog, random learners)', () => {
  it('never schedules two resources for the same ground (a track counts as one)', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const owner = new Map<string, string>();
        for (const it of plan(input).items) {
          if (it.status === 'skipped') continue;
          const r = res(it.resourceId);
          const unit = r.parentId ?? r.id;
          for (const t of r.topics) {
            const had = owner.get(t);
            expect(had === undefined || had === unit, `${t}: ${had} and ${unit}`).toBe(true);
            owner.set(t, unit);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives every item a reason', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const { items } = plan(input);
        const why = explainItems(items, input.profile, catalog);
        for (const it of items) {
          expect(why.get(it.resourceId)!.reason, it.resourceId).toMatch(/^(Because|Every|The first|Core skill|Prerequisite of|Part of)/);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('puts every item after the items that teach what it builds on', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const p = plan(input);
        const at = new Map(p.items.map((it, i) => [it.resourceId, i]));
        const coverage = topicCoverage(at.keys(), catalog);
        p.items.forEach((it, i) => {
          for (const pre of plannedPrerequisites(res(it.resourceId), catalog, (id) => at.has(id), coverage)) {
            expect(at.get(pre)!, `${pre} before ${it.resourceId}`).toBeLessThan(i);
          }
        });
      }),
      { numRuns: 200 },
    );
  });

  it('keeps tools to the targets that need them and gives a certificate learner exactly one track', () => {
    fc.assert(
      fc.property(inputArb, ({ profile, framework }) => {
        const ids = plan({ profile, framework }).items.map((i) => i.resourceId);
        const has = (...xs: string[]) => xs.some((x) => ids.includes(x));
        const t = profile.deployTargets;
        if (!t.includes('server')) expect(has('tf-serving', 'tfx', 'triton', 'vllm', 'tf-responsible-ai')).toBe(false);
        if (!t.includes('mobile') && !t.includes('edge')) expect(has('litert', 'litert-torch', 'executorch')).toBe(false);
        if (!t.includes('web')) expect(has('tfjs', 'litert-web')).toBe(false);
        if (!(profile.purpose === 'production' && profile.scale === 'large' && t.includes('server'))) expect(has('tf-responsible-ai', 'tfx')).toBe(false);
        const tracks = new Set(ids.map((id) => res(id).parentId).filter((p) => p && res(p).pick.certificate));
        expect(tracks.size).toBe(profile.wantsCertificate && profile.budget !== 'free' ? 1 : 0);
        if (profile.budget === 'free') for (const id of ids) expect(res(id).cost, id).toBe('free');
      }),
      { numRuns: 300 },
    );
  });

  it('never offers to drop or replace away a chosen domain, target, certificate or what they build on', () => {
    fc.assert(
      fc.property(inputArb, fc.integer({ min: 7, max: 200 }), ({ profile, framework }, days) => {
        const start = '2027-01-04';
        const target = new Date(Date.parse(start) + days * 86_400_000).toISOString().slice(0, 10);
        const p = plan({ profile: { ...profile, startDate: start, targetDate: target }, framework });
        if (!p.target || p.target.met) return;
        const asked = [...profile.domains.map((d) => DOMAIN_TOPIC[d]!), ...profile.deployTargets.map((x) => TARGET_TOPIC[x]!)];
        const protectedTopics = withPrerequisites(asked);
        for (const d of p.target.couldDrop) {
          const r = res(d.resourceId);
          for (const topic of r.topics) expect(protectedTopics.has(topic), `drop ${r.id} (${topic})`).toBe(false);
          if (profile.wantsCertificate) expect(r.parentId && res(r.parentId).pick.certificate).toBeFalsy();
        }
        for (const o of p.target.options) {
          if (o.kind !== 'shorter-alternative') continue;
          const from = res(o.resourceId!);
          const to = res(o.alternativeId!);
          if (profile.wantsCertificate) expect(from.parentId && res(from.parentId).pick.certificate).toBeFalsy();
          // The replacement still teaches the protected ground nothing else in the plan teaches.
          const others = new Set(p.items.filter((i) => i.resourceId !== from.id && i.status !== 'skipped').flatMap((i) => res(i.resourceId).topics));
          for (const topic of from.topics) if (protectedTopics.has(topic) && !others.has(topic)) expect(to.topics, `${from.id} -> ${to.id}`).toContain(topic);
          expect(to.hours).toBeLessThan(from.hours);
        }
        // The verdict is said once, and only when no single option short of a later date is enough.
        const kinds = p.target.options.map((o) => o.kind);
        expect(kinds).toContain('more-hours');
        expect(kinds).toContain('later-target');
        if (p.target.advice) expect(p.target.reachable).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
