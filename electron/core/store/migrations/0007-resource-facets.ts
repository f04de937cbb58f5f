import type { Database } from 'better-sqlite3';

/**
 * What the topic-based planner needs of each resource (topics covered, format, depth, certificate,
 * facts left unverified), kept as one JSON object: it is read whole and never queried by part.
 */
export function up(db: Database): void {
  db.exec(`ALTER TABLE resources ADD COLUMN facets TEXT NOT NULL DEFAULT '{}'`);
}
