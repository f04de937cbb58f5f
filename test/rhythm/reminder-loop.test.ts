import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startReminderLoop } from '../../shared/rhythm/reminder-loop';
import type { ReminderSettings } from '../../shared/rhythm/reminders';

// The loop runs on Vitest's fake clock: Date.now and setTimeout move together, as they do in the app.
beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function run(settings: () => (ReminderSettings & { snoozedUntil?: number | null }) | null, zone = 'UTC') {
  const shown: string[] = [];
  const loop = startReminderLoop({
    now: () => Date.now(),
    setTimer: (fn, ms) => setTimeout(fn, ms),
    clearTimer: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
    zone: () => zone,
    settings,
    notice: () => ({ title: 'Study time', body: 'Next: CNNs (45 min)' }),
    show: () => shown.push(new Date(Date.now()).toISOString()),
  });
  return { shown, loop };
}

describe('the reminder loop', () => {
  it('shows a notification at each chosen time and none in between', async () => {
    vi.setSystemTime(new Date('2026-11-30T08:00:00Z')); // a Monday morning
    const { shown, loop } = run(() => ({ days: ['mon', 'wed'], time: '19:00' }));
    await vi.advanceTimersByTimeAsync(3 * 86_400_000);
    expect(shown).toEqual(['2026-11-30T19:00:00.000Z', '2026-12-02T19:00:00.000Z']);
    loop.stop();
  });

  it('does not replay a reminder from before the app started', async () => {
    vi.setSystemTime(new Date('2026-11-30T19:05:00Z'));
    const { shown, loop } = run(() => ({ days: ['mon'], time: '19:00' }));
    await vi.advanceTimersByTimeAsync(86_400_000);
    expect(shown).toEqual([]);
    loop.stop();
  });

  it('skips a reminder the machine slept through, instead of showing it hours late', async () => {
    vi.setSystemTime(new Date('2026-11-30T18:00:00Z'));
    const { shown, loop } = run(() => ({ days: ['mon', 'tue'], time: '19:00' }));
    // The laptop sleeps: the wall clock jumps five hours while no timer runs.
    vi.setSystemTime(new Date('2026-11-30T23:00:00Z'));
    await vi.advanceTimersByTimeAsync(20 * 3_600_000 + 60_000);
    expect(shown).toEqual(['2026-12-01T19:00:00.000Z']);
    loop.stop();
  });

  it('shows a snoozed reminder again at the snooze time', async () => {
    vi.setSystemTime(new Date('2026-11-30T18:59:00Z'));
    let snoozedUntil: number | null = null;
    const { shown, loop } = run(() => ({ days: ['mon'], time: '19:00', snoozedUntil }));
    await vi.advanceTimersByTimeAsync(2 * 60_000);
    snoozedUntil = Date.parse('2026-11-30T19:11:00Z');
    loop.refresh();
    await vi.advanceTimersByTimeAsync(3_600_000);
    expect(shown).toEqual(['2026-11-30T19:00:00.000Z', '2026-11-30T19:11:00.000Z']);
    loop.stop();
  });

  it('follows changed settings and stays quiet when reminders are off', async () => {
    vi.setSystemTime(new Date('2026-11-30T08:00:00Z'));
    let on = true;
    const { shown, loop } = run(() => (on ? { days: ['mon', 'tue'], time: '19:00' } : null));
    await vi.advanceTimersByTimeAsync(12 * 3_600_000);
    on = false;
    loop.refresh();
    await vi.advanceTimersByTimeAsync(2 * 86_400_000);
    expect(shown).toEqual(['2026-11-30T19:00:00.000Z']);
    loop.stop();
  });

  it('keeps 19:00 local when daylight saving ends', async () => {
    vi.setSystemTime(new Date('2026-10-24T12:00:00Z'));
    const { shown, loop } = run(() => ({ days: ['sat', 'sun'], time: '19:00' }), 'Europe/London');
    await vi.advanceTimersByTimeAsync(2 * 86_400_000);
    expect(shown).toEqual(['2026-10-24T18:00:00.000Z', '2026-10-25T19:00:00.000Z']);
    loop.stop();
  });
});
