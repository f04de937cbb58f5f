import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startStudyRhythm } from '../../electron/shell/app/rhythm-wiring';
import { createService } from '../../electron/core/service/index';
import { ok, profile, tempDb } from '../helpers';

class FakeNotification {
  static shown: FakeNotification[] = [];
  static isSupported = () => true;
  click: () => void = () => undefined;
  constructor(readonly options: { title: string; body: string }) {}
  on(_e: 'click', fn: () => void) {
    this.click = fn;
  }
  show() {
    FakeNotification.shown.push(this);
  }
}

let autostart: string;
beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2026-11-30T18:00:00Z')); // Monday, TZ=UTC
  FakeNotification.shown = [];
  autostart = mkdtempSync(join(tmpdir(), 'pathwise-autostart-'));
});
afterEach(() => {
  vi.useRealTimers();
  rmSync(autostart, { recursive: true, force: true });
});

function setup() {
  const { db } = tempDb();
  const service = createService(db, { now: () => new Date(Date.now()) });
  ok(service.call('createGoal', { profile: profile(), title: 'Vision' }));
  const openWeek = vi.fn();
  const rhythm = startStudyRhythm({
    Notification: FakeNotification,
    service: () => service,
    openWeek,
    login: { platform: 'linux', app: { setLoginItemSettings: vi.fn() }, execPath: '/opt/Pathwise/pathwise', autostartDir: autostart },
  });
  return { service: rhythm.watching(service), rhythm, openWeek };
}

describe('desktop study rhythm wiring (stand-in Notification, real service)', () => {
  it('shows the reminder at the chosen time once settings are saved through the IPC-facing service, and a click opens This week', async () => {
    const { service, rhythm, openWeek } = setup();
    ok(service.call('setRhythm', { reminders: { days: ['mon'], time: '19:00' } }));
    await vi.advanceTimersByTimeAsync(59 * 60_000);
    expect(FakeNotification.shown).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(2 * 60_000);
    expect(FakeNotification.shown).toHaveLength(1);
    expect(FakeNotification.shown[0]!.options.body).toMatch(/^Next: .+ — about \d+ min \(Vision\)\./);
    FakeNotification.shown[0]!.click();
    expect(openWeek).toHaveBeenCalledOnce();
    rhythm.stop();
  });

  it('takes new settings at once, not at the next wake of the loop', async () => {
    const { service, rhythm } = setup();
    ok(service.call('setRhythm', { reminders: { days: ['mon'], time: '18:01' } }));
    await vi.advanceTimersByTimeAsync(2 * 60_000);
    expect(FakeNotification.shown).toHaveLength(1);
    rhythm.stop();
  });

  it('brings a snoozed reminder back', async () => {
    const { service, rhythm } = setup();
    ok(service.call('setRhythm', { reminders: { days: ['mon'], time: '19:00' } }));
    await vi.advanceTimersByTimeAsync(61 * 60_000);
    ok(service.call('snoozeReminder', { minutes: 10 }));
    await vi.advanceTimersByTimeAsync(11 * 60_000);
    expect(FakeNotification.shown).toHaveLength(2);
    rhythm.stop();
  });

  it('adds and removes the login item as the setting changes, and keeps the app in the tray while it is on', () => {
    const { service, rhythm } = setup();
    const entry = join(autostart, 'pathwise.desktop');
    expect(existsSync(entry)).toBe(false);
    expect(rhythm.keepInTray()).toBe(false);
    ok(service.call('setRhythm', { openAtLogin: true }));
    expect(readFileSync(entry, 'utf8')).toContain('Exec="/opt/Pathwise/pathwise" --hidden');
    expect(rhythm.keepInTray()).toBe(true);
    ok(service.call('setRhythm', { openAtLogin: false }));
    expect(existsSync(entry)).toBe(false);
    rhythm.stop();
  });
});
