import { describe, expect, it } from 'vitest';
import { registerAppIpc } from '../../electron/shell/app/app-ipc';
import { registerServiceIpc, type IpcEventLike } from '../../electron/shell/app/ipc';
import { METHOD_NAMES, OPEN_EXTERNAL_CHANNEL, channelFor } from '../../shared/contract/methods';
import { profile, tempService } from '../helpers';

type Handler = (event: IpcEventLike, ...args: unknown[]) => unknown;

function fakeIpcMain() {
  const handlers = new Map<string, Handler>();
  return { handlers, handle: (channel: string, fn: Handler) => void handlers.set(channel, fn) };
}

const appFrame = { senderFrame: { url: 'app://pathwise/index.html' } };

describe('service IPC', () => {
  it('registers one handler per contract method and nothing else', () => {
    const ipc = fakeIpcMain();
    registerServiceIpc(ipc, tempService().service);
    expect([...ipc.handlers.keys()].sort()).toEqual(METHOD_NAMES.map(channelFor).sort());
  });

  it("answers the app's own frame and refuses any other sender, changing nothing", async () => {
    const ipc = fakeIpcMain();
    const { service } = tempService();
    registerServiceIpc(ipc, service);
    const create = ipc.handlers.get(channelFor('createGoal'))!;
    for (const event of [{ senderFrame: { url: 'https://evil.example/' } }, { senderFrame: { url: 'file:///index.html' } }, { senderFrame: null }, {}]) {
      expect(await create(event, { profile: profile() })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(service.call('listGoals', {})).toEqual({ ok: true, value: [] });
    expect(await create(appFrame, { profile: profile() })).toMatchObject({ ok: true, value: { goal: { id: 1 } } });
  });

  it('validates every payload with the contract and answers errors as data', async () => {
    const ipc = fakeIpcMain();
    registerServiceIpc(ipc, tempService().service);
    const log = ipc.handlers.get(channelFor('logTime'))!;
    expect(await log(appFrame, { itemId: 'x', minutes: 5 })).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'itemId' } });
    expect(await log(appFrame, { itemId: 1, minutes: 5 }, 'extra')).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await log(appFrame)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});

describe('app IPC: openExternal', () => {
  function setup(confirm: boolean) {
    const ipc = fakeIpcMain();
    const opened: string[] = [];
    const asked: string[] = [];
    registerAppIpc(ipc, {
      info: () => ({ version: '1', dataDir: '/d', catalogVersion: 'c', shell: 'desktop' }),
      isCatalogUrl: (u) => u === 'https://keras.io/guides',
      confirmOpen: async (u) => (asked.push(u), confirm),
      openExternal: async (u) => void opened.push(u),
      files: {
        service: () => {
          throw new Error('unused');
        },
        askSavePath: async () => null,
        askOpenPath: async () => null,
        printToPdf: async () => new Uint8Array(),
      },
      restore: async (name) => ({ ok: true, value: { restored: name } }),
    });
    return { open: ipc.handlers.get(OPEN_EXTERNAL_CHANNEL)!, opened, asked };
  }

  it("opens catalog links at once and asks before a learner's own link", async () => {
    const yes = setup(true);
    expect(await yes.open(appFrame, 'https://keras.io/guides')).toEqual({ ok: true, value: { opened: true } });
    expect(yes.asked).toEqual([]);
    expect(await yes.open(appFrame, 'https://example.com/my-course')).toEqual({ ok: true, value: { opened: true } });
    expect(yes.asked).toEqual(['https://example.com/my-course']);
    const no = setup(false);
    expect(await no.open(appFrame, 'https://example.com/my-course')).toEqual({ ok: true, value: { opened: false } });
    expect(no.opened).toEqual([]);
  });

  it('never opens a non-https URL or serves a foreign sender', async () => {
    const s = setup(true);
    expect(await s.open(appFrame, 'file:///etc/passwd')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await s.open({ senderFrame: { url: 'https://evil.example' } }, 'https://keras.io/guides')).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(s.opened).toEqual([]);
  });
});
