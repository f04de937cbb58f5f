import Database from 'better-sqlite3';
import fc from 'fast-check';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../electron/core/store/migrate';
import { tempDir } from './helpers';

function rawAt(version: number) {
  const db = new Database(join(tempDir(), 'pathwise.db'));
  db.pragma('foreign_keys = ON');
  migrate(db, version);
  return db;
}

function seed(db: Database.Database, withWeeks: boolean) {
  db.prepare(
    `INSERT INTO resources (id, custom, position, title, provider, url, kind, framework, level, hours, hours_source, cost, status, checked_on, stage, summary, skills, domains, pick, sources)
     VALUES ('r1', 1, 0, 'Mine', 'me', 'https://example.com', 'course', 'agnostic', 'beginner', 3, 'estimate', 'free', 'active', '2026-11-25', 'core', '', '[]', '[]', '{}', '[]')`,
  ).run();
  const goals = [1, 2].map((n) =>
    Number(
      db
        .prepare(
          `INSERT INTO goals (title, profile, framework, recommended_framework, start_date, hours_per_week, created_at, updated_at) VALUES (?, '{}', 'pytorch', 'pytorch', '2026-11-01', 5, 'now', 'now')`,
        )
        .run(`G${n}`).lastInsertRowid,
    ),
  );
  const items = goals.map((g) =>
    Number(
      db
        .prepare(
          `INSERT INTO plan_items (goal_id, resource_id, position, origin, status${withWeeks ? ', start_week, end_week' : ''}) VALUES (?, 'r1', 0, 'planner', 'in-progress'${withWeeks ? ', 1, 1' : ''})`,
        )
        .run(g).lastInsertRowid,
    ),
  );
  return { goals, items };
}

/** The totals computed the slow way, straight from the log. */
const fromLog = (db: Database.Database) => ({
  items: db
    .prepare('SELECT p.id, COALESCE(SUM(l.minutes), 0) AS minutes FROM plan_items p LEFT JOIN progress_log l ON l.item_id = p.id GROUP BY p.id ORDER BY p.id')
    .all(),
  days: db.prepare('SELECT goal_id, day, SUM(minutes) AS minutes, COUNT(*) AS entries FROM progress_log GROUP BY goal_id, day ORDER BY goal_id, day').all(),
});
const kept = (db: Database.Database) => ({
  items: db.prepare('SELECT id, minutes_logged AS minutes FROM plan_items ORDER BY id').all(),
  days: db.prepare('SELECT goal_id, day, minutes, entries FROM day_minutes ORDER BY goal_id, day').all(),
});

describe('migration 0005: running totals', () => {
  it('fills the totals from the existing log and drops the stored schedule', () => {
    const db = rawAt(4);
    const { goals, items } = seed(db, true);
    const log = db.prepare("INSERT INTO progress_log (goal_id, item_id, at, day, kind, minutes, from_status, to_status) VALUES (?, ?, 'now', ?, ?, ?, ?, ?)");
    log.run(goals[0], items[0], '2026-11-20', 'time', 30, null, null);
    log.run(goals[0], items[0], '2026-11-20', 'time', 15, null, null);
    log.run(goals[0], items[0], '2026-11-21', 'status', 0, 'not-started', 'in-progress');
    log.run(goals[1], items[1], '2026-11-21', 'time', 50, null, null);
    migrate(db, 5);
    expect(kept(db)).toEqual({
      items: [
        { id: items[0], minutes: 45 },
        { id: items[1], minutes: 50 },
      ],
      days: [
        { goal_id: goals[0], day: '2026-11-20', minutes: 45, entries: 2 },
        { goal_id: goals[0], day: '2026-11-21', minutes: 0, entries: 1 },
        { goal_id: goals[1], day: '2026-11-21', minutes: 50, entries: 1 },
      ],
    });
    const columns = (db.prepare('PRAGMA table_info(plan_items)').all() as { name: string }[]).map((c) => c.name);
    expect(columns).not.toContain('start_week');
    expect(columns).not.toContain('end_week');
    const plan = db.prepare('EXPLAIN QUERY PLAN SELECT day, minutes FROM day_minutes WHERE goal_id = 1 ORDER BY day DESC').all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/PRIMARY KEY/);
  });

  it('keeps the totals equal to the log through any inserts, edits and deletes (property)', () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('add' as const), item: fc.nat(1), day: fc.integer({ min: 1, max: 5 }), minutes: fc.integer({ min: 0, max: 300 }) }),
      fc.record({
        kind: fc.constant('edit' as const),
        pick: fc.nat(50),
        item: fc.nat(1),
        day: fc.integer({ min: 1, max: 5 }),
        minutes: fc.integer({ min: 0, max: 300 }),
      }),
      fc.record({ kind: fc.constant('delete' as const), pick: fc.nat(50) }),
    );
    const db = rawAt(5);
    db.pragma('synchronous = OFF');
    const { goals, items } = seed(db, false);
    // Edits and deletes are what a log editor will do once the log stops being append-only.
    db.exec('DROP TRIGGER progress_log_append_only');
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        db.exec('DELETE FROM progress_log');
        expect(kept(db)).toEqual(fromLog(db));
        const ids = () => db.prepare('SELECT id FROM progress_log ORDER BY id').pluck().all() as number[];
        for (const o of ops) {
          if (o.kind === 'add') {
            db.prepare("INSERT INTO progress_log (goal_id, item_id, at, day, kind, minutes) VALUES (?, ?, 'now', ?, 'time', ?)").run(
              goals[o.item],
              items[o.item],
              `2026-11-0${o.day}`,
              o.minutes,
            );
          } else {
            const all = ids();
            if (all.length === 0) continue;
            const id = all[o.pick % all.length];
            if (o.kind === 'delete') db.prepare('DELETE FROM progress_log WHERE id = ?').run(id);
            else
              db.prepare('UPDATE progress_log SET goal_id = ?, item_id = ?, day = ?, minutes = ? WHERE id = ?').run(
                goals[o.item],
                items[o.item],
                `2026-11-0${o.day}`,
                o.minutes,
                id,
              );
          }
          expect(kept(db)).toEqual(fromLog(db));
        }
      }),
      { numRuns: 60 },
    );
    db.close();
  });
});
