import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOG, CATALOG_VERSION } from '../shared/catalog/index';
import { CATALOG_VERSION_KEY } from '../electron/core/store/catalog-sync';
import { LATEST_VERSION, MIGRATIONS } from '../electron/core/store/migrations/index';
import { migrate, schemaVersion } from '../electron/core/store/migrate';
import { openDatabase } from '../electron/core/store/open';
import { readAllResources } from '../electron/core/store/resource-rows';
import { tempDir } from './helpers';

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const tables = (db: Database.Database) => db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all() as string[];

function rawAt(version: number) {
  const file = join(tempDir(), 'pathwise.db');
  const db = new Database(file);
  db.pragma('foreign_keys = ON');
  migrate(db, version);
  return { db, file };
}

const resourceRow = {
  id: 'r1',
  custom: 1,
  position: 0,
  title: 'Mine',
  provider: 'me',
  url: 'https://example.com',
  kind: 'course',
  framework: 'agnostic',
  level: 'beginner',
  hours: 3,
  hours_source: 'estimate',
  hours_note: null,
  cost: 'free',
  cost_note: null,
  status: 'active',
  status_reason: null,
  replacement_id: null,
  checked_on: '2026-11-25',
  parent_id: null,
  stage: 'specialize',
  summary: '',
  skills: '[]',
  domains: '[]',
  pick: '{}',
  known_when: null,
  sources: '[]',
};
const insertResource = (db: Database.Database) =>
  db
    .prepare(
      `INSERT INTO resources (${Object.keys(resourceRow).join(',')}) VALUES (${Object.keys(resourceRow)
        .map((k) => '@' + k)
        .join(',')})`,
    )
    .run(resourceRow);
const insertGoal = (db: Database.Database) =>
  db
    .prepare(
      `INSERT INTO goals (title, profile, framework, recommended_framework, start_date, hours_per_week, created_at, updated_at)
     VALUES ('G', '{}', 'pytorch', 'pytorch', '2026-11-25', 5, 'now', 'now')`,
    )
    .run();

describe('migrations', () => {
  it('are numbered 1..N without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('0001 creates resources, their prerequisites and settings', () => {
    const { db } = rawAt(1);
    expect(schemaVersion(db)).toBe(1);
    expect(tables(db)).toEqual(['resource_prereqs', 'resources', 'settings']);
    insertResource(db);
    expect(() => db.prepare("INSERT INTO resources (id) VALUES ('bad')").run()).toThrow(/NOT NULL/);
  });

  it('0002 adds goals and plan items, keeping the resources written at version 1', () => {
    const { db } = rawAt(1);
    insertResource(db);
    migrate(db, 2);
    expect(schemaVersion(db)).toBe(2);
    expect(db.prepare('SELECT title FROM resources').pluck().all()).toEqual(['Mine']);
    const goal = insertGoal(db).lastInsertRowid;
    db.prepare(
      "INSERT INTO plan_items (goal_id, resource_id, position, origin, status, start_week, end_week) VALUES (?, 'r1', 0, 'planner', 'done', 1, 1)",
    ).run(goal);
    expect(() =>
      db
        .prepare(
          "INSERT INTO plan_items (goal_id, resource_id, position, origin, status, start_week, end_week) VALUES (?, 'r1', 1, 'planner', 'finished', 1, 1)",
        )
        .run(goal),
    ).toThrow(/CHECK/);
  });

  it('0003 adds the append-only progress log, keeping goals and items written at version 2', () => {
    const { db } = rawAt(2);
    insertResource(db);
    const goal = insertGoal(db).lastInsertRowid;
    const item = db
      .prepare("INSERT INTO plan_items (goal_id, resource_id, position, origin, status, start_week, end_week) VALUES (?, 'r1', 0, 'planner', 'done', 1, 1)")
      .run(goal).lastInsertRowid;
    migrate(db, 3);
    expect(db.prepare('SELECT COUNT(*) FROM plan_items').pluck().get()).toBe(1);
    const log = db
      .prepare("INSERT INTO progress_log (goal_id, item_id, at, day, kind, minutes) VALUES (?, ?, 'now', '2026-11-25', 'time', 30)")
      .run(goal, item);
    expect(() => db.prepare('UPDATE progress_log SET minutes = 1 WHERE id = ?').run(log.lastInsertRowid)).toThrow(/append-only/);
    const plan = db.prepare('EXPLAIN QUERY PLAN SELECT day, SUM(minutes) FROM progress_log WHERE goal_id = 1 GROUP BY day').all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/COVERING INDEX progress_log_goal_day/);
  });

  it('0004 gives every existing goal its own stable uid', () => {
    const { db } = rawAt(3);
    insertGoal(db);
    insertGoal(db);
    migrate(db, 4);
    const uids = db.prepare('SELECT uid FROM goals ORDER BY id').pluck().all() as string[];
    expect(uids).toHaveLength(2);
    for (const u of uids) expect(u).toMatch(/^[0-9a-f]{32}$/);
    expect(new Set(uids).size).toBe(2);
    expect(() => db.prepare('UPDATE goals SET uid = ? WHERE id = 2').run(uids[0])).toThrow(/UNIQUE/);
  });

  it('brings an empty file and every earlier version up to the latest', () => {
    for (let v = 0; v < LATEST_VERSION; v++) {
      const { db, file } = rawAt(v);
      db.close();
      const opened = openDatabase(file);
      expect(schemaVersion(opened)).toBe(LATEST_VERSION);
      expect(opened.prepare('SELECT COUNT(*) FROM resources').pluck().get()).toBe(CATALOG.length);
      opened.close();
    }
  });

  it('rolls a failing migration back whole and leaves the last good version', () => {
    const { db } = rawAt(1);
    const broken = [
      ...MIGRATIONS.slice(0, 1),
      { version: 2, name: 'broken', up: (d: Database.Database) => d.exec('CREATE TABLE half (x); SELECT no_such_function();') },
    ];
    expect(() => migrate(db, 2, broken)).toThrow(/no_such_function/);
    expect(schemaVersion(db)).toBe(1);
    expect(tables(db)).not.toContain('half');
  });
});

