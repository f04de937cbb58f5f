import { describe, expect, it } from 'vitest';
import { expandPlan } from '../renderer/src/lib/lean-plan';
import { richGoal } from './exchange/fixtures';
import { ok, profile, tempService } from './helpers';

describe('the lean plan the page receives', () => {
  it('joined with the resources it brings, is exactly the full plan', () => {
    const { service, goalId } = richGoal();
    const lean = ok(service.call('getPlanLean', { goalId }));
    const resources = new Map(lean.resources!.map((r) => [r.id, r]));
    expect(expandPlan(lean, resources)).toEqual(ok(service.call('getPlan', { goalId })));
  });

  it("sends the resources' details only to a page that does not hold their current version", () => {
    const { service, goalId } = richGoal();
    const first = ok(service.call('getPlanLean', { goalId }));
    expect(first.resources!.length).toBeGreaterThanOrEqual(first.items.length);
    expect(ok(service.call('getPlanLean', { goalId, resourcesVersion: first.resourcesVersion })).resources).toBeUndefined();
    expect(ok(service.call('getPlanLean', { goalId, resourcesVersion: 'stale' })).resources).toHaveLength(first.resources!.length);
  });

  it('carries no resource details, and leaves out fields at their usual value', () => {
    const { service } = tempService();
    const goalId = ok(service.call('createGoal', { profile: profile() })).goal.id;
    const lean = ok(service.call('getPlanLean', { goalId }));
    const untouched = lean.items.find((i) => i.status === undefined && i.endWeek === undefined)!;
    // Reasons travel once per plan; an item with the most common one carries no index.
    expect(Object.keys(untouched).sort()).toEqual(expect.arrayContaining(['id', 'resourceId', 'startWeek']));
    for (const key of Object.keys(untouched)) expect(['id', 'prerequisites', 'resourceId', 'startWeek', 'why']).toContain(key);
    expect(lean.reasons.length).toBeGreaterThan(0);
    expect(new Set(lean.reasons).size).toBe(lean.reasons.length);
    // The page's join gives every item the reason the full plan gives it.
    const full = ok(service.call('getPlan', { goalId }));
    const byId = new Map(full.items.map((i) => [i.id, i.reason]));
    for (const it of lean.items) expect(lean.reasons[it.why ?? 0]).toBe(byId.get(it.id));
    for (const i of lean.items) expect(i).not.toHaveProperty('title');
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
    expect(expandPlan(lean, new Map())).toBeNull();
  });

  it('a status change answers, in one call, what the plan screen shows after it', () => {
    const { service } = tempService();
    const plan = ok(service.call('createGoal', { profile: profile({ startDate: '2026-10-01' }) }));
    const item = plan.items.find((i) => i.status === 'not-started' && i.hours > 0)!;
    const change = ok(service.call('setItemStatus', { itemId: item.id, status: 'done' }));
    const after = ok(service.call('getPlan', { goalId: plan.goal.id }));
    const listed = ok(service.call('listGoals', {})).find((g) => g.id === plan.goal.id)!;
    expect(change.effects).toEqual({
      finishDate: after.finishDate,
      paceFinishDate: after.paceFinishDate,
      remainingHours: after.remainingHours,
      percentDone: listed.percentDone,
      itemsDone: listed.itemsDone,
      itemsTotal: listed.itemsTotal,
      weeks: after.items.flatMap((i) => [i.startWeek, i.endWeek]),
    });
    // Done today moves everything after it earlier: the answer carries the new weeks, not the old.
    expect(change.effects.weeks).not.toEqual(plan.items.flatMap((i) => [i.startWeek, i.endWeek]));
  });
});
