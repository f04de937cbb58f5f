import type { Database } from 'better-sqlite3';

/**
 * Running totals, so reading a plan or its summary costs the number of items, not the size of the log:
 * minutes per item on the item itself, and minutes and entries per goal and day. Triggers keep them in
 * the same transaction as every insert, update or delete of a log entry, whoever writes it. The stored
 * schedule (start_week, end_week) goes: the schedule is derived from items, statuses and today.
 */
export function up(db: Database): void {
  db.exec(`
    ALTER TABLE plan_items ADD COLUMN minutes_logged INTEGER NOT NULL DEFAULT 0;
    UPDATE plan_items SET minutes_logged = COALESCE((SELECT SUM(minutes) FROM progress_log WHERE item_id = plan_items.id), 0);
    ALTER TABLE plan_items DROP COLUMN start_week;
    ALTER TABLE plan_items DROP COLUMN end_week;

    CREATE TABLE day_minutes (
      goal_id INTEGER NOT NULL REFERENCES goals(id) ON DELETE CASCADE,
      day TEXT NOT NULL,
      minutes INTEGER NOT NULL,
      entries INTEGER NOT NULL,
      PRIMARY KEY (goal_id, day)
    ) STRICT, WITHOUT ROWID;
    INSERT INTO day_minutes (goal_id, day, minutes, entries)
      SELECT goal_id, day, SUM(minutes), COUNT(*) FROM progress_log GROUP BY goal_id, day;

    CREATE TRIGGER progress_log_totals_insert AFTER INSERT ON progress_log
    BEGIN
      UPDATE plan_items SET minutes_logged = minutes_logged + NEW.minutes WHERE id = NEW.item_id AND NEW.minutes <> 0;
      INSERT INTO day_minutes (goal_id, day, minutes, entries) VALUES (NEW.goal_id, NEW.day, NEW.minutes, 1)
        ON CONFLICT (goal_id, day) DO UPDATE SET minutes = minutes + excluded.minutes, entries = entries + 1;
    END;

    CREATE TRIGGER progress_log_totals_delete AFTER DELETE ON progress_log
    BEGIN
      UPDATE plan_items SET minutes_logged = minutes_logged - OLD.minutes WHERE id = OLD.item_id AND OLD.minutes <> 0;
      UPDATE day_minutes SET minutes = minutes - OLD.minutes, entries = entries - 1 WHERE goal_id = OLD.goal_id AND day = OLD.day;
      DELETE FROM day_minutes WHERE goal_id = OLD.goal_id AND day = OLD.day AND entries <= 0;
    END;

    -- An edit moves its minutes by the difference: out of the old item and day, into the new ones.
    CREATE TRIGGER progress_log_totals_update AFTER UPDATE OF goal_id, item_id, day, minutes ON progress_log
    BEGIN
      UPDATE plan_items SET minutes_logged = minutes_logged - OLD.minutes WHERE id = OLD.item_id;
      UPDATE plan_items SET minutes_logged = minutes_logged + NEW.minutes WHERE id = NEW.item_id;
      UPDATE day_minutes SET minutes = minutes - OLD.minutes, entries = entries - 1 WHERE goal_id = OLD.goal_id AND day = OLD.day;
      DELETE FROM day_minutes WHERE goal_id = OLD.goal_id AND day = OLD.day AND entries <= 0;
      INSERT INTO day_minutes (goal_id, day, minutes, entries) VALUES (NEW.goal_id, NEW.day, NEW.minutes, 1)
        ON CONFLICT (goal_id, day) DO UPDATE SET minutes = minutes + excluded.minutes, entries = entries + 1;
    END;
  `);
}
