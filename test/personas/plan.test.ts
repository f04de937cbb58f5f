import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../shared/catalog/index';
import { buildPlan } from '../../shared/planner/plan';
import { explainItems } from '../../shared/planner/reasons';
import { PLAN_EXPECTATIONS } from './plan-expectations';
import { PERSONAS } from './personas';

const catalog = new Map(CATALOG.map((r) => [r.id, r]));
const HOURS_PER_WEEK = 5;

describe('persona plans', () => {
  it('has expectations for every persona, and no stale ones', () => {
    expect(Object.keys(PLAN_EXPECTATIONS).sort()).toEqual(PERSONAS.map((p) => p.name).sort());
  });

  // A close call must give a good plan in either framework.
  const cases = PERSONAS.flatMap((p) => (p.framework === 'close' ? (['tensorflow', 'pytorch'] as const) : [p.framework]).map((fw) => [p.name, fw, p] as const));

  it.each(cases)('%s (%s)', (name, framework, persona) => {
    const want = PLAN_EXPECTATIONS[name]!;
    const answers = { ...persona.profile, hoursPerWeek: HOURS_PER_WEEK, startDate: '2026-11-30' };
    const plan = buildPlan({ profile: answers, framework, catalog, today: '2026-11-30' });
    const studied = plan.items.filter((i) => i.status !== 'skipped');
    const res = (id: string) => catalog.get(id)!;

    expect(plan.totalHours, 'total hours').toBeGreaterThanOrEqual(want.hours[0]);
    expect(plan.totalHours, 'total hours').toBeLessThanOrEqual(want.hours[1]);

    // Hands-on early: the first item with framework code, and the study hours before it.
    const firstAt = studied.findIndex((i) => res(i.resourceId).framework !== 'agnostic');
    expect(firstAt, 'a hands-on framework item').toBeGreaterThanOrEqual(0);
    expect(studied[firstAt]!.startWeek, 'week of the first hands-on item').toBeLessThanOrEqual(want.firstHandsOnWeek);
    const before = studied.slice(0, firstAt).reduce((s, i) => s + i.hours, 0);
    expect(before, 'study hours before the first framework code').toBeLessThanOrEqual(80);

    const taught = new Set(studied.flatMap((i) => res(i.resourceId).topics));
    for (const t of want.mustTeach) expect(taught.has(t), `teaches ${t}`).toBe(true);
    const ids = plan.items.map((i) => i.resourceId);
    for (const id of want.mustNotSchedule) expect(ids, `must not schedule ${id}`).not.toContain(id);
    for (const id of want.mustSchedule ?? []) expect(ids, `must schedule ${id}`).toContain(id);
    if (want.freeOnly) for (const i of studied) expect(res(i.resourceId).cost, i.resourceId).toBe('free');
    const tracks = new Set(ids.map((id) => res(id).parentId).filter((p) => p && res(p).pick.certificate));
    expect(tracks.size, 'credential tracks').toBe(want.oneCredential ? 1 : 0);
    const why = explainItems(plan.items, answers, catalog);
    for (const i of plan.items) expect(why.get(i.resourceId)!.reason, i.resourceId).toMatch(/\w/);
  });
});
