import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { COMMAND_CHANNEL, METHOD_NAMES, OPEN_EXTERNAL_CHANNEL, channelFor } from '../../shared/contract/methods';
import { tempDir } from '../helpers';
import { makeFakeElectron } from './fake-electron';

const fake = vi.hoisted(() => ({ current: null as ReturnType<typeof import('./fake-electron').makeFakeElectron> | null }));
vi.mock('electron', () => fake.current!.electron);

describe('electron/shell/main.ts wiring (with a stand-in electron module)', () => {
  beforeAll(async () => {
    fake.current = makeFakeElectron();
    process.env.PATHWISE_DATA_DIR = tempDir();
    process.env.XDG_CONFIG_HOME = tempDir();
    await import('../../electron/shell/main');
    fake.current.resolveReady();
    await new Promise((r) => setTimeout(r, 50));
  });

  it('registers app:// as a privileged standard, secure scheme before ready', () => {
    const e = fake.current!.electron;
    expect(e.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
    expect(e.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });

  it('asks for the single-instance lock', () => {
    expect(fake.current!.electron.app.requestSingleInstanceLock).toHaveBeenCalled();
    expect(fake.current!.appListeners.has('second-instance')).toBe(true);
  });

  it('opens one window, isolated and sandboxed, on app:// and never file://', () => {
    const [win] = fake.current!.windows;
    expect(fake.current!.windows).toHaveLength(1);
    expect(win!.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(win!.loaded).toBe('app://pathwise/index.html');
    expect(win!.webContents.openHandler!({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    let prevented = false;
    win!.webContents.listeners.get('will-navigate')!({ preventDefault: () => (prevented = true) }, 'https://evil.example');
    expect(prevented).toBe(true);
  });

  it('denies permissions and hardens any other web contents too', () => {
    const s = fake.current!.electron.session.defaultSession;
    expect(s.setPermissionRequestHandler).toHaveBeenCalled();
    expect(s.setPermissionCheckHandler).toHaveBeenCalled();
    expect(fake.current!.appListeners.has('web-contents-created')).toBe(true);
  });

  it("exposes exactly the contract's methods over IPC, each checking its sender", async () => {
    const channels = [...fake.current!.handlers.keys()];
    for (const m of METHOD_NAMES) expect(channels).toContain(channelFor(m));
    expect(channels).toContain(OPEN_EXTERNAL_CHANNEL);
    const list = fake.current!.handlers.get(channelFor('listGoals'))!;
    expect(await list({ senderFrame: { url: 'https://evil.example' } }, {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await list({ senderFrame: { url: 'app://pathwise/index.html' } }, {})).toEqual({ ok: true, value: [] });
  });

  it('serves the renderer through the protocol handler with a CSP, refusing traversal', async () => {
    const handler = vi.mocked(fake.current!.electron.protocol.handle).mock.calls[0]![1] as (r: { url: string }) => Promise<Response>;
    const bad = await handler({ url: 'app://pathwise/%2e%2e%2f%2e%2e%2fpackage.json' });
    expect(bad.status).toBe(403);
    expect(bad.headers.get('Content-Security-Policy')).toMatch(/default-src 'none'/);
  });

  it('keeps the study rhythm in step with settings saved from the page: login item, tray and reminders', async () => {
    const setRhythm = fake.current!.handlers.get(channelFor('setRhythm'))!;
    const page = { senderFrame: { url: 'app://pathwise/index.html' } };
    const entry = join(process.env.XDG_CONFIG_HOME!, 'autostart', 'pathwise.desktop');
    expect(fake.current!.trays.filter((t) => !t.destroyed)).toHaveLength(0);
    expect(await setRhythm(page, { openAtLogin: true })).toMatchObject({ ok: true });
    if (process.platform === 'linux') expect(readFileSync(entry, 'utf8')).toContain('--hidden');
    const tray = fake.current!.trays.find((t) => !t.destroyed)!;
    expect(tray).toBeDefined();
    // The tray's "This week" brings the window up on the week.
    const week = (tray.menu as { label?: string; click?: () => void }[]).find((m) => m.label === 'This week')!;
    week.click!();
    expect(fake.current!.windows[0]!.webContents.sent).toContainEqual([COMMAND_CHANNEL, 'open-week']);
    expect(await setRhythm(page, { openAtLogin: false })).toMatchObject({ ok: true });
    expect(tray.destroyed).toBe(true);
    if (process.platform === 'linux') expect(existsSync(entry)).toBe(false);
  });
});
