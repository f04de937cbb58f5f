import { describe, expect, it, vi } from 'vitest';
import { APP_INFO_CHANNEL, COMMAND_CHANNEL, METHOD_NAMES, OPEN_EXTERNAL_CHANNEL, channelFor } from '../../shared/contract/methods';

const exposed = vi.hoisted(() => ({
  key: '',
  api: null as Record<string, unknown> | null,
  invoke: [] as unknown[][],
  listeners: new Map<string, (...a: unknown[]) => void>(),
}));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: Record<string, unknown>) => ((exposed.key = key), (exposed.api = api)) },
  ipcRenderer: {
    invoke: (...args: unknown[]) => (exposed.invoke.push(args), Promise.resolve({ ok: true, value: null })),
    on: (channel: string, fn: (...a: unknown[]) => void) => void exposed.listeners.set(channel, fn),
    removeListener: (channel: string) => void exposed.listeners.delete(channel),
  },
}));

describe('preload', () => {
  it('exposes only the named service functions and the app functions, no raw ipcRenderer', async () => {
    await import('../../electron/shell/preload');
    expect(exposed.key).toBe('pathwise');
    const api = exposed.api!;
    expect(Object.keys(api).sort()).toEqual([...METHOD_NAMES, 'app'].sort());
    expect(Object.keys(api.app as object).sort()).toEqual(['appInfo', 'exportFile', 'importFile', 'onCommand', 'openExternal', 'restoreBackup']);
    for (const v of Object.values(api)) expect(v).not.toHaveProperty('invoke');
    await (api.logTime as (i: unknown) => Promise<unknown>)({ itemId: 1, minutes: 5 });
    await (api.app as { openExternal(u: string): Promise<unknown> }).openExternal('https://keras.io');
    await (api.app as { appInfo(): Promise<unknown> }).appInfo();
    expect(exposed.invoke).toEqual([[channelFor('logTime'), { itemId: 1, minutes: 5 }], [OPEN_EXTERNAL_CHANNEL, 'https://keras.io'], [APP_INFO_CHANNEL]]);
  });

  it('passes on only known menu commands and can unsubscribe', async () => {
    await import('../../electron/shell/preload');
    const got: unknown[] = [];
    const off = (exposed.api!.app as { onCommand(l: (c: unknown) => void): () => void }).onCommand((c) => got.push(c));
    const fire = exposed.listeners.get(COMMAND_CHANNEL)!;
    fire({}, 'new-goal');
    fire({}, 'rm -rf /');
    fire({}, { evil: true });
    expect(got).toEqual(['new-goal']);
    off();
    expect(exposed.listeners.has(COMMAND_CHANNEL)).toBe(false);
  });
});
