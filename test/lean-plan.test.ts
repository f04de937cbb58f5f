import { describe, expect, it } from 'vitest';
import { expandPlan, holdResources } from '../renderer/src/lib/lean-plan';
import { resourceColumns, resourcesOfColumns } from '../shared/contract/plan-columns';
import { planResourceOf } from '../shared/contract/plan-item';
import { LeanPlanViewSchema } from '../shared/contract/views';
import { richGoal } from './exchange/fixtures';
import { ok, profile, tempService } from './helpers';

describe('the lean plan the page receives', () => {
  it('joined with the resources it brings, is exactly the full plan', () => {
    const { service, goalId } = richGoal();
    const lean = ok(service.call('getPlanLean', { goalId }));
    expect(expandPlan(lean, holdResources(null, lean.resourcesVersion, lean.resources!))).toEqual(ok(service.call('getPlan', { goalId })));
  });

  it('travels as columns the contract describes, and the columns give back every resource as it was', () => {
    const { service, goalId } = richGoal();
    const lean = ok(service.call('getPlanLean', { goalId }));
    expect(LeanPlanViewSchema.safeParse(lean).success).toBe(true);
    // Independently: what each resource of the catalog should read as on the page.
    const catalog = ok(service.call('listResources', {}));
    const wanted = [...new Set(lean.items.resourceId)].map((id) => planResourceOf(catalog.find((r) => r.id === id)!));
    expect(resourcesOfColumns(resourceColumns(wanted))).toEqual(wanted);
    // Each repeated text (a provider, a kind…) is sent once.
    expect(new Set(lean.resources!.texts).size).toBe(lean.resources!.texts.length);
  });

  it("sends the resources' details only to a page that does not hold their current version", () => {
    const { service, goalId } = richGoal();
    const first = ok(service.call('getPlanLean', { goalId }));
    expect(first.resources!.id.length).toBeGreaterThanOrEqual(new Set(first.items.resourceId).size);
    expect(ok(service.call('getPlanLean', { goalId, resourcesVersion: first.resourcesVersion })).resources).toBeUndefined();
    expect(ok(service.call('getPlanLean', { goalId, resourcesVersion: 'stale' })).resources!.id).toHaveLength(first.resources!.id.length);
  });

  it('carries no resource details, and leaves out fields at their usual value', () => {
    const { service } = tempService();
    const goalId = ok(service.call('createGoal', { profile: profile() })).goal.id;
    const lean = ok(service.call('getPlanLean', { goalId }));
    const full = ok(service.call('getPlan', { goalId }));
    const c = lean.items;
    expect(c.id).toEqual(full.items.map((i) => i.id));
    expect(c.resourceId).toEqual(full.items.map((i) => i.resourceId));
    expect(c.startWeek).toEqual(full.items.map((i) => i.startWeek));
    // Only the items off their usual value are listed, by index.
    const offUsual = <T>(pick: (i: (typeof full.items)[number]) => T, usual: (i: (typeof full.items)[number]) => T) =>
      Object.fromEntries(full.items.flatMap((i, k) => (pick(i) !== usual(i) ? [[String(k), pick(i)]] : [])));
    expect(c.status.map((s) => ['not-started', 'in-progress', 'done', 'skipped'][s])).toEqual(full.items.map((i) => i.status));
    expect(c.endWeek).toEqual(
      offUsual(
        (i) => i.endWeek,
        (i) => i.startWeek,
      ),
    );
    expect(Object.keys(c)).not.toContain('title');
    // Reasons travel once per plan; an item with the most common one carries no index.
    expect(lean.reasons.length).toBeGreaterThan(0);
    expect(new Set(lean.reasons).size).toBe(lean.reasons.length);
    full.items.forEach((item, k) => expect(lean.reasons[c.why[k] ?? 0]).toBe(item.reason));
  });

  it("asked for its first items, brings those items, their resources and the weeks they fall in, with the whole plan's figures", () => {
    const { service, goalId } = richGoal();
    const full = ok(service.call('getPlan', { goalId }));
    const n = 3;
    expect(full.items.length).toBeGreaterThan(n);
    const lean = ok(service.call('getPlanLean', { goalId, firstItems: n }));
    expect(LeanPlanViewSchema.safeParse(lean).success).toBe(true);
    expect(lean.itemsLeftOut).toBe(full.items.length - n);
    const first = full.items.slice(0, n);
    const joined = expandPlan(lean, holdResources(null, lean.resourcesVersion, lean.resources!))!;
    expect(joined.items).toEqual(first);
    // The resources of those items and of their parents, and no other.
    const catalog = new Map(ok(service.call('listResources', {})).map((r) => [r.id, r]));
    const wanted = new Set(first.flatMap((i) => [i.resourceId, ...(catalog.get(i.resourceId)!.parentId ? [catalog.get(i.resourceId)!.parentId!] : [])]));
    expect(new Set(lean.resources!.id)).toEqual(wanted);
    // Weeks as far as the last of those items ends; every figure is the whole plan's.
    const lastWeek = Math.max(...first.map((i) => i.endWeek));
    expect(joined.weeks).toEqual(full.weeks.filter((w) => w.week <= lastWeek));
    expect(joined.weeks.length).toBeLessThan(full.weeks.length);
    const { items: _i, weeks: _w, ...figures } = full;
    expect(joined).toMatchObject(figures);
    expect(joined.itemsTotal).toBe(full.items.filter((i) => i.status !== 'skipped').length);
  });

  it('asked for more first items than the plan holds, is the whole lean plan', () => {
    const { service, goalId } = richGoal();
    const whole = ok(service.call('getPlanLean', { goalId }));
    const asked = ok(service.call('getPlanLean', { goalId, firstItems: whole.items.id.length }));
    expect(asked).toEqual(whole);
    expect(asked.itemsLeftOut).toBeUndefined();
  });

  it('says when the resources changed, so the page fetches them again', () => {
    const { service, goalId } = richGoal();
    const before = ok(service.call('getPlanLean', { goalId })).resourcesVersion;
    expect(ok(service.call('getPlanLean', { goalId })).resourcesVersion).toBe(before);
    ok(service.call('addCustomResource', { title: 'Another', url: 'https://example.com/another', hours: 2, prerequisites: [] }));
    expect(ok(service.call('getPlanLean', { goalId })).resourcesVersion).not.toBe(before);
  });

  it('a missing resource makes the join answer null instead of a half plan', () => {
    const { service, goalId } = richGoal();
    const lean = ok(service.call('getPlanLean', { goalId }));
    const noneHeld = holdResources(null, lean.resourcesVersion, { ...lean.resources!, id: [] });
    expect(expandPlan(lean, noneHeld)).toBeNull();
  });

  it('a status change answers, in one call, what the plan screen shows after it', () => {
    const { service } = tempService();
    const plan = ok(service.call('createGoal', { profile: profile({ startDate: '2026-10-01' }) }));
    const item = plan.items.find((i) => i.status === 'not-started' && i.hours > 0)!;
    const change = ok(service.call('setItemStatus', { itemId: item.id, status: 'done' }));
    const after = ok(service.call('getPlan', { goalId: plan.goal.id }));
    const listed = ok(service.call('listGoals', {})).find((g) => g.id === plan.goal.id)!;
    expect(change.effects).toEqual({
      weeks: after.weeks,
      milestones: after.milestones,
      totalHours: after.totalHours,
      remainingHours: after.remainingHours,
      finishDate: after.finishDate,
      paceFinishDate: after.paceFinishDate,
      target: after.target,
      certificates: after.certificates,
      percentDone: listed.percentDone,
      itemsDone: listed.itemsDone,
      itemsTotal: listed.itemsTotal,
      itemWeeks: after.items.flatMap((i) => [i.startWeek, i.endWeek]),
    });
    // Done today moves everything after it earlier: the answer carries the new weeks, not the old.
    expect(change.effects.itemWeeks).not.toEqual(plan.items.flatMap((i) => [i.startWeek, i.endWeek]));
    expect(change.effects.milestones).not.toEqual(plan.milestones);
  });
});
