import { describe, expect, it } from 'vitest';
import { manualClock, ok, profile, tempService } from './helpers';

describe('this week', () => {
  it('lists this week\'s unfinished work in order, what is overdue, and the hours left', () => {
    // Started on Monday 2026-11-02. Today is moved into week W, chosen so that one item ends in it.
    const { service, clock } = tempService(manualClock('2026-11-02T09:00:00Z'));
    const plan = ok(service.call('createGoal', { profile: profile({ pythonLevel: 'fluent', mlLevel: 'experienced', hoursPerWeek: 3, startDate: '2026-11-02' }) }));
    const goalId = plan.goal.id;
    const open = plan.items.filter((i) => i.status !== 'skipped');
    const W = open.find((i) => i.endWeek >= 4 && open.some((o) => o.endWeek < i.endWeek - 1))!.endWeek;
    const monday = new Date(Date.UTC(2026, 10, 2 + (W - 1) * 7));
    const day = (offset: number) => new Date(monday.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
    clock.set(`${day(2)}T09:00:00Z`);
    const thisWeek = open.filter((i) => i.startWeek <= W && i.endWeek >= W);
    const overdue = open.filter((i) => i.endWeek < W);
    expect(thisWeek.some((i) => i.endWeek === W)).toBe(true);
    expect(overdue.length).toBeGreaterThan(1);
    // One overdue item is finished, so it is no longer work to do.
    ok(service.call('setItemStatus', { itemId: overdue[0]!.id, status: 'done' }));
    ok(service.call('logTime', { itemId: overdue[1]!.id, minutes: 90, day: day(1) }));
    ok(service.call('logTime', { itemId: overdue[1]!.id, minutes: 60, day: day(-3) }));

    const w = ok(service.call('thisWeek', { goalId }));
    expect(w).toMatchObject({ week: W, start: day(0), end: day(6), hoursPerWeek: 3, hoursLogged: 1.5, hoursLeft: 1.5 });
    expect(w.items.map((i) => i.id)).toEqual(thisWeek.filter((i) => i.id !== overdue[0]!.id).map((i) => i.id));
    expect(w.overdue.map((i) => i.id)).toEqual(overdue.slice(1).map((i) => i.id));
    expect(w.overdue[0]!.status).toBe('in-progress');
  });

  it('never shows negative hours left, and refuses an unknown goal', () => {
    const { service } = tempService(manualClock('2026-11-25T09:00:00Z'));
    const plan = ok(service.call('createGoal', { profile: profile({ hoursPerWeek: 1, startDate: '2026-11-23' }) }));
    ok(service.call('logTime', { itemId: plan.items.find((i) => i.status !== 'skipped')!.id, minutes: 150 }));
    expect(ok(service.call('thisWeek', { goalId: plan.goal.id }))).toMatchObject({ week: 1, hoursLogged: 2.5, hoursLeft: 0 });
    expect(service.call('thisWeek', { goalId: 99 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
