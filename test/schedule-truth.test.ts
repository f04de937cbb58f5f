import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlanView } from '../shared/contract/views';
import { createService } from '../electron/core/service/index';
import { openDatabase } from '../electron/core/store/open';
import { manualClock, ok, profile, tempService } from './helpers';

// Expectations are worked out here from the rules, not with the app's date helpers.
const plusDays = (day: string, n: number) => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
};
const daysFrom = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;
/** Work left ÷ hours a week: 6 h at 6 h a week is studied on days 1–7, so it ends 6 days after `from`. */
const handFinish = (from: string, hours: number, perWeek: number) => (hours <= 1e-9 ? from : plusDays(from, Math.ceil((hours / perWeek) * 7 - 1e-9) - 1));
const weekNo = (start: string, day: string) => Math.max(1, Math.floor(daysFrom(start, day) / 7) + 1);
const left = (plan: PlanView) =>
  plan.items.filter((i) => i.status === 'not-started' || i.status === 'in-progress').reduce((s, i) => s + Math.max(0, i.hours - i.minutesLogged / 60), 0);

function everyFinish(service: ReturnType<typeof tempService>['service'], goalId: number) {
  const plan = ok(service.call('getPlan', { goalId }));
  const listed = ok(service.call('listGoals', {})).find((g) => g.id === goalId)!;
  const progress = ok(service.call('progressSummary', { goalId }));
  const md = ok(service.call('exportGoal', { goalId, format: 'md' })).content;
  const json = JSON.parse(ok(service.call('exportGoal', { goalId, format: 'json' })).content) as { items: { startWeek: number }[] };
  return {
    plan,
    progress,
    finishes: [plan.finishDate, listed.finishDate, progress.projectedFinish, /projected finish (\d{4}-\d{2}-\d{2})/.exec(md)?.[1]],
    exportWeeks: json.items.map((i) => i.startWeek),
  };
}

