import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HIDDEN_ARG, setOpenAtLogin, showReminder, startedHidden, trayMenu } from '../../electron/shell/app/study-rhythm';

class FakeNotification {
  static supported = true;
  static shown: FakeNotification[] = [];
  static isSupported() {
    return FakeNotification.supported;
  }
  clicks: (() => void)[] = [];
  constructor(readonly options: { title: string; body: string }) {}
  on(_e: 'click', fn: () => void) {
    this.clicks.push(fn);
  }
  show() {
    FakeNotification.shown.push(this);
  }
}

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  FakeNotification.shown = [];
  FakeNotification.supported = true;
});

describe('desktop reminders (stand-in electron Notification)', () => {
  it('show the next item, and a click opens "This week"', () => {
    const openWeek = vi.fn();
    expect(showReminder(FakeNotification, { title: 'Time to study', body: 'Next: CNNs — 45 min' }, openWeek)).toBe(true);
    expect(FakeNotification.shown).toHaveLength(1);
    expect(FakeNotification.shown[0]!.options).toMatchObject({ title: 'Time to study', body: 'Next: CNNs — 45 min' });
    FakeNotification.shown[0]!.clicks.forEach((c) => c());
    expect(openWeek).toHaveBeenCalledOnce();
  });

  it('say so where the OS has no notifications', () => {
    FakeNotification.supported = false;
    expect(showReminder(FakeNotification, { title: 't', body: 'b' }, () => undefined)).toBe(false);
    expect(FakeNotification.shown).toHaveLength(0);
  });
});

describe('open at login', () => {
  it('uses Electron login items, hidden, on macOS and Windows', () => {
    for (const platform of ['darwin', 'win32'] as const) {
      const app = { setLoginItemSettings: vi.fn() };
      setOpenAtLogin({ platform, app, execPath: '/x', autostartDir: '/nowhere' }, true);
      expect(app.setLoginItemSettings).toHaveBeenCalledWith({ openAtLogin: true, args: [HIDDEN_ARG] });
      setOpenAtLogin({ platform, app, execPath: '/x', autostartDir: '/nowhere' }, false);
      expect(app.setLoginItemSettings).toHaveBeenLastCalledWith({ openAtLogin: false, args: [] });
    }
  });

  it('writes and removes an XDG autostart entry on Linux, quoting the path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pathwise-autostart-'));
    dirs.push(dir);
    const autostartDir = join(dir, 'autostart');
    const app = { setLoginItemSettings: vi.fn() };
    setOpenAtLogin({ platform: 'linux', app, execPath: '/opt/Path wise/pa"th$', autostartDir }, true);
    const entry = readFileSync(join(autostartDir, 'pathwise.desktop'), 'utf8');
    expect(entry.split('\n')).toContain('Exec="/opt/Path wise/pa\\"th\\$" --hidden');
    expect(entry.startsWith('[Desktop Entry]\n')).toBe(true);
    expect(app.setLoginItemSettings).not.toHaveBeenCalled();
    setOpenAtLogin({ platform: 'linux', app, execPath: '/x', autostartDir }, false);
    expect(existsSync(join(autostartDir, 'pathwise.desktop'))).toBe(false);
  });

  it('knows when the OS started it hidden', () => {
    expect(startedHidden(['/app', HIDDEN_ARG])).toBe(true);
    expect(startedHidden(['/app'])).toBe(false);
  });
});

describe('tray menu', () => {
  it('offers a snooze only while reminders are on', () => {
    const base = { openWindow: vi.fn(), openWeek: vi.fn(), quit: vi.fn() };
    const snooze = vi.fn();
    const labels = (m: ReturnType<typeof trayMenu>) => m.map((i) => ('label' in i ? i.label : '—'));
    expect(labels(trayMenu(base, null))).not.toContain('Snooze reminder 10 minutes');
    const menu = trayMenu({ ...base, snooze }, null);
    (menu.find((i) => 'label' in i && i.label === 'Snooze reminder 10 minutes') as { click: () => void }).click();
    expect(snooze).toHaveBeenCalledOnce();
  });

  it('offers the next item, the window, This week and Quit', () => {
    const actions = { openWindow: vi.fn(), openWeek: vi.fn(), quit: vi.fn() };
    const menu = trayMenu(actions, 'Next: CNNs — 45 min');
    expect(menu.map((m) => ('label' in m ? m.label : '—'))).toEqual(['Next: CNNs — 45 min', '—', 'Open Pathwise', 'This week', '—', 'Quit Pathwise']);
    const week = menu.find((m) => 'label' in m && m.label === 'This week') as { click: () => void };
    week.click();
    expect(actions.openWeek).toHaveBeenCalledOnce();
  });
});
