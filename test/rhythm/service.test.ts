import { describe, expect, it } from 'vitest';
import { createService } from '../../electron/core/service/index';
import { openDatabase } from '../../electron/core/store/open';
import { manualClock, ok, profile, snapshot, tempDb, tempService } from '../helpers';

function withGoal(clockIso = '2026-11-25T10:00:00Z') {
  const t = tempService(manualClock(clockIso));
  const plan = ok(t.service.call('createGoal', { profile: profile({ hoursPerWeek: 6 }), title: 'Vision' }));
  const first = plan.items.find((i) => i.status === 'not-started')!;
  return { ...t, plan, first };
}

describe('study sessions', () => {
  it('log the measured minutes on stop, and only one runs at a time', () => {
    const { service, clock, first, plan } = withGoal();
    ok(service.call('startSession', { itemId: first.id }));
    const other = plan.items.find((i) => i.id !== first.id && i.status === 'not-started')!;
    const second = service.call('startSession', { itemId: other.id });
    expect(second.ok).toBe(false);
    if (!second.ok) expect(second.error.message).toContain(first.title);
    clock.set('2026-11-25T10:42:20Z');
    expect(ok(service.call('stopSession', {}))).toEqual({ outcome: 'logged', minutes: 42, itemId: first.id, day: '2026-11-25' });
    const log = ok(service.call('listLog', { goalId: plan.goal.id, itemId: first.id }));
    expect(log.filter((e) => e.kind === 'time').map((e) => e.minutes)).toEqual([42]);
    expect(ok(service.call('sessionStatus', {}))).toBeNull();
  });

  it('survive closing and reopening the database (a restart)', () => {
    const { db, file } = tempDb();
    const clock = manualClock('2026-11-25T10:00:00Z');
    const s1 = createService(db, clock);
    const plan = ok(s1.call('createGoal', { profile: profile(), title: 'Restart' }));
    const item = plan.items.find((i) => i.status === 'not-started')!;
    ok(s1.call('startSession', { itemId: item.id }));
    s1.close();
    db.close();
    clock.set('2026-11-25T10:27:00Z');
    const s2 = createService(openDatabase(file), clock);
    const status = ok(s2.call('sessionStatus', {}))!;
    expect(status).toMatchObject({ itemId: item.id, startedAt: '2026-11-25T10:00:00.000Z', elapsedMinutes: 27, focus: { phase: 'break', round: 1 } });
    expect(ok(s2.call('stopSession', {}))).toMatchObject({ outcome: 'logged', minutes: 27 });
    s2.close();
  });

  it('ignore a few seconds, and ask before logging hours left running', () => {
    const { service, clock, first, db } = withGoal();
    ok(service.call('startSession', { itemId: first.id }));
    clock.set('2026-11-25T10:00:20Z');
    expect(ok(service.call('stopSession', {}))).toMatchObject({ outcome: 'ignored' });
    ok(service.call('startSession', { itemId: first.id }));
    clock.set('2026-11-25T15:00:20Z');
    const before = snapshot(db);
    expect(ok(service.call('stopSession', {}))).toMatchObject({ outcome: 'confirm', minutes: 300 });
    expect(snapshot(db)).toEqual(before); // nothing logged, still running
    expect(ok(service.call('stopSession', { minutes: 50 }))).toMatchObject({ outcome: 'logged', minutes: 50 });
  });

  it('refuse bad input and leave the database unchanged', () => {
    const { service, db } = withGoal();
    const before = snapshot(db);
    const stop = service.call('stopSession', {});
    expect(stop.ok).toBe(false);
    if (!stop.ok) expect(stop.error.message).toBe('No study session is running.');
    const unknown = service.call('startSession', { itemId: 999_999 });
    expect(unknown.ok || unknown.error.message).toBe('itemId: no plan item with id 999999');
    expect(snapshot(db)).toEqual(before);
  });
});

