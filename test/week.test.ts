import { describe, expect, it } from 'vitest';
import { manualClock, ok, profile, tempService } from './helpers';

describe('this week', () => {
  it("lists this week's work in order, what is overdue at the goal's pace, and the hours left", () => {
    // Started on Monday 2026-11-02 at 3 h a week; today is moved into week 6 (Wednesday 2026-12-09).
    const { service, clock } = tempService(manualClock('2026-11-02T09:00:00Z'));
    // PyTorch: its first items are short (a quickstart, TorchVision, torch.export), so several fall due before week 6.
    const plan = ok(
      service.call('createGoal', {
        framework: 'pytorch',
        profile: profile({ pythonLevel: 'fluent', mlLevel: 'experienced', hoursPerWeek: 3, startDate: '2026-11-02' }),
      }),
    );
    const goalId = plan.goal.id;
    const open = plan.items.filter((i) => i.status !== 'skipped');
    // By hand: at 3 h a week from the start, an item is due by the week its last hour falls in.
    let cumulative = 0;
    const dueWeek = new Map(open.map((i) => [i.id, Math.max(1, Math.ceil((cumulative += i.hours) / 3 - 1e-9))]));
    const overdue = open.filter((i) => dueWeek.get(i.id)! < 6);
    expect(overdue.length).toBeGreaterThan(1);
    clock.set('2026-12-09T09:00:00Z');
    // One overdue item is finished, so it is no longer work to do.
    ok(service.call('setItemStatus', { itemId: overdue[0]!.id, status: 'done' }));
    ok(service.call('logTime', { itemId: overdue[1]!.id, minutes: 90, day: '2026-12-08' }));
    ok(service.call('logTime', { itemId: overdue[1]!.id, minutes: 60, day: '2026-12-04' }));

    const w = ok(service.call('thisWeek', { goalId }));
    expect(w).toMatchObject({ week: 6, start: '2026-12-07', end: '2026-12-13', hoursPerWeek: 3, hoursLogged: 1.5, hoursLeft: 1.5 });
    expect(w.overdue.map((i) => i.id)).toEqual(overdue.slice(1).map((i) => i.id));
    expect(w.overdue[0]!.status).toBe('in-progress');
    // This week's list is the plan's week 6, in order, without what is already listed as overdue.
    const now = ok(service.call('getPlan', { goalId })).items.filter(
      (i) => i.startWeek <= 6 && i.endWeek >= 6 && (i.status === 'not-started' || i.status === 'in-progress'),
    );
    expect(w.items.map((i) => i.id)).toEqual(now.filter((i) => !overdue.some((o) => o.id === i.id)).map((i) => i.id));
  });

  it('never shows negative hours left, and refuses an unknown goal', () => {
    const { service } = tempService(manualClock('2026-11-25T09:00:00Z'));
    const plan = ok(service.call('createGoal', { profile: profile({ hoursPerWeek: 1, startDate: '2026-11-23' }) }));
    ok(service.call('logTime', { itemId: plan.items.find((i) => i.status !== 'skipped')!.id, minutes: 150 }));
    expect(ok(service.call('thisWeek', { goalId: plan.goal.id }))).toMatchObject({ week: 1, hoursLogged: 2.5, hoursLeft: 0 });
    expect(service.call('thisWeek', { goalId: 99 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
