import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useRef } from 'react';
import type { ItemChange, LogEntry, PlanItem, PlanView } from '../../../shared/contract/views';
import type { ItemStatus } from '../../../shared/planner/types';
import { applyEffects, cachedPlan, completePlan, patchItem, planKey } from '../data/plan-cache';
import { invalidateGoal } from '../data/query';
import { call, messageOf } from '../lib/api';
import { afterNextFrame } from '../lib/frames';
import { STATUS_LABEL } from '../lib/format';
import { useFeedback } from '../state/feedback';

/**
 * Resolves once the browser has drawn the next frame, or after FRAME_WAIT_MS if it draws none (a hidden
 * window). Starting a request costs the page several milliseconds: sent after the frame, it does not
 * hold up the row's change on screen.
 */
function nextFrameDrawn(): Promise<void> {
  return new Promise((resolve) => void afterNextFrame(resolve, FRAME_WAIT_MS));
}
const FRAME_WAIT_MS = 50;

export interface PlanActions {
  setStatus(itemId: number, status: ItemStatus): Promise<void>;
  /** Unticks a done item: it goes back to the status it had before it was marked done. */
  untick(itemId: number): Promise<void>;
  setNotes(itemId: number, notes: string): Promise<void>;
  logTime(itemId: number, minutes: number, note: string, day?: string): Promise<void>;
  reorder(order: number[]): Promise<boolean>;
  /** Takes an item out of the plan; Undo (or adding it again) brings it back with its history. */
  remove(itemId: number): Promise<void>;
  editEntry(entry: LogEntry, change: { minutes: number; day: string; note: string }): Promise<void>;
  deleteEntry(entry: LogEntry): Promise<void>;
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
  // Changes asked and not yet answered; and the newest change whose effects on the plan are shown.
  const pending = useRef(new Set<number>());
  const shownEffects = useRef(0);

  return useMemo(() => {
    const find = (itemId: number) => cachedPlan(client, goalId)?.items.find((i) => i.id === itemId);
    const settle = (schedule: boolean) => invalidateGoal(client, goalId, { plan: schedule });

    /**
     * Shows `optimistic` at once; the service's answer replaces it unless a newer change came since.
     * `answered` applies what else the answer says (for a status change, its effects on the plan);
     * `mine` orders the changes, newest highest.
     */
    const changeItem = async <T extends PlanItem>(
      before: PlanItem,
      optimistic: PlanItem,
      request: () => Promise<T>,
      answered: (item: T, mine: number) => void,
    ) => {
      const mine = ++seq.current;
      latest.current.set(before.id, mine);
      // A plan read already under way was asked before this change: its answer is stale.
      void client.cancelQueries({ queryKey: planKey(goalId) });
      patchItem(client, optimistic);
      pending.current.add(mine);
      try {
        await nextFrameDrawn();
        const item = await request();
        pending.current.delete(mine);
        if (latest.current.get(before.id) === mine) answered(item, mine);
        return item;
      } catch (e) {
        pending.current.delete(mine);
        if (latest.current.get(before.id) === mine) patchItem(client, before);
        // Newer answers may have left the plan's figures to this one: read them instead.
        if (mine > shownEffects.current) void settle(true);
        throw e;
      } finally {
        // The change cancelled any read of the whole plan under way: with every change answered, ask again.
        if (pending.current.size === 0) completePlan(client, goalId);
      }
    };

    /**
     * The answer carries what the change altered in the plan and the goal list: neither is read again.
     * Other views of the goal (this week, the dashboard) are read again if on screen, else when next
     * shown; the shell's weekly-review check only goes stale, so a key press costs one call.
     */
    const statusAnswered = (change: ItemChange, mine: number) => {
      // A newer change still on its way will carry fresher figures, and an older answer arriving late
      // carries stale ones: either way only the item is taken from it (in its shown weeks).
      if (mine < shownEffects.current || [...pending.current].some((other) => other > mine)) {
        const { effects: _effects, ...item } = change;
        const shown = find(item.id);
        patchItem(client, shown ? { ...item, startWeek: shown.startWeek, endWeek: shown.endWeek } : item);
        return;
      }
      shownEffects.current = mine;
      applyEffects(client, change);
      void invalidateGoal(client, goalId, { plan: false, goals: false, background: false });
    };

    const setStatusQuietly = async (itemId: number, status: ItemStatus) => {
      const before = find(itemId);
      if (!before || before.status === status) return null;
      await changeItem(before, { ...before, status }, () => call('setItemStatus', { itemId, status }), statusAnswered);
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
        const item = await changeItem(before, { ...before, status: 'in-progress' }, () => call('reopenItem', { itemId }), statusAnswered);
        notify(`“${before.title}” is ${STATUS_LABEL[item.status].toLowerCase()} again.`, async () => void (await setStatusQuietly(itemId, 'done')));
      } catch (e) {
        fail(messageOf(e));
      }
    };

    const setNotes = async (itemId: number, notes: string) => {
      const before = find(itemId);
      if (!before || before.notes === notes) return;
      // Notes change nothing else: the answer is the whole story.
      await changeItem(
        before,
        { ...before, notes },
        () => call('setItemNotes', { itemId, notes }),
        (item) => patchItem(client, item),
      );
    };

    const logTime = async (itemId: number, minutes: number, note: string, day?: string) => {
      await call('logTime', { itemId, minutes, ...(note.trim() ? { note: note.trim() } : {}), ...(day ? { day } : {}) });
      // Said at once; the figures that follow from it are read again behind the message.
      notify(`Logged ${minutes} minutes.`);
      void settle(true);
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

    const showPlan = (plan: PlanView) => {
      void client.cancelQueries({ queryKey: planKey(goalId) });
      client.setQueryData(planKey(goalId), plan);
      void settle(false);
    };

    const remove = async (itemId: number) => {
      const item = find(itemId);
      if (!item) return;
      try {
        showPlan(await call('removeItem', { itemId }));
        notify(`Removed “${item.title}”. Its notes and time are kept.`, async () =>
          showPlan((await call('addToPlan', { goalId, resourceId: item.resourceId })).plan),
        );
      } catch (e) {
        fail(messageOf(e));
      }
    };

    const minutesText = (m: number) => `${m} minute${m === 1 ? '' : 's'}`;

    const editEntryQuietly = async (entryId: number, change: { minutes: number; day: string; note: string }) => {
      await call('editTimeEntry', { entryId, ...change });
      await settle(true);
    };

    const editEntry = async (entry: LogEntry, change: { minutes: number; day: string; note: string }) => {
      await editEntryQuietly(entry.id, change);
      const before = { minutes: entry.minutes, day: entry.day, note: entry.note };
      notify(`Time entry changed to ${minutesText(change.minutes)}.`, () => editEntryQuietly(entry.id, before));
    };

    const deleteEntry = async (entry: LogEntry) => {
      await call('deleteTimeEntry', { entryId: entry.id });
      await settle(true);
      notify(`Deleted ${minutesText(entry.minutes)} on ${entry.day}.`, async () => {
        await call('logTime', { itemId: entry.itemId, minutes: entry.minutes, day: entry.day, ...(entry.note ? { note: entry.note } : {}) });
        await settle(true);
      });
    };

    return { setStatus, untick, setNotes, logTime, reorder, remove, editEntry, deleteEntry };
  }, [client, goalId, notify, fail]);
}
