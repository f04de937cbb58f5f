import type { Database } from 'better-sqlite3';

/** Goals (a profile, a chosen framework, dates) and their ordered, scheduled plan items. */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE goals (
      id INTEGER PRIMARY KEY,
      title TEXT NOT NULL,
      profile TEXT NOT NULL,
      framework TEXT NOT NULL CHECK (framework IN ('tensorflow', 'pytorch')),
      recommended_framework TEXT NOT NULL CHECK (recommended_framework IN ('tensorflow', 'pytorch')),
      start_date TEXT NOT NULL,
      target_date TEXT,
      hours_per_week REAL NOT NULL CHECK (hours_per_week > 0),
      custom_order INTEGER NOT NULL DEFAULT 0 CHECK (custom_order IN (0, 1)),
      plan_notes TEXT NOT NULL DEFAULT '[]',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      archived_at TEXT
    ) STRICT;

    CREATE TABLE plan_items (
      id INTEGER PRIMARY KEY,
      goal_id INTEGER NOT NULL REFERENCES goals(id) ON DELETE CASCADE,
      resource_id TEXT NOT NULL REFERENCES resources(id),
      position INTEGER NOT NULL,
      origin TEXT NOT NULL CHECK (origin IN ('planner', 'learner', 'prerequisite')),
      relevance INTEGER NOT NULL DEFAULT 0,
      status TEXT NOT NULL CHECK (status IN ('not-started', 'in-progress', 'done', 'skipped')),
      skip_reason TEXT,
      start_week INTEGER NOT NULL,
      end_week INTEGER NOT NULL,
      started_on TEXT,
      completed_on TEXT,
      notes TEXT NOT NULL DEFAULT '',
      UNIQUE (goal_id, resource_id)
    ) STRICT;
    CREATE INDEX plan_items_goal_position ON plan_items(goal_id, position);
    CREATE INDEX plan_items_resource ON plan_items(resource_id);
  `);
}