describe('openDatabase', () => {
  it('uses WAL, synchronous=FULL, foreign keys and a busy timeout', () => {
    const db = openDatabase(join(tempDir(), 'x', 'pathwise.db'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
  });

  it('keeps data across close and reopen', () => {
    const file = join(tempDir(), 'pathwise.db');
    const db = openDatabase(file);
    db.prepare("INSERT INTO settings (key, value) VALUES ('theme', 'dark')").run();
    db.close();
    const again = openDatabase(file);
    expect(again.prepare("SELECT value FROM settings WHERE key = 'theme'").pluck().get()).toBe('dark');
  });

  it('refuses a database from a newer version and leaves the file byte for byte as it was', () => {
    const file = join(tempDir(), 'pathwise.db');
    const db = new Database(file);
    db.exec('CREATE TABLE future (x)');
    db.pragma(`user_version = ${LATEST_VERSION + 1}`);
    db.close();
    const before = sha(file);
    expect(() => openDatabase(file)).toThrow(/newer Pathwise.*left untouched/);
    expect(sha(file)).toBe(before);
  });

  it('refuses a file that is not a database, naming it, and leaves it untouched', () => {
    const file = join(tempDir(), 'pathwise.db');
    writeFileSync(file, 'this is not sqlite at all, just some text that is long enough to look like a header'.repeat(20));
    const before = sha(file);
    expect(() => openDatabase(file)).toThrow(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is not a readable Pathwise database`));
    expect(sha(file)).toBe(before);
  });
});

describe('catalog updates', () => {
  it('seeds the shipped catalog once and records its version', () => {
    const db = openDatabase(join(tempDir(), 'pathwise.db'));
    expect(db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(CATALOG_VERSION_KEY)).toBe(CATALOG_VERSION);
    const stored = readAllResources(db).filter((r) => !r.custom);
    expect(stored).toEqual([...CATALOG]);
  });

  it('applies a changed catalog, keeps custom resources, and retires a removed resource that a plan still uses', () => {
    const file = join(tempDir(), 'pathwise.db');
    const db = openDatabase(file);
    insertResource(db);
    const goal = insertGoal(db).lastInsertRowid;
    db.prepare("INSERT INTO plan_items (goal_id, resource_id, position, origin, status) VALUES (?, 'onnx', 0, 'planner', 'done')").run(goal);
    db.close();

    const next = CATALOG.filter((r) => r.id !== 'onnx' && r.id !== 'fastai-part2').map((r) =>
      r.id === 'tfjs' ? { ...r, hours: 9, prerequisites: r.prerequisites } : { ...r, prerequisites: r.prerequisites.filter((p) => p !== 'onnx') },
    );
    const updated = openDatabase(file, { catalog: next, catalogVersion: 'next' });
    const byId = new Map(readAllResources(updated).map((r) => [r.id, r]));
    expect(byId.get('tfjs')!.hours).toBe(9);
    expect(byId.get('r1')!.title).toBe('Mine');
    expect(byId.get('onnx')!.status).toBe('discontinued');
    expect(byId.has('fastai-part2')).toBe(false);
    expect(updated.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(CATALOG_VERSION_KEY)).toBe('next');
  });
});
