import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import type { Output } from '../../../shared/contract/contract';
import { apiKey, invalidateGoal, useApi } from '../data/query';
import { call, messageOf } from '../lib/api';
import { useFeedback } from '../state/feedback';

export type StopAnswer = Output<'stopSession'>;

/** The running study session, shared by the header bar and every start button. */
export function useSession() {
  const client = useQueryClient();
  const { notify, fail } = useFeedback();
  const status = useApi('sessionStatus', {});
  // A double-click on Stop must not log twice: the second click finds the first still in flight.
  const busy = useRef(false);

  const settle = useCallback(
    async (goalId: number | undefined) => {
      await client.invalidateQueries({ queryKey: apiKey('sessionStatus', {}) });
      if (goalId !== undefined) await invalidateGoal(client, goalId, { plan: true });
    },
    [client],
  );

  const start = useCallback(
    async (itemId: number) => {
      if (busy.current) return;
      busy.current = true;
      try {
        const s = await call('startSession', { itemId });
        client.setQueryData(apiKey('sessionStatus', {}), s);
        notify(`Timer started: ${s.title}.`);
      } catch (e) {
        fail(messageOf(e));
      } finally {
        busy.current = false;
      }
    },
    [client, notify, fail],
  );

  /** Stops the timer; answers what happened so the bar can ask about a session left running. */
  const stop = useCallback(
    async (input: { minutes?: number; confirm?: boolean } = {}): Promise<StopAnswer | null> => {
      if (busy.current) return null;
      busy.current = true;
      const goalId = status.data?.goalId;
      try {
        const r = await call('stopSession', input);
        if (r.outcome === 'logged') notify(`Logged ${r.minutes} min.`);
        if (r.outcome === 'ignored') notify(`Nothing logged: ${r.reason}.`);
        if (r.outcome !== 'confirm') await settle(goalId);
        return r;
      } catch (e) {
        fail(messageOf(e));
        return null;
      } finally {
        busy.current = false;
      }
    },
    [status.data?.goalId, notify, fail, settle],
  );

  const discard = useCallback(async () => {
    try {
      await call('cancelSession', {});
      notify('Timer discarded; nothing logged.');
      await settle(undefined);
    } catch (e) {
      fail(messageOf(e));
    }
  }, [notify, fail, settle]);

  return { session: status.data ?? null, start, stop, discard };
}
