import { describe, expect, it } from 'vitest';
import { focusPhase, stopOutcome } from '../../shared/rhythm/session';

const start = Date.parse('2027-03-14T06:30:00Z');
const s = { itemId: 7, startedAt: start };

describe('stopping a study session', () => {
  it('ignores a mis-click of a few seconds', () => {
    expect(stopOutcome(s, start + 20_000).kind).toBe('ignored');
  });
  it('logs the measured minutes', () => {
    expect(stopOutcome(s, start + 47 * 60_000 + 10_000)).toEqual({ kind: 'log', minutes: 47 });
  });
  it('asks before logging a session left running for hours', () => {
    const out = stopOutcome(s, start + 4 * 3_600_000);
    expect(out).toMatchObject({ kind: 'confirm', minutes: 240 });
  });
  it('measures real time across a daylight-saving change (01:30 EST to 03:30 EDT is one hour)', () => {
    expect(stopOutcome(s, Date.parse('2027-03-14T07:30:00Z'))).toEqual({ kind: 'log', minutes: 60 });
  });
  it('counts a clock set back before the start as no time', () => {
    expect(stopOutcome(s, start - 3_600_000).kind).toBe('ignored');
  });
  it('takes the learner’s minutes over the measured ones, within reason', () => {
    expect(stopOutcome(s, start + 5_000, 30)).toEqual({ kind: 'log', minutes: 30 });
    expect(() => stopOutcome(s, start, 0)).toThrow(/minutes/);
    expect(() => stopOutcome(s, start, 2.5)).toThrow(/minutes/);
  });
});

describe('focus rhythm', () => {
  it('turns from focus to break at 25 minutes and back at 30', () => {
    expect(focusPhase(s, start + 10 * 60_000)).toEqual({ phase: 'focus', round: 1, nextTurnAt: start + 25 * 60_000 });
    expect(focusPhase(s, start + 26 * 60_000)).toEqual({ phase: 'break', round: 1, nextTurnAt: start + 30 * 60_000 });
    expect(focusPhase(s, start + 31 * 60_000)).toEqual({ phase: 'focus', round: 2, nextTurnAt: start + 55 * 60_000 });
  });
  it('follows a configured rhythm', () => {
    expect(focusPhase(s, start + 51 * 60_000, { focusMinutes: 50, breakMinutes: 10 })).toMatchObject({ phase: 'break', nextTurnAt: start + 60 * 60_000 });
  });
});
