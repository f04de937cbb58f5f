import { describe, expect, it } from 'vitest';
import { nextReminders, reminderSettingsProblem, snoozeUntil } from '../../shared/rhythm/reminders';
import { instantOf } from '../../shared/rhythm/zoned';

const Z = (iso: string) => Date.parse(iso);

describe('next reminder times', () => {
  it('stay at 19:00 local across the US spring-forward change (2027-03-14)', () => {
    // New York is UTC−5 before 2027-03-14 02:00 and UTC−4 after, so 19:00 local moves from 00:00Z to 23:00Z.
    const got = nextReminders({ days: ['mon', 'wed', 'sat'], time: '19:00' }, Z('2027-03-10T00:00:00Z'), 'America/New_York', 4);
    expect(got.map((t) => new Date(t).toISOString())).toEqual([
      '2027-03-11T00:00:00.000Z', // Wed 10 Mar 19:00 EST
      '2027-03-14T00:00:00.000Z', // Sat 13 Mar 19:00 EST
      '2027-03-15T23:00:00.000Z', // Mon 15 Mar 19:00 EDT
      '2027-03-17T23:00:00.000Z', // Wed 17 Mar 19:00 EDT
    ]);
  });

  it('stay at 19:00 local across the UK fall-back change (2026-10-25)', () => {
    const got = nextReminders({ days: ['sat', 'mon'], time: '19:00' }, Z('2026-10-23T12:00:00Z'), 'Europe/London', 2);
    expect(got.map((t) => new Date(t).toISOString())).toEqual(['2026-10-24T18:00:00.000Z', '2026-10-26T19:00:00.000Z']);
  });

  it('follow the learner to another time zone', () => {
    const got = nextReminders({ days: ['fri'], time: '07:15' }, Z('2026-11-26T00:00:00Z'), 'Asia/Tokyo', 2);
    expect(got.map((t) => new Date(t).toISOString())).toEqual(['2026-11-26T22:15:00.000Z', '2026-12-03T22:15:00.000Z']);
  });

  it('are strictly after the given instant, so the one just shown is not repeated', () => {
    const at = Z('2026-11-30T19:00:00Z'); // a Monday, 19:00 in UTC
    const got = nextReminders({ days: ['mon'], time: '19:00' }, at, 'UTC', 1);
    expect(new Date(got[0]!).toISOString()).toBe('2026-12-07T19:00:00.000Z');
  });

  it('resolve a time skipped by spring-forward to the same distance after it, and a repeated time to its first occurrence', () => {
    expect(new Date(instantOf({ year: 2027, month: 3, day: 14, hour: 2, minute: 30 }, 'America/New_York')).toISOString()).toBe('2027-03-14T07:30:00.000Z');
    // 01:30 happens twice on 2026-11-01 in New York: first at UTC−4 (05:30Z), then at UTC−5.
    expect(new Date(instantOf({ year: 2026, month: 11, day: 1, hour: 1, minute: 30 }, 'America/New_York')).toISOString()).toBe('2026-11-01T05:30:00.000Z');
    // East of Greenwich: 02:30 happens twice in Berlin on 2026-10-25, first at UTC+2 (00:30Z).
    expect(new Date(instantOf({ year: 2026, month: 10, day: 25, hour: 2, minute: 30 }, 'Europe/Berlin')).toISOString()).toBe('2026-10-25T00:30:00.000Z');
    // And 01:30 on the spring-forward morning (2027-03-28) is still winter time, UTC+1.
    expect(new Date(instantOf({ year: 2027, month: 3, day: 28, hour: 1, minute: 30 }, 'Europe/Berlin')).toISOString()).toBe('2027-03-28T00:30:00.000Z');
  });

  it('name the problem with bad settings', () => {
    expect(reminderSettingsProblem({ days: ['funday'], time: '19:00' })).toMatch(/^days: "funday" is not a day/);
    expect(reminderSettingsProblem({ days: ['mon'], time: '25:00' })).toMatch(/^time: "25:00" is not a time of day/);
    expect(reminderSettingsProblem({ days: [], time: '19:00' })).toMatch(/^days:/);
    expect(reminderSettingsProblem({ days: ['mon', 'mon'], time: '19:00' })).toMatch(/twice/);
    expect(reminderSettingsProblem({ days: ['mon'], time: '23:00', quiet: { from: '22:00', to: '07:00' } })).toMatch(/quiet hours/);
    expect(reminderSettingsProblem({ days: ['mon'], time: '19:00', quiet: { from: '22:00', to: '07:00' } })).toBeNull();
    expect(() => nextReminders({ days: ['mon'], time: '7pm' }, 0, 'UTC', 1)).toThrow(/time/);
  });
});

describe('snooze', () => {
  it('comes back after the chosen minutes', () => {
    expect(snoozeUntil(Z('2026-11-26T19:00:00Z'), 10, 'UTC')).toBe(Z('2026-11-26T19:10:00Z'));
  });
  it('never lands inside quiet hours', () => {
    const quiet = { from: '22:00', to: '07:00' };
    // 21:50 + 30 min = 22:20, inside 22:00–07:00 in Berlin (UTC+1 in November): moved to 07:00 next morning.
    expect(new Date(snoozeUntil(Z('2026-11-26T20:50:00Z'), 30, 'Europe/Berlin', quiet)).toISOString()).toBe('2026-11-27T06:00:00.000Z');
    // 01:00 + 30 min is still inside, and the quiet hours end the same morning.
    expect(new Date(snoozeUntil(Z('2026-11-27T00:00:00Z'), 30, 'Europe/Berlin', quiet)).toISOString()).toBe('2026-11-27T06:00:00.000Z');
  });
  it('refuses a nonsense length', () => {
    expect(() => snoozeUntil(0, 0, 'UTC')).toThrow(/minutes/);
  });
});
