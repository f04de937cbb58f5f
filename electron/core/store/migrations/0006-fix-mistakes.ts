import type { Database } from 'better-sqlite3';

/**
 * Mistakes can be mended. A plan item can be removed without losing its history: it is marked, not
 * deleted, so its notes and time entries stay and adding the resource back restores them. A time
 * entry's minutes, day and note can be corrected; status entries and who an entry belongs to stay as
 * written, so the log still tells what happened.
 */
export function up(db: Database): void {
  db.exec(`
    ALTER TABLE plan_items ADD COLUMN removed_at TEXT;
    DROP TRIGGER progress_log_append_only;
    CREATE TRIGGER progress_log_corrections_only BEFORE UPDATE ON progress_log
    WHEN OLD.kind <> 'time' OR NEW.kind IS NOT OLD.kind OR NEW.item_id IS NOT OLD.item_id OR NEW.goal_id IS NOT OLD.goal_id
      OR NEW.at IS NOT OLD.at OR NEW.from_status IS NOT OLD.from_status OR NEW.to_status IS NOT OLD.to_status
    BEGIN
      SELECT RAISE(ABORT, 'only the minutes, day and note of a time entry can be corrected');
    END;
  `);
}