describe('reminders', () => {
  it('list the next reminder times and refuse impossible settings by field', () => {
    const { service, db } = withGoal('2026-11-25T10:00:00Z'); // a Wednesday, TZ=UTC in tests
    const view = ok(service.call('setRhythm', { reminders: { days: ['mon', 'wed', 'sat'], time: '19:00' } }));
    expect(view.next.slice(0, 3).map((n) => n.at)).toEqual(['2026-11-25T19:00:00.000Z', '2026-11-28T19:00:00.000Z', '2026-11-30T19:00:00.000Z']);
    const before = snapshot(db);
    const bad = service.call('setRhythm', { reminders: { days: ['mon'], time: '25:00' } });
    expect(bad.ok || bad.error.message).toBe('reminders.time: "25:00" is not a time of day; use HH:MM from 00:00 to 23:59');
    const day = service.call('setRhythm', { reminders: { days: ['funday'], time: '19:00' } });
    expect(day.ok || day.error.message).toMatch(/^reminders\.days: "funday" is not a day/);
    expect(snapshot(db)).toEqual(before);
  });

  it('say what to study next and for about how long', () => {
    const { service, first } = withGoal();
    ok(service.call('setRhythm', { reminders: { days: ['mon', 'wed', 'sat'], time: '19:00' } }));
    const notice = ok(service.call('reminderNotice', {}))!;
    // 6 h a week over three study days is 120 minutes a day, unless the item needs less.
    const expected = Math.max(15, Math.min(120, Math.round(first.hours * 60)));
    expect(notice.body).toBe(`Next: ${first.title} — about ${expected} min (Vision).`);
  });
});

describe('a milestone at risk', () => {
  it('is mentioned in the reminder, with the days behind', () => {
    const t = tempService(manualClock('2026-11-25T10:00:00Z'));
    const plan = ok(
      t.service.call('createGoal', { profile: profile({ hoursPerWeek: 1, startDate: '2026-11-25', targetDate: '2026-12-31' }), title: 'Rushed' }),
    );
    const summary = ok(t.service.call('progressSummary', { goalId: plan.goal.id }));
    expect(summary.onTrack).toBe(false);
    const notice = ok(t.service.call('reminderNotice', {}))!;
    expect(notice.body.endsWith(` Your target date is at risk: ${summary.daysLate} days behind.`)).toBe(true);
  });
});

