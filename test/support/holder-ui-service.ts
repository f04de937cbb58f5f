import { openDataHolder } from '../../electron/core/service/holder';
import { METHOD_NAMES } from '../../shared/contract/methods';
import { manualClock, tempDir } from '../helpers';
import { damageUnder } from '../reliability/fixtures';

/**
 * The page's API over the same holder the desktop app and the preview use (a real data folder in a
 * temp directory), so a test can damage the database under a running page.
 */
export function createHolderUiService(today = '2026-11-26') {
  const dir = tempDir('file');
  const holder = openDataHolder(dir, 'preview', { clock: manualClock(`${today}T10:00:00Z`), log: () => undefined });
  const api = Object.fromEntries(METHOD_NAMES.map((method) => [method, async (input: unknown) => structuredClone(holder.service.call(method, input))]));
  return {
    api: {
      ...api,
      app: {
        openExternal: async () => ({ ok: true, value: { opened: true } }),
        appInfo: async () => ({ version: 'test', dataDir: dir, catalogVersion: 'test', shell: 'preview' as const, recovery: holder.recovery() }),
        exportFile: async () => ({ ok: true, value: { saved: true } }),
        importFile: async () => ({ ok: true, value: { goalId: null } }),
        restoreBackup: async (name: string) => holder.restore(name),
        onCommand: () => () => undefined,
      },
    },
    call(method: (typeof METHOD_NAMES)[number], input: unknown): unknown {
      const r = holder.service.call(method, input);
      if (!r.ok) throw new Error(r.error.message);
      return r.value;
    },
    /** Damages the database under the running holder (see damageUnder). */
    damage: () => damageUnder(holder.database()!, `${dir}/pathwise.db`),
    recovery: () => holder.recovery(),
    close: () => holder.close(),
  };
}
