import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { APP_INFO_CHANNEL, EXPORT_FILE_CHANNEL, IMPORT_FILE_CHANNEL, RESTORE_CHANNEL, channelFor } from '../../shared/contract/methods';
import { registerAppIpc } from '../../electron/shell/app/app-ipc';
import type { IpcEventLike } from '../../electron/shell/app/ipc';
import { profile, tempDir } from '../helpers';

const fake = vi.hoisted(() => ({ current: null as ReturnType<typeof import('./fake-electron').makeFakeElectron> | null }));
vi.mock('electron', () => fake.current!.electron);

type Handler = (event: IpcEventLike, ...args: unknown[]) => unknown;
const appFrame = { senderFrame: { url: 'app://pathwise/index.html' } };
const FOREIGN = [
  { senderFrame: { url: 'https://evil.example/' } },
  { senderFrame: { url: 'file:///index.html' } },
  { senderFrame: { url: 'app://evil/index.html' } },
  { senderFrame: null },
  {},
];

describe('every app channel checks its sender before doing anything', () => {
  function setup() {
    const handlers = new Map<string, Handler>();
    const calls: string[] = [];
    registerAppIpc(
      { handle: (c: string, fn: Handler) => void handlers.set(c, fn) },
      {
        info: () => (calls.push('info'), { version: '1', dataDir: '/secret/path', catalogVersion: 'c', shell: 'desktop' }),
        isCatalogUrl: () => true,
        confirmOpen: async () => true,
        openExternal: async () => void calls.push('openExternal'),
        files: {
          service: () => {
            calls.push('service');
            return { call: () => ({ ok: true, value: { filename: 'a.md', content: '# a', mimeType: 'text/markdown' } }), close: () => undefined } as never;
          },
          askSavePath: async () => (calls.push('askSavePath'), null),
          askOpenPath: async () => (calls.push('askOpenPath'), null),
          printToPdf: async () => (calls.push('printToPdf'), new Uint8Array()),
        },
        restore: async (name) => (calls.push('restore'), { ok: true, value: { restored: name } }),
      },
    );
    return { handlers, calls };
  }
  const cases: [string, string, unknown[]][] = [
    ['app-info', APP_INFO_CHANNEL, []],
    ['export-file', EXPORT_FILE_CHANNEL, [{ goalId: 1, format: 'md' }]],
    ['import-file', IMPORT_FILE_CHANNEL, []],
    ['restore', RESTORE_CHANNEL, ['pathwise-20261125T100000000Z-manual.db']],
  ];
  for (const [name, channel, args] of cases) {
    it(`${name}: a foreign or missing sender is refused and nothing runs; the app's own frame is served`, async () => {
      const { handlers, calls } = setup();
      for (const event of FOREIGN) expect(await handlers.get(channel)!(event, ...args)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(calls).toEqual([]);
      await handlers.get(channel)!(appFrame, ...args);
      expect(calls.length).toBeGreaterThan(0);
    });
  }
});

describe('main.ts: the app:// scheme and the print window', () => {
  let dataDir: string;
  beforeAll(async () => {
    fake.current = (await import('./fake-electron')).makeFakeElectron();
    dataDir = tempDir('file');
    process.env.PATHWISE_DATA_DIR = dataDir;
    await import('../../electron/shell/main');
    fake.current.resolveReady();
    await new Promise((r) => setTimeout(r, 50));
  });

  it('registers app:// with exactly its privileges: never bypassCSP', () => {
    const calls = vi.mocked(fake.current!.electron.protocol.registerSchemesAsPrivileged).mock.calls;
    expect(calls).toHaveLength(1);
    const [schemes] = calls[0] as unknown as [{ scheme: string; privileges: Record<string, boolean> }[]];
    expect(schemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }]);
    expect(schemes[0]!.privileges.bypassCSP).toBeUndefined();
  });

  it('prints a PDF in a hidden window with JavaScript off, sandboxed, with no preload', async () => {
    const call = (ch: string, ...a: unknown[]) => (fake.current!.handlers.get(ch) as Handler)(appFrame, ...a);
    const created = (await call(channelFor('createGoal'), { profile: profile(), title: 'Printed' })) as { ok: true; value: { goal: { id: number } } };
    const out = join(dataDir, 'plan.pdf');
    fake.current!.electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: out });
    const before = fake.current!.windows.length;
    expect(await call(EXPORT_FILE_CHANNEL, { goalId: created.value.goal.id, format: 'pdf' })).toEqual({ ok: true, value: { saved: true } });
    const printer = fake.current!.windows.slice(before).find((w) => w.options.show === false);
    expect(printer).toBeDefined();
    const prefs = printer!.options.webPreferences as Record<string, unknown>;
    expect(prefs.javascript).toBe(false);
    expect(prefs).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(prefs.preload).toBeUndefined();
    expect(existsSync(out) && readFileSync(out, 'utf8').startsWith('%PDF-')).toBe(true);
  });
});
