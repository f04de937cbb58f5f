import type { Database } from 'better-sqlite3';

/** A stable id per goal, so calendar exports keep their event UIDs and files name their goal. */
export function up(db: Database): void {
  db.exec(`
    ALTER TABLE goals ADD COLUMN uid TEXT;
    UPDATE goals SET uid = lower(hex(randomblob(16))) WHERE uid IS NULL;
    CREATE UNIQUE INDEX goals_uid ON goals(uid);
  `);
}
