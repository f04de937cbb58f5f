import type { Database } from 'better-sqlite3';

/** The learning resources, shipped and custom, and the app's settings. */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE settings (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;

    CREATE TABLE resources (
      id TEXT PRIMARY KEY,
      custom INTEGER NOT NULL CHECK (custom IN (0, 1)),
      position INTEGER NOT NULL,
      title TEXT NOT NULL,
      provider TEXT NOT NULL,
      url TEXT NOT NULL,
      kind TEXT NOT NULL,
      framework TEXT NOT NULL CHECK (framework IN ('tensorflow', 'pytorch', 'both', 'agnostic')),
      level TEXT NOT NULL CHECK (level IN ('beginner', 'intermediate', 'advanced')),
      hours REAL NOT NULL CHECK (hours >= 0),
      hours_source TEXT NOT NULL CHECK (hours_source IN ('provider', 'estimate')),
      hours_note TEXT,
      cost TEXT NOT NULL,
      cost_note TEXT,
      status TEXT NOT NULL CHECK (status IN ('active', 'renamed', 'moved', 'deprecated', 'discontinued')),
      status_reason TEXT,
      replacement_id TEXT,
      checked_on TEXT NOT NULL,
      parent_id TEXT,
      stage TEXT NOT NULL,
      summary TEXT NOT NULL,
      skills TEXT NOT NULL,
      domains TEXT NOT NULL,
      pick TEXT NOT NULL,
      known_when TEXT,
      sources TEXT NOT NULL
    ) STRICT;

    -- Deferred so a catalog update can write resources and their edges in any order in one transaction.
    CREATE TABLE resource_prereqs (
      resource_id TEXT NOT NULL REFERENCES resources(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
      prereq_id TEXT NOT NULL REFERENCES resources(id) DEFERRABLE INITIALLY DEFERRED,
      position INTEGER NOT NULL,
      PRIMARY KEY (resource_id, prereq_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX resource_prereqs_prereq ON resource_prereqs(prereq_id);
  `);
}
