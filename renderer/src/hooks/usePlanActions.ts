import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useRef } from 'react';
import type { PlanItem } from '../../../shared/contract/views';
import type { ItemStatus } from '../../../shared/planner/types';
import { cachedPlan, changesSchedule, patchItem, planKey } from '../data/plan-cache';
import { invalidateGoal } from '../data/query';
import { call, messageOf } from '../lib/api';
import { STATUS_LABEL } from '../lib/format';
import { useFeedback } from '../state/feedback';

export interface PlanActions {
  setStatus(itemId: number, status: ItemStatus): Promise<void>;
  /** Unticks a done item: it goes back to the status it had before it was marked done. */
  untick(itemId: number): Promise<void>;
  setNotes(itemId: number, notes: string): Promise<void>;
  logTime(itemId: number, minutes: number, note: string, day?: string): Promise<void>;
  reorder(order: number[]): Promise<boolean>;
}

/**
 * What the plan screen can do to a goal's items. The callbacks never change for a goal (they read the
 * cache when called), so the virtualized rows they are passed to stay memoized.
 */
export function usePlanActions(goalId: number): PlanActions {
  const client = useQueryClient();
  const { notify, fail } = useFeedback();
  // The newest request per item: an older answer arriving later must not overwrite a newer change.
  const latest = useRef(new Map<number, number>());
  const seq = useRef(0);

  return useMemo(() => {
    const find = (itemId: number) => cachedPlan(client, goalId)?.items.find((i) => i.id === itemId);
    const settle = (schedule: boolean) => invalidateGoal(client, goalId, { plan: schedule });

    /** Shows `optimistic` at once; the service's answer replaces it unless a newer change came since. */
    const changeItem = async (before: PlanItem, optimistic: PlanItem, request: () => Promise<PlanItem>, schedule: boolean) => {
      const mine = ++seq.current;
      latest.current.set(before.id, mine);
      // A plan read already under way was asked before this change: its answer is stale.
      void client.cancelQueries({ queryKey: planKey(goalId) });
      patchItem(client, optimistic);
      try {
        const item = await request();
        if (latest.current.get(before.id) === mine) patchItem(client, item);
        return item;
      } catch (e) {
        if (latest.current.get(before.id) === mine) patchItem(client, before);
        throw e;
      } finally {
        void settle(schedule);
      }
    };

    const setStatusQuietly = async (itemId: number, status: ItemStatus) => {
      const before = find(itemId);
      if (!before || before.status === status) return null;
      await changeItem(before, { ...before, status }, () => call('setItemStatus', { itemId, status }), changesSchedule(before.status, status));
      return before;
    };

    const setStatus = async (itemId: number, status: ItemStatus) => {
      try {
        const before = await setStatusQuietly(itemId, status);
        if (before) notify(`“${before.title}” is now ${STATUS_LABEL[status].toLowerCase()}.`, async () => void (await setStatusQuietly(itemId, before.status)));
      } catch (e) {
        fail(messageOf(e));
      }
    };

    const untick = async (itemId: number) => {
      const before = find(itemId);
      if (!before || before.status !== 'done') return;
      try {
        // Shown as "in progress" until the service says which status it returned to.
        const item = await changeItem(before, { ...before, status: 'in-progress' }, () => call('reopenItem', { itemId }), false);
        notify(`“${before.title}” is ${STATUS_LABEL[item.status].toLowerCase()} again.`, async () => void (await setStatusQuietly(itemId, 'done')));
      } catch (e) {
        fail(messageOf(e));
      }
    };

    const setNotes = async (itemId: number, notes: string) => {
      const before = find(itemId);
      if (!before || before.notes === notes) return;
      await changeItem(before, { ...before, notes }, () => call('setItemNotes', { itemId, notes }), false);
    };

    const logTime = async (itemId: number, minutes: number, note: string, day?: string) => {
      await call('logTime', { itemId, minutes, ...(note.trim() ? { note: note.trim() } : {}), ...(day ? { day } : {}) });
      await settle(true);
      notify(`Logged ${minutes} minutes.`);
    };

    const reorderQuietly = async (order: number[]) => {
      const plan = await call('reorderPlan', { goalId, itemIds: order });
      void client.cancelQueries({ queryKey: planKey(goalId) });
      client.setQueryData(planKey(goalId), plan);
      void invalidateGoal(client, goalId, { plan: false });
    };

    const reorder = async (order: number[]) => {
      const before = cachedPlan(client, goalId)?.items.map((i) => i.id);
      try {
        await reorderQuietly(order);
        if (before) notify('Moved.', () => reorderQuietly(before));
        return true;
      } catch (e) {
        fail(messageOf(e));
        return false;
      }
    };

    return { setStatus, untick, setNotes, logTime, reorder };
  }, [client, goalId, notify, fail]);
}