describe('one schedule, derived from the items, their statuses and today', () => {
  it('a goal started eight weeks ago with nothing done is laid out from this week', () => {
    const t = tempService(manualClock('2026-11-25T10:00:00Z'));
    const goalId = ok(t.service.call('createGoal', { profile: profile({ startDate: '2026-09-30', hoursPerWeek: 6 }) })).goal.id;
    const { plan, finishes, exportWeeks } = everyFinish(t.service, goalId);
    const total = plan.items.filter((i) => i.status !== 'skipped').reduce((s, i) => s + i.hours, 0);
    expect(finishes).toEqual(Array(4).fill(handFinish('2026-11-25', total, 6)));
    // 56 days after the start, today is in week 9; nothing unfinished sits in a week that is past.
    for (const i of plan.items) expect(i.startWeek).toBeGreaterThanOrEqual(9);
    expect(exportWeeks).toEqual(plan.items.map((i) => i.startWeek));
  });

  it('done work sits in the week it was finished, skipped work takes no time, logged time counts', () => {
    const t = tempService(manualClock('2026-11-25T10:00:00Z'));
    const created = ok(t.service.call('createGoal', { profile: profile({ startDate: '2026-09-30', hoursPerWeek: 6 }) }));
    const open = created.items.filter((i) => i.status === 'not-started' && i.hours >= 2);
    const [a, b, c] = open as [PlanView['items'][number], PlanView['items'][number], PlanView['items'][number]];
    const before = created.items.filter((i) => i.status !== 'skipped').reduce((s, i) => s + i.hours, 0);
    ok(t.service.call('setItemStatus', { itemId: a.id, status: 'done' }));
    ok(t.service.call('setItemStatus', { itemId: b.id, status: 'skipped' }));
    ok(t.service.call('logTime', { itemId: c.id, minutes: 90 }));
    const { plan, finishes } = everyFinish(t.service, created.goal.id);
    const doneItem = plan.items.find((i) => i.id === a.id)!;
    expect([doneItem.startWeek, doneItem.endWeek]).toEqual([9, 9]);
    const remaining = before - a.hours - b.hours - 1.5;
    expect(finishes).toEqual(Array(4).fill(handFinish('2026-11-25', remaining, 6)));
    for (const m of plan.milestones) expect(m.date <= plan.finishDate).toBe(true);
  });

  it('gives the finish at the pace of the last 4 weeks once there are 4 weeks of history', () => {
    const t = tempService(manualClock('2026-11-25T10:00:00Z'));
    const young = ok(t.service.call('createGoal', { profile: profile({ startDate: '2026-11-01' }) }));
    expect(ok(t.service.call('getPlan', { goalId: young.goal.id })).paceFinishDate).toBeNull();

    const plan = ok(t.service.call('createGoal', { profile: profile({ startDate: '2026-10-20', hoursPerWeek: 6 }) }));
    const item = plan.items.find((i) => i.status === 'not-started' && i.hours >= 10)!;
    // 2026-10-25 is outside the 28 days ending 2026-11-25 (they begin 2026-10-29).
    for (const day of ['2026-10-25', '2026-11-01', '2026-11-10', '2026-11-20', '2026-11-25'])
      ok(t.service.call('logTime', { itemId: item.id, minutes: 120, day }));
    const { plan: after, progress } = everyFinish(t.service, plan.goal.id);
    const pace = (4 * 120) / 60 / 4; // 2 h a week
    expect(progress.paceHoursPerWeek).toBe(pace);
    expect(after.paceFinishDate).toBe(handFinish('2026-11-25', left(after), pace));
    expect(progress.paceFinishDate).toBe(after.paceFinishDate);
    expect(ok(t.service.call('listGoals', {})).find((g) => g.id === plan.goal.id)!.paceFinishDate).toBe(after.paceFinishDate);
  });

  it('after any sequence of changes, every view agrees with the rules (property)', () => {
    const step = fc.oneof(
      fc.record({
        kind: fc.constant('status' as const),
        item: fc.nat(40),
        status: fc.constantFrom('not-started' as const, 'in-progress' as const, 'done' as const, 'skipped' as const),
      }),
      fc.record({ kind: fc.constant('log' as const), item: fc.nat(40), minutes: fc.integer({ min: 1, max: 600 }) }),
      fc.record({ kind: fc.constant('days' as const), days: fc.integer({ min: 1, max: 40 }) }),
      fc.record({ kind: fc.constant('reorder' as const) }),
      fc.record({ kind: fc.constant('hours' as const), hours: fc.integer({ min: 1, max: 30 }) }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 14 }), fc.integer({ min: -30, max: 60 }), (steps, startOffset) => {
        const t = tempService(manualClock('2026-11-25T10:00:00Z'));
        const start = plusDays('2026-11-25', -startOffset);
        const goalId = ok(t.service.call('createGoal', { profile: profile({ startDate: start }) })).goal.id;
        for (const s of steps) {
          const items = ok(t.service.call('getPlan', { goalId })).items;
          const it = items[((s as { item?: number }).item ?? 0) % items.length];
          if (s.kind === 'status' && it) t.service.call('setItemStatus', { itemId: it.id, status: s.status });
          if (s.kind === 'log' && it) ok(t.service.call('logTime', { itemId: it.id, minutes: s.minutes }));
          if (s.kind === 'days') t.clock.advanceDays(s.days);
          if (s.kind === 'reorder') ok(t.service.call('reorderPlan', { goalId, itemIds: items.map((i) => i.id) }));
          if (s.kind === 'hours') {
            const g = ok(t.service.call('getGoal', { goalId }));
            ok(t.service.call('updateGoal', { goalId, profile: { ...g.profile, hoursPerWeek: s.hours } }));
          }
        }
        const today = t.clock.now().toISOString().slice(0, 10);
        const { plan, finishes, exportWeeks } = everyFinish(t.service, goalId);
        const from = today > start ? today : start;
        const remaining = left(plan);
        const lastDone = plan.items
          .filter((i) => i.status === 'done')
          .map((i) => i.completedOn!)
          .sort()
          .at(-1);
        const expected = remaining > 1e-9 ? handFinish(from, remaining, plan.goal.hoursPerWeek) : (lastDone ?? from);
        expect(finishes).toEqual(Array(4).fill(expected));
        expect(exportWeeks).toEqual(plan.items.map((i) => i.startWeek));
        for (const m of plan.milestones) expect(m.date <= expected).toBe(true);
        for (const i of plan.items) {
          if (i.status === 'done') expect(i.startWeek).toBe(weekNo(start, i.completedOn!));
          else if (i.status !== 'skipped') expect(i.startWeek).toBeGreaterThanOrEqual(weekNo(start, from));
        }
        t.service.close();
      }),
      { numRuns: 30 },
    );
  });

  it('derived facts follow a change made by another connection (the CLI beside the app)', () => {
    const t = tempService(manualClock('2026-11-25T10:00:00Z'));
    const plan = ok(t.service.call('createGoal', { profile: profile({ hoursPerWeek: 6 }) }));
    const before = ok(t.service.call('getPlan', { goalId: plan.goal.id }));
    const other = createService(openDatabase(t.file), manualClock('2026-11-25T10:00:00Z'));
    const item = before.items.find((i) => i.status === 'not-started' && i.hours >= 2)!;
    ok(other.call('logTime', { itemId: item.id, minutes: 120 }));
    other.close();
    const after = ok(t.service.call('getPlan', { goalId: plan.goal.id }));
    expect(after.remainingHours).toBeCloseTo(before.remainingHours - 2, 9);
    expect(ok(t.service.call('listGoals', {}))[0]!.finishDate).toBe(handFinish('2026-11-25', after.remainingHours, 6));
  });
});
