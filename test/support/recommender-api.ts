import { METHOD_NAMES, type MethodName } from '../../shared/contract/methods';
import type { PathwiseApi } from '../../shared/contract/api';
import { createService } from '../../electron/core/service/index';
import { manualClock, tempDb } from '../helpers';

/**
 * The real service on a real SQLite file, shaped as the renderer's `window.pathwise`, for component
 * tests. `calls` records what the page asked; `delay` holds replies of one method to test ordering.
 */
export function createRecommenderApi(today = '2026-11-26T09:00:00Z') {
  const { db } = tempDb();
  const service = createService(db, manualClock(today));
  const calls: { method: MethodName; input: unknown }[] = [];
  const delays = new Map<MethodName, number>();
  const methods = Object.fromEntries(
    METHOD_NAMES.map((m) => [
      m,
      async (input: unknown) => {
        calls.push({ method: m, input });
        const wait = delays.get(m);
        if (wait) await new Promise((r) => setTimeout(r, wait));
        return service.call(m, input);
      },
    ]),
  );
  const app = {
    openExternal: async () => ({ ok: true, value: { opened: false } }),
    appInfo: async () => ({ version: 'test', dataDir: '', catalogVersion: 'test', shell: 'preview' }),
    exportFile: async () => ({ ok: true, value: { saved: false } }),
    importFile: async () => ({ ok: true, value: { goalId: null } }),
    restoreBackup: async () => ({ ok: false, error: { code: 'unavailable', message: 'not in tests' } }),
    onCommand: () => () => {},
  };
  return {
    api: { ...methods, app } as unknown as PathwiseApi,
    calls,
    delays,
    call: (m: MethodName, input: unknown) => service.call(m, input),
    close: () => service.close(),
  };
}