describe('spaced revisits', () => {
  it('come due after an item is done, grow with "good", and vanish when it is reopened', () => {
    const { service, clock, first, plan } = withGoal();
    ok(service.call('setItemStatus', { itemId: first.id, status: 'done' }));
    expect(ok(service.call('dueRevisits', {}))).toEqual([]);
    const week = ok(service.call('dueRevisits', { on: '2026-12-09' }));
    expect(week.map((r) => r.itemId)).toEqual([first.id]);
    expect(week[0]!.skills).toEqual(ok(service.call('getResource', { resourceId: first.resourceId })).skills);

    clock.set(`${week[0]!.due}T12:00:00Z`);
    const g1 = ok(service.call('gradeRevisit', { revisitId: week[0]!.id, grade: 'good' }));
    clock.set(`${g1.nextDue}T12:00:00Z`);
    const g2 = ok(service.call('gradeRevisit', { revisitId: week[0]!.id, grade: 'good' }));
    expect(g2.intervalDays).toBeGreaterThan(g1.intervalDays);
    clock.set(`${g2.nextDue}T12:00:00Z`);
    const again = ok(service.call('gradeRevisit', { revisitId: week[0]!.id, grade: 'again' }));
    expect(again.intervalDays).toBeLessThan(g2.intervalDays);

    ok(service.call('setItemStatus', { itemId: first.id, status: 'in-progress' }));
    expect(ok(service.call('dueRevisits', { goalId: plan.goal.id, on: '2030-01-01' }))).toEqual([]);
  });

  it('start afresh from the new finish date when a reopened item is done again', () => {
    const { service, clock, first } = withGoal();
    ok(service.call('setItemStatus', { itemId: first.id, status: 'done' }));
    const firstDue = ok(service.call('dueRevisits', { on: '2027-01-01' }))[0]!.due;
    ok(service.call('setItemStatus', { itemId: first.id, status: 'in-progress' }));
    clock.set('2027-02-01T10:00:00Z');
    ok(service.call('setItemStatus', { itemId: first.id, status: 'done' }));
    const again = ok(service.call('dueRevisits', { on: '2027-12-31' }));
    expect(again).toHaveLength(1);
    // Same scheduler, same first grade: the same gap after the new finish as after the old one.
    const gap = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;
    expect(gap('2027-02-01', again[0]!.due)).toBe(gap('2026-11-25', firstDue));
  });

  it('count the minutes spent on them as review time, apart from study time', () => {
    const { service, clock, first, plan } = withGoal();
    ok(service.call('setItemStatus', { itemId: first.id, status: 'done' }));
    const [r] = ok(service.call('dueRevisits', { on: '2027-12-31' }));
    clock.set(`${r!.due}T12:00:00Z`);
    ok(service.call('gradeRevisit', { revisitId: r!.id, grade: 'good', minutes: 12 }));
    ok(service.call('gradeRevisit', { revisitId: r!.id, grade: 'hard', minutes: 8 }));
    expect(ok(service.call('reviewTime', { goalId: plan.goal.id }))).toMatchObject({ totalMinutes: 20, revisitsGraded: 2 });
    const logged = ok(service.call('progressSummary', { goalId: plan.goal.id })).hoursLogged;
    expect(logged).toBe(0);
  });

  it('can be turned off per goal', () => {
    const { service, first, plan } = withGoal();
    ok(service.call('setRevisits', { goalId: plan.goal.id, enabled: false }));
    ok(service.call('setItemStatus', { itemId: first.id, status: 'done' }));
    expect(ok(service.call('dueRevisits', { on: '2030-01-01' }))).toEqual([]);
  });

  it('refuse an unknown revisit or grade by name', () => {
    const { service } = withGoal();
    const r = service.call('gradeRevisit', { revisitId: 4242, grade: 'good' });
    expect(r.ok || r.error.message).toBe('revisitId: no revisit with id 4242');
    const g = service.call('gradeRevisit', { revisitId: 1, grade: 'meh' });
    expect(g.ok || g.error.message).toBe('grade: must be one of again, hard, good, easy');
  });
});

describe('the weekly review', () => {
  it('is not due for a goal made after the last review day: there is no week to look back on', () => {
    const { service, plan } = withGoal('2026-11-26T09:00:00Z'); // Thursday; the last review day was Sunday the 22nd
    expect(ok(service.call('weeklyReview', { goalId: plan.goal.id })).due).toBe(false);
  });

  it('compares last week’s plan with what was logged, and stays dismissed for the week', () => {
    // Sunday 2026-11-29 is the default review day; the review covers Sun 22 – Sat 28.
    const { service, clock, first, plan } = withGoal('2026-11-24T09:00:00Z');
    ok(service.call('logTime', { itemId: first.id, minutes: 50 }));
    ok(service.call('logTime', { itemId: first.id, minutes: 25, day: '2026-11-21' })); // the week before
    clock.set('2026-11-29T18:00:00Z');
    const review = ok(service.call('weeklyReview', { goalId: plan.goal.id }));
    expect(review).toMatchObject({ weekStart: '2026-11-22', weekEnd: '2026-11-28', plannedMinutes: 360, doneMinutes: 50, due: true });
    expect(review.next[0]!.itemId).toBe(first.id);
    ok(service.call('dismissWeeklyReview', {}));
    expect(ok(service.call('weeklyReview', { goalId: plan.goal.id })).due).toBe(false);
    clock.set('2026-12-06T08:00:00Z');
    expect(ok(service.call('weeklyReview', { goalId: plan.goal.id })).due).toBe(true);
  });
});
