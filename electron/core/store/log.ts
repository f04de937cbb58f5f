import type { Database } from 'better-sqlite3';
import type { LogEntry } from '../../../shared/contract/views';
import type { ItemStatus } from '../../../shared/planner/types';

interface LogRow {
  id: number;
  goal_id: number;
  item_id: number;
  at: string;
  day: string;
  kind: 'time' | 'status';
  minutes: number;
  from_status: ItemStatus | null;
  to_status: ItemStatus | null;
  note: string;
}

const toEntry = (r: LogRow): LogEntry => ({
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

export type NewLogEntry = Omit<LogEntry, 'id'>;

export function logStatements(db: Database) {
  const insert = db.prepare(
    `INSERT INTO progress_log (goal_id, item_id, at, day, kind, minutes, from_status, to_status, note)
     VALUES (@goalId, @itemId, @at, @day, @kind, @minutes, @fromStatus, @toStatus, @note)`,
  );
  const recent = db.prepare('SELECT * FROM progress_log WHERE goal_id = ? ORDER BY id DESC LIMIT ?');
  const recentForItem = db.prepare('SELECT * FROM progress_log WHERE goal_id = ? AND item_id = ? ORDER BY id DESC LIMIT ?');
  const ofGoal = db.prepare('SELECT * FROM progress_log WHERE goal_id = ? ORDER BY id');
  const itemsWithEntries = db.prepare('SELECT DISTINCT item_id FROM progress_log WHERE goal_id = ?').pluck();
  // Status entries carry 0 minutes, so the sums need no filter and the covering indexes serve them.
  const minutesOfItems = db.prepare(
    'SELECT item_id AS id, SUM(minutes) AS m FROM progress_log WHERE item_id IN (SELECT id FROM plan_items WHERE goal_id = ?) GROUP BY item_id',
  );
  const minutesOfItem = db.prepare('SELECT COALESCE(SUM(minutes), 0) FROM progress_log WHERE item_id = ?').pluck();
  const entry = db.prepare('SELECT * FROM progress_log WHERE id = ?');
  const timeOfGoal = db.prepare("SELECT * FROM progress_log WHERE goal_id = ? AND kind = 'time' ORDER BY day DESC, id DESC");
  const correct = db.prepare('UPDATE progress_log SET minutes = @minutes, day = @day, note = @note WHERE id = @id');
  const remove = db.prepare('DELETE FROM progress_log WHERE id = ?');
  const beforeDone = db
    .prepare("SELECT from_status FROM progress_log WHERE item_id = ? AND kind = 'status' AND to_status = 'done' ORDER BY id DESC LIMIT 1")
    .pluck();
  const perDay = db.prepare('SELECT day, SUM(minutes) AS minutes FROM progress_log WHERE goal_id = ? GROUP BY day ORDER BY day DESC');

  return {
    /** Appends one entry and answers it with its id. Call inside the write transaction that caused it. */
    append(e: NewLogEntry): LogEntry {
      const id = Number(insert.run(e).lastInsertRowid);
      return { id, ...e };
    },
    recent(goalId: number, limit: number, itemId?: number): LogEntry[] {
      const rows = itemId === undefined ? recent.all(goalId, limit) : recentForItem.all(goalId, itemId, limit);
      return (rows as LogRow[]).map(toEntry);
    },
    /** Every entry of a goal, oldest first. */
    ofGoal(goalId: number): LogEntry[] {
      return (ofGoal.all(goalId) as LogRow[]).map(toEntry);
    },
    itemsWithEntries(goalId: number): Set<number> {
      return new Set(itemsWithEntries.all(goalId) as number[]);
    },
    minutesByItem(goalId: number): Map<number, number> {
      return new Map((minutesOfItems.all(goalId) as { id: number; m: number }[]).map((r) => [r.id, r.m]));
    },
    minutesOfItem(itemId: number): number {
      return minutesOfItem.get(itemId) as number;
    },
    get(id: number): LogEntry | undefined {
      const row = entry.get(id) as LogRow | undefined;
      return row && toEntry(row);
    },
    /** A goal's time entries, newest day first. */
    timeEntries(goalId: number): LogEntry[] {
      return (timeOfGoal.all(goalId) as LogRow[]).map(toEntry);
    },
    /** Corrects a time entry (the schema refuses anything else). */
    correct(id: number, fix: { minutes: number; day: string; note: string }): void {
      correct.run({ ...fix, id });
    },
    delete(id: number): void {
      remove.run(id);
    },
    /** The status an item had when it was last marked done, or null if the log never saw that. */
    statusBeforeDone(itemId: number): ItemStatus | null {
      return (beforeDone.get(itemId) as ItemStatus | null | undefined) ?? null;
    },
    /** Minutes per day with any entry, newest day first. */
    minutesPerDay(goalId: number): { day: string; minutes: number }[] {
      return perDay.all(goalId) as { day: string; minutes: number }[];
    },
  };
}

export type LogStatements = ReturnType<typeof logStatements>;
