import type { ParsedInput } from '../../../shared/contract/contract';
import { ServiceError } from '../../../shared/contract/results';
import type { LogEntry, PlanItem } from '../../../shared/contract/views';
import { explainItems } from '../../../shared/planner/reasons';
import { plannedPrerequisites, topicCoverage } from '../../../shared/planner/select';
import type { ItemOrigin, ItemStatus } from '../../../shared/planner/types';
import type { Profile } from '../../../shared/profile';
import type { Context } from './context';
import { reschedule } from './plan-store';
import { goalRow, itemRow, toPlanItem, type ItemRow, type LogRow } from './rows';


const toLogEntry = (r: LogRow): LogEntry => ({
  id: r.id,
  goalId: r.goal_id,
  itemId: r.item_id,
  at: r.at,
  day: r.day,
  kind: r.kind,
  minutes: r.minutes,
  fromStatus: r.from_status,
  toStatus: r.to_status,
  note: r.note,
});

export function itemView(ctx: Context, row: ItemRow): PlanItem {
  const catalog = ctx.catalog();
  const r = catalog.get(row.resource_id)!;
  const planned = ctx.db.prepare('SELECT resource_id, origin FROM plan_items WHERE goal_id = ?').all(row.goal_id) as { resource_id: string; origin: ItemOrigin }[];
  const inPlan = new Set(planned.map((p) => p.resource_id));
  const profile = JSON.parse(ctx.db.prepare('SELECT profile FROM goals WHERE id = ?').pluck().get(row.goal_id) as string) as Profile;
  const why = explainItems(planned.map((p) => ({ resourceId: p.resource_id, origin: p.origin })), profile, catalog);
  const minutes = ctx.db
    .prepare("SELECT COALESCE(SUM(minutes), 0) FROM progress_log WHERE item_id = ? AND kind = 'time'")
    .pluck()
    .get(row.id) as number;
  const prerequisites = plannedPrerequisites(r, catalog, (id) => inPlan.has(id), topicCoverage(inPlan, catalog));
  return toPlanItem(row, r, r.parentId ? catalog.get(r.parentId) : undefined, prerequisites, minutes, why.get(r.id)!);
}

/** Statements and transactions used on every status change and time entry, prepared once per service. */
export function prepareItemWrites(ctx: Context) {
  const db = ctx.db;
  const item = db.prepare('SELECT id, goal_id, status, started_on FROM plan_items WHERE id = ?');
  const setStatus = db.prepare(
    `UPDATE plan_items SET status = @status,
       skip_reason = CASE WHEN @status = 'skipped' THEN skip_reason ELSE NULL END,
       started_on = CASE WHEN @status IN ('in-progress', 'done') THEN COALESCE(started_on, @day) ELSE started_on END,
       completed_on = CASE WHEN @status = 'done' THEN @day ELSE NULL END
     WHERE id = @id`,
  );
  const logStatus = db.prepare(
    "INSERT INTO progress_log (goal_id, item_id, at, day, kind, from_status, to_status) VALUES (?, ?, ?, ?, 'status', ?, ?)",
  );
  const insertTime = db.prepare("INSERT INTO progress_log (goal_id, item_id, at, day, kind, minutes, note) VALUES (?, ?, ?, ?, 'time', ?, ?)");
  const head = (itemId: number): ItemHead => {
    const row = item.get(itemId) as ItemHead | undefined;
    if (!row) throw new ServiceError('not_found', `itemId: no plan item with id ${itemId}`, 'itemId');
    return row;
  };
  // Built once: daily tracking is the hot path, and the entry is returned from what was written.
  const logTime = db.transaction((itemId: number, minutes: number, note: string, day: string, at: string): LogEntry => {
    const row = head(itemId);
    if (row.status === 'not-started') {
      setStatus.run({ status: 'in-progress', day, id: row.id });
      logStatus.run(row.goal_id, row.id, at, day, row.status, 'in-progress');
    }
    const id = Number(insertTime.run(row.goal_id, row.id, at, day, minutes, note).lastInsertRowid);
    return { id, goalId: row.goal_id, itemId: row.id, at, day, kind: 'time', minutes, fromStatus: null, toStatus: null, note };
  });
  return { head, setStatus, logStatus, logTime };
}

export type ItemWrites = ReturnType<typeof prepareItemWrites>;

type ItemHead = { id: number; goal_id: number; status: ItemStatus; started_on: string | null };

export function setItemStatus(ctx: Context, w: ItemWrites, input: ParsedInput<'setItemStatus'>): PlanItem {
  const row = w.head(input.itemId);
  if (row.status !== input.status) {
    ctx.db.transaction(() => {
      const today = ctx.today();
      w.setStatus.run({ status: input.status, day: today, id: row.id });
      w.logStatus.run(row.goal_id, row.id, ctx.nowIso(), today, row.status, input.status);
      // Only skipping changes how long the plan takes; done items keep their place in the schedule.
      if (row.status === 'skipped' || input.status === 'skipped') reschedule(ctx, row.goal_id);
    })();
  }
  return itemView(ctx, itemRow(ctx, row.id));
}

export function setItemNotes(ctx: Context, input: ParsedInput<'setItemNotes'>): PlanItem {
  const row = itemRow(ctx, input.itemId);
  ctx.db.prepare('UPDATE plan_items SET notes = ? WHERE id = ?').run(input.notes, row.id);
  return itemView(ctx, itemRow(ctx, row.id));
}

/** Records study time; the first time logged on an untouched item also marks it in progress. */
export function logTime(ctx: Context, w: ItemWrites, input: ParsedInput<'logTime'>): LogEntry {
  const today = ctx.today();
  if (input.day !== undefined && input.day > today) {
    throw new ServiceError('invalid_input', `day: ${input.day} is in the future; log time on or before ${today}`, 'day');
  }
  return w.logTime(input.itemId, input.minutes, input.note ?? '', input.day ?? today, ctx.nowIso());
}

export function listLog(ctx: Context, input: ParsedInput<'listLog'>): LogEntry[] {
  goalRow(ctx, input.goalId);
  const rows =
    input.itemId !== undefined
      ? ctx.db.prepare('SELECT * FROM progress_log WHERE goal_id = ? AND item_id = ? ORDER BY id DESC LIMIT ?').all(input.goalId, input.itemId, input.limit)
      : ctx.db.prepare('SELECT * FROM progress_log WHERE goal_id = ? ORDER BY id DESC LIMIT ?').all(input.goalId, input.limit);
  return (rows as LogRow[]).map(toLogEntry);
}
