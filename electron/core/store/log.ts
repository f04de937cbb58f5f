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

/** `touching` runs a write that changes one item's row (here, its minutes total by trigger). */
export function logStatements(db: Database, touching: (itemId: number, goalId: number, write: () => void) => void = (_id, _goal, write) => write()) {
  const insert = db.prepare(
    `INSERT INTO progress_log (goal_id, item_id, at, day, kind, minutes, from_status, to_status, note)
     VALUES (@goalId, @itemId, @at, @day, @kind, @minutes, @fromStatus, @toStatus, @note)`,
  );
  const recent = db.prepare('SELECT * FROM progress_log WHERE goal_id = ? ORDER BY id DESC LIMIT ?');
  const recentForItem = db.prepare('SELECT * FROM progress_log WHERE goal_id = ? AND item_id = ? ORDER BY id DESC LIMIT ?');
  const ofGoal = db.prepare('SELECT * FROM progress_log WHERE goal_id = ? ORDER BY id');
  const itemsWithEntries = db.prepare('SELECT DISTINCT item_id FROM progress_log WHERE goal_id = ?').pluck();
  // Day totals are kept by triggers (migration 0005), so these read one row per day, not the log.
  const perDay = db.prepare('SELECT day, minutes FROM day_minutes WHERE goal_id = ? ORDER BY day DESC');
  const since = db.prepare('SELECT COALESCE(SUM(minutes), 0) FROM day_minutes WHERE goal_id = ? AND day >= ? AND day <= ?').pluck();
  const entry = db.prepare('SELECT * FROM progress_log WHERE id = ?');
  const timeOfGoal = db.prepare("SELECT * FROM progress_log WHERE goal_id = ? AND kind = 'time' ORDER BY day DESC, id DESC");
  const correct = db.prepare('UPDATE progress_log SET minutes = @minutes, day = @day, note = @note WHERE id = @id');
  const remove = db.prepare('DELETE FROM progress_log WHERE id = ?');
  const beforeDone = db
    .prepare("SELECT from_status FROM progress_log WHERE item_id = ? AND kind = 'status' AND to_status = 'done' ORDER BY id DESC LIMIT 1")
    .pluck();

  return {
    /**
     * Appends one entry and answers it with its id. Call inside the write transaction that caused it.
     * The item's and the day's running totals follow by trigger, for inserts, edits and deletes alike.
     */
    append(e: NewLogEntry): LogEntry {
      let id = 0;
      touching(e.itemId, e.goalId, () => (id = Number(insert.run(e).lastInsertRowid)));
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
    get(id: number): LogEntry | undefined {
      const row = entry.get(id) as LogRow | undefined;
      return row && toEntry(row);
    },
    /** A goal's time entries, newest day first. */
    timeEntries(goalId: number): LogEntry[] {
      return (timeOfGoal.all(goalId) as LogRow[]).map(toEntry);
    },
    /** Corrects a time entry (the schema refuses anything else); the running totals follow by trigger. */
    correct(id: number, fix: { minutes: number; day: string; note: string }): void {
      const row = entry.get(id) as LogRow | undefined;
      if (row === undefined) correct.run({ ...fix, id });
      else touching(row.item_id, row.goal_id, () => correct.run({ ...fix, id }));
    },
    delete(id: number): void {
      const row = entry.get(id) as LogRow | undefined;
      if (row === undefined) remove.run(id);
      else touching(row.item_id, row.goal_id, () => remove.run(id));
    },
    /** The status an item had when it was last marked done, or null if the log never saw that. */
    statusBeforeDone(itemId: number): ItemStatus | null {
      return (beforeDone.get(itemId) as ItemStatus | null | undefined) ?? null;
    },
    /** Minutes per day with any entry, newest day first. */
    minutesPerDay(goalId: number): { day: string; minutes: number }[] {
      return perDay.all(goalId) as { day: string; minutes: number }[];
    },
    /** Minutes logged from `first` to `last`, both included. */
    minutesBetween(goalId: number, first: string, last: string): number {
      return since.get(goalId, first, last) as number;
    },
  };
}

export type LogStatements = ReturnType<typeof logStatements>;
