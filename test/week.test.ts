import { describe, expect, it } from 'vitest';
import { manualClock, ok, profile, tempService } from './helpers';

describe('this week', () => {
  it('lists this week\'s unfinished work in order, what is overdue, and the hours left', () => {
    // Started on Monday 2026-11-02; today is Wednesday 2026-11-25, so this is week 4 (23 days in).
    const { service } = tempService(manualClock('2026-11-25T09:00:00Z'));
    const plan = ok(service.call('createGoal', { profile: profile({ pythonLevel: 'fluent', mlLevel: 'experienced', hoursPerWeek: 3, startDate: '2026-11-02' }) }));
    const goalId = plan.goal.id;
    const open = plan.items.filter((i) => i.status !== 'skipped');
    const thisWeek = open.filter((i) => i.startWeek <= 4 && i.endWeek >= 4);
    const overdue = open.filter((i) => i.endWeek < 4);
    expect(overdue.length).toBeGreaterThan(1);
    // One overdue item is finished, so it is no longer work to do.
    ok(service.call('setItemStatus', { itemId: overdue[0]!.id, status: 'done' }));
    ok(service.call('logTime', { itemId: overdue[1]!.id, minutes: 90, day: '2026-11-24' }));
    ok(service.call('logTime', { itemId: overdue[1]!.id, minutes: 60, day: '2026-11-20' }));

    const w = ok(service.call('thisWeek', { goalId }));
    expect(w).toMatchObject({ week: 4, start: '2026-11-23', end: '2026-11-29', hoursPerWeek: 3, hoursLogged: 1.5, hoursLeft: 1.5 });
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
