import type { ParsedInput } from '../../../shared/contract/contract';
import { ServiceError } from '../../../shared/contract/results';
import type { LogEntry } from '../../../shared/contract/views';
import { inWriteTransaction } from '../store/tx';
import type { Context } from './context';
import { requireGoal, requireItem } from './lookups';
import { planView } from './plan-store';

/** Study time is logged for days that have happened: today or before. */
export function refuseFutureDay(day: string | undefined, today: string): void {
  if (day !== undefined && day > today) throw new ServiceError('invalid_input', `day: ${day} is in the future; log time on or before ${today}`, 'day');
}

function requireTimeEntry(ctx: Context, entryId: number): LogEntry {
  const entry = ctx.store.log.get(entryId);
  if (!entry) throw new ServiceError('not_found', `entryId: no log entry with id ${entryId}`, 'entryId');
  if (entry.kind !== 'time')
    throw new ServiceError(
      'conflict',
      `entryId: entry ${entryId} records a status change, which stays as it happened; only time entries can be corrected`,
      'entryId',
    );
  return entry;
}

export function listTimeEntries(ctx: Context, input: ParsedInput<'listTimeEntries'>): LogEntry[] {
  requireGoal(ctx, input.goalId);
  return ctx.store.log.timeEntries(input.goalId);
}

export function editTimeEntry(ctx: Context, input: ParsedInput<'editTimeEntry'>): LogEntry {
  const entry = requireTimeEntry(ctx, input.entryId);
  refuseFutureDay(input.day, ctx.today());
  const fixed = { minutes: input.minutes ?? entry.minutes, day: input.day ?? entry.day, note: input.note ?? entry.note };
  inWriteTransaction(ctx.db, () => ctx.store.log.correct(entry.id, fixed));
  return { ...entry, ...fixed };
}

export function deleteTimeEntry(ctx: Context, input: ParsedInput<'deleteTimeEntry'>): LogEntry {
  const entry = requireTimeEntry(ctx, input.entryId);
  inWriteTransaction(ctx.db, () => ctx.store.log.delete(entry.id));
  return entry;
}

/** Out of the plan, not out of the record: the row, its notes and its time entries stay for a return. */
export function removeItem(ctx: Context, input: ParsedInput<'removeItem'>) {
  const item = requireItem(ctx, input.itemId);
  if (item.removed) throw new ServiceError('conflict', `itemId: item ${item.id} is already out of the plan`, 'itemId');
  inWriteTransaction(ctx.db, () => {
    ctx.store.items.setRemoved(item.id, ctx.nowIso());
    ctx.store.goals.touch(item.goalId, ctx.nowIso());
  });
  return planView(ctx, item.goalId);
}
