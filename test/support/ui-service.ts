import { createService } from '../../electron/core/service/index';
import { METHOD_NAMES, type MethodName } from '../../shared/contract/methods';
import { seedLargePlan } from '../e2e/harness';
import { manualClock, tempService } from '../helpers';

/**
 * A real service over a real SQLite file in a temp folder, shaped like `window.pathwise`, for the
 * component tests. Answers are copied as IPC would, recorded, and can be held back to arrive late.
 */
export function createUiService(today = '2026-11-26') {
  const clock = manualClock(`${today}T10:00:00Z`);
  const made = tempService(clock);
  const { db } = made;
  let service = made.service;
  const calls: { method: MethodName; input: unknown }[] = [];
  const held = new Map<MethodName, Promise<void>[]>();
  const failing = new Map<MethodName, { after: number; error: { code: string; message: string } }>();

  const api = Object.fromEntries(
    METHOD_NAMES.map((method) => [
      method,
      async (input: unknown) => {
        calls.push({ method, input });
        const failure = failing.get(method);
        if (failure && failure.after-- === 0) {
          failing.delete(method);
          return { ok: false, error: failure.error };
        }
        // Run now, in call order, as the real service does; only the answer's delivery may wait.
        const result = structuredClone(service.call(method, input));
        const gate = held.get(method)?.shift();
        if (gate) await gate;
        return result;
      },
    ]),
  );
  return {
    api: {
      ...api,
      app: {
        openExternal: async () => ({ ok: true, value: { opened: true } }),
        appInfo: async () => ({ version: 'test', dataDir: '/tmp', catalogVersion: 'test', shell: 'preview' as const }),
        exportFile: async () => ({ ok: true, value: { saved: true } }),
        importFile: async () => ({ ok: true, value: { goalId: null } }),
        restoreBackup: async () => ({ ok: false, error: { code: 'unavailable', message: 'not in tests' } }),
        onCommand: () => () => undefined,
      },
    },
    calls,
    /** The next answer of `method` waits until the returned function is called. */
    hold(method: MethodName): () => void {
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      held.set(method, [...(held.get(method) ?? []), gate]);
      return release;
    },
    /** The call of `method` after the next `after` ones answers `error` instead of running. */
    failCall(method: MethodName, after: number, error: { code: string; message: string }): void {
      failing.set(method, { after, error });
    },
    /** Straight to the service, bypassing the page: what is really stored. */
    call(method: MethodName, input: unknown): unknown {
      const r = service.call(method, input);
      if (!r.ok) throw new Error(r.error.message);
      return r.value;
    },
    /**
     * A goal whose plan holds `n` chained resources, written straight to the database; the service is
     * then opened afresh, as a learner reopening the app would find it.
     */
    largeGoal(n: number): number {
      const goalId = seedLargePlan(db, n);
      service = createService(db, clock);
      return goalId;
    },
    /** The service's clock, for tests that move time on both sides. */
    clock,
    close: () => db.close(),
  };
}
