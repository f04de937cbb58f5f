import type { Database } from 'better-sqlite3';

/**
 * Study sessions, spaced revisits and their grades. Instants are epoch milliseconds, free of any time
 * zone, so a session or a due date survives the learner moving zones or the clocks changing.
 */
export function up(db: Database): void {
  db.exec(`
    -- At most one session runs at a time, in any window or process.
    CREATE TABLE study_session (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      item_id INTEGER NOT NULL REFERENCES plan_items(id) ON DELETE CASCADE,
      started_at INTEGER NOT NULL
    ) STRICT;

    CREATE TABLE revisits (
      id INTEGER PRIMARY KEY,
      item_id INTEGER NOT NULL UNIQUE REFERENCES plan_items(id) ON DELETE CASCADE,
      due INTEGER NOT NULL,
      card TEXT NOT NULL
    ) STRICT;
    CREATE INDEX revisits_due ON revisits(due);

    CREATE TABLE revisit_log (
      id INTEGER PRIMARY KEY,
      item_id INTEGER NOT NULL REFERENCES plan_items(id) ON DELETE CASCADE,
      at INTEGER NOT NULL,
      day TEXT NOT NULL,
      grade TEXT NOT NULL CHECK (grade IN ('again', 'hard', 'good', 'easy')),
      minutes INTEGER NOT NULL DEFAULT 0 CHECK (minutes >= 0)
    ) STRICT;
    CREATE INDEX revisit_log_item_day ON revisit_log(item_id, day, minutes);

    ALTER TABLE goals ADD COLUMN revisits_enabled INTEGER NOT NULL DEFAULT 1 CHECK (revisits_enabled IN (0, 1));
  `);
}
