import { weeksOfItem } from '../../../shared/planner/timeline';
import type { ParsedInput } from '../../../shared/contract/contract';
import { ServiceError } from '../../../shared/contract/results';
import type { ItemChange, LogEntry, PlanItem } from '../../../shared/contract/views';
import type { ItemStatus } from '../../../shared/planner/types';
import { toDay } from '../../../shared/dates';
import type { StoredItem } from '../store/items';
import { inWriteTransaction, writeTransaction } from '../store/tx';
import type { Context } from './context';
import { refuseFutureDay } from './corrections';
import { requireGoal, requireItem, toPlanItem } from './lookups';
import { onStatusChange } from './rhythm';
import { planFigures } from './plan-store';
import { goalFacts } from './summary';

export function itemView(ctx: Context, row: StoredItem): PlanItem {
  const { effects: _effects, ...item } = itemChange(ctx, row);
  return item;
}

/** The item as it now is, with what the change did to the rest of its plan. */
function itemChange(ctx: Context, row: StoredItem): ItemChange {
  const catalog = ctx.catalog();
  const r = catalog.get(row.resourceId)!;
  const facts = goalFacts(ctx, requireGoal(ctx, row.goalId));
  const t = facts.timeline;
  // One item: scanning the list is cheaper than indexing 20,000 items on every change.
  const at = facts.items.findIndex((i) => i.id === row.id);
  // The plan's shape (prerequisites, reasons) outlives a status change: the page read it with the plan.
  const shape = facts.shape;
  const item = toPlanItem(row, r, r.parentId ? catalog.get(r.parentId) : undefined, shape.prerequisitesOf(r.id), weeksOfItem(t, at), shape.why.get(r.id)!);
  const weeks = new Array<number>(t.startWeeks.length * 2);
  for (let i = 0; i < t.startWeeks.length; i++) {
    weeks[2 * i] = t.startWeeks[i]!;
    weeks[2 * i + 1] = t.endWeeks[i]!;
  }
  return {
    ...item,
    effects: { ...planFigures(ctx, facts), percentDone: facts.percentDone, itemsDone: facts.itemsDone, itemWeeks: weeks },
  };
}

/** The time-entry transaction, built once: daily tracking is the hot path. */
export function prepareItemWrites(ctx: Context) {
  const { items, log } = ctx.store;
  const logTime = writeTransaction(ctx.db, (itemId: number, minutes: number, note: string, day: string, at: string): LogEntry => {
    const row = requireItem(ctx, itemId);
    if (row.status === 'not-started') {
      items.setStatus(row.id, 'in-progress', day);
      log.append({ goalId: row.goalId, itemId: row.id, at, day, kind: 'status', minutes: 0, fromStatus: row.status, toStatus: 'in-progress', note: '' });
    }
    return log.append({ goalId: row.goalId, itemId: row.id, at, day, kind: 'time', minutes, fromStatus: null, toStatus: null, note });
  });
  return { logTime };
}

export type ItemWrites = ReturnType<typeof prepareItemWrites>;

export function setItemStatus(ctx: Context, input: ParsedInput<'setItemStatus'>): ItemChange {
  return changeStatus(ctx, requireItem(ctx, input.itemId), input.status);
}

/**
 * Unticking returns an item to where the learner had it before marking it done, read from the log;
 * an item marked done with no recorded change before that was "not started".
 */
export function reopenItem(ctx: Context, input: ParsedInput<'reopenItem'>): ItemChange {
  const row = requireItem(ctx, input.itemId);
  if (row.status !== 'done') throw new ServiceError('conflict', `itemId: item ${row.id} is ${row.status}, not done, so there is nothing to untick`, 'itemId');
  const before = ctx.store.log.statusBeforeDone(row.id);
  return changeStatus(ctx, row, before && before !== 'done' ? before : 'not-started');
}

function changeStatus(ctx: Context, row: StoredItem, status: ItemStatus): ItemChange {
  if (row.status !== status) {
    inWriteTransaction(ctx.db, () => {
      const today = ctx.today();
      ctx.store.items.setStatus(row.id, status, today);
      ctx.store.log.append({
        goalId: row.goalId,
        itemId: row.id,
        at: ctx.nowIso(),
        day: today,
        kind: 'status',
        minutes: 0,
        fromStatus: row.status,
        toStatus: status,
        note: '',
      });
      onStatusChange(ctx, row.id, status);
    });
  }
  return itemChange(ctx, requireItem(ctx, row.id));
}

export function setItemNotes(ctx: Context, input: ParsedInput<'setItemNotes'>): PlanItem {
  const row = requireItem(ctx, input.itemId);
  ctx.store.items.setNotes(row.id, input.notes);
  return itemView(ctx, requireItem(ctx, row.id));
}

/** Records study time; the first time logged on an untouched item also marks it in progress. */
export function logTime(ctx: Context, w: ItemWrites, input: ParsedInput<'logTime'>): LogEntry {
  // One clock reading serves the check, the default day and the timestamp: a burst of entries reads it once each.
  const now = ctx.clock.now();
  const today = toDay(now);
  refuseFutureDay(input.day, today);
  return w.logTime(input.itemId, input.minutes, input.note ?? '', input.day ?? today, now.toISOString());
}

export function listLog(ctx: Context, input: ParsedInput<'listLog'>): LogEntry[] {
  requireGoal(ctx, input.goalId);
  return ctx.store.log.recent(input.goalId, input.limit, input.itemId);
}
