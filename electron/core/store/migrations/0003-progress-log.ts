import type { Database } from 'better-sqlite3';

/** The append-only progress log: time spent and status changes, with the indexes the summary needs. */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE progress_log (
      id INTEGER PRIMARY KEY,
      goal_id INTEGER NOT NULL REFERENCES goals(id) ON DELETE CASCADE,
      item_id INTEGER NOT NULL REFERENCES plan_items(id) ON DELETE CASCADE,
      at TEXT NOT NULL,
      day TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('time', 'status')),
      minutes INTEGER NOT NULL DEFAULT 0 CHECK (minutes >= 0),
      from_status TEXT,
      to_status TEXT,
      note TEXT NOT NULL DEFAULT ''
    ) STRICT;
    -- Covers the summary's per-day sums and streak walk without touching the table.
    CREATE INDEX progress_log_goal_day ON progress_log(goal_id, day, minutes);
    -- Serves both the per-item totals of a plan and the cascade from a deleted item.
    CREATE INDEX progress_log_item_minutes ON progress_log(item_id, minutes);

    CREATE TRIGGER progress_log_append_only BEFORE UPDATE ON progress_log
    BEGIN
      SELECT RAISE(ABORT, 'progress_log is append-only');
    END;
  `);
}
