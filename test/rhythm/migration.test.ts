import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../electron/core/store/migrations/index';
import { migrate } from '../../electron/core/store/migrate';
import { tempDir } from '../helpers';

const version = MIGRATIONS.find((m) => m.name === 'study-rhythm')!.version;

describe('migration study-rhythm', () => {
  it('adds sessions, revisits and their log, keeping goals and items, with revisits on for existing goals', () => {
    const db = new Database(join(tempDir(), 'pathwise.db'));
    db.pragma('foreign_keys = ON');
    migrate(db, version - 1);
    db.prepare(
      `INSERT INTO resources (id, custom, position, title, provider, url, kind, framework, level, hours, hours_source, cost, status, checked_on, stage, summary, skills, domains, pick, sources)
       VALUES ('r1', 1, 0, 'Mine', 'me', 'https://example.com', 'course', 'agnostic', 'beginner', 3, 'estimate', 'free', 'active', '2026-11-25', 'specialize', '', '[]', '[]', '{}', '[]')`,
    ).run();
    const goal = db
      .prepare(
        "INSERT INTO goals (title, profile, framework, recommended_framework, start_date, hours_per_week, created_at, updated_at, uid) VALUES ('G', '{}', 'pytorch', 'pytorch', '2026-11-25', 5, 'now', 'now', 'u1')",
      )
      .run().lastInsertRowid;
    const item = db
      .prepare("INSERT INTO plan_items (goal_id, resource_id, position, origin, status) VALUES (?, 'r1', 0, 'planner', 'done')")
      .run(goal).lastInsertRowid;
    migrate(db, version);

    expect(db.prepare('SELECT revisits_enabled FROM goals').pluck().get()).toBe(1);
    expect(db.prepare('SELECT COUNT(*) FROM plan_items').pluck().get()).toBe(1);
    db.prepare('INSERT INTO study_session (id, item_id, started_at) VALUES (1, ?, 0)').run(item);
    // One session at a time, whatever process asks.
    expect(() => db.prepare('INSERT INTO study_session (id, item_id, started_at) VALUES (2, ?, 0)').run(item)).toThrow(/CHECK/);
    db.prepare("INSERT INTO revisits (item_id, due, card) VALUES (?, 0, '{}')").run(item);
    expect(() => db.prepare("INSERT INTO revisits (item_id, due, card) VALUES (?, 1, '{}')").run(item)).toThrow(/UNIQUE/);
    expect(() => db.prepare("INSERT INTO revisit_log (item_id, at, day, grade) VALUES (?, 0, '2026-11-25', 'meh')").run(item)).toThrow(/CHECK/);
    // Deleting the item takes its session and revisits with it.
    db.prepare('DELETE FROM plan_items WHERE id = ?').run(item);
    expect(db.prepare('SELECT (SELECT COUNT(*) FROM study_session) + (SELECT COUNT(*) FROM revisits)').pluck().get()).toBe(0);
    db.close();
  });
});
