import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../shared/catalog/index';
import { migrate, schemaVersion } from '../electron/core/store/migrate';
import { openDatabase } from '../electron/core/store/open';
import { readAllResources } from '../electron/core/store/resource-rows';
import { tempDir } from './helpers';

describe('migration 0007: resource facets', () => {
  it('adds the facets to resources written at version 6, and a catalog update keeps custom resources and progress', () => {
    const file = join(tempDir(), 'pathwise.db');
    const db = new Database(file);
    db.pragma('foreign_keys = ON');
    migrate(db, 6);
    db.prepare(
      `INSERT INTO resources (id, custom, position, title, provider, url, kind, framework, level, hours, hours_source, cost, status, checked_on, stage, summary, skills, domains, pick, sources)
       VALUES ('custom-club', 1, 0, 'Paper club', 'me', 'https://example.com', 'course', 'agnostic', 'beginner', 3, 'estimate', 'free', 'active', '2026-11-20', 'specialize', '', '[]', '[]', '{}', '[]')`,
    ).run();
    db.prepare(
      `INSERT INTO goals (uid, title, profile, framework, recommended_framework, start_date, hours_per_week, created_at, updated_at)
       VALUES ('u1', 'Old goal', '{}', 'pytorch', 'pytorch', '2026-11-01', 5, 'now', 'now')`,
    ).run();
    db.prepare("INSERT INTO plan_items (goal_id, resource_id, position, origin, status) VALUES (1, 'custom-club', 0, 'learner', 'in-progress')").run();
    db.prepare("INSERT INTO progress_log (goal_id, item_id, at, day, kind, minutes) VALUES (1, 1, 'now', '2026-11-20', 'time', 40)").run();
    migrate(db, 7);
    expect(schemaVersion(db)).toBe(7);
    expect(readAllResources(db).find((r) => r.id === 'custom-club')).toMatchObject({
      topics: [],
      format: 'text',
      depth: 'practical',
      certificate: false,
      unverified: [],
    });
    db.close();

    // Opening syncs the shipped catalog (facets included) around the learner's own resource and progress.
    const opened = openDatabase(file);
    const all = readAllResources(opened);
    expect(all.filter((r) => !r.custom)).toHaveLength(CATALOG.length);
    const shipped = all.find((r) => r.id === 'litert-torch')!;
    expect(shipped.topics).toEqual(['on-device']);
    expect(all.find((r) => r.id === 'zero-to-hero')!.unverified).toEqual(['hours']);
    expect(all.find((r) => r.id === 'custom-club')?.title).toBe('Paper club');
    expect(opened.prepare('SELECT SUM(minutes) FROM progress_log WHERE item_id = 1').pluck().get()).toBe(40);
    opened.close();
  });
});
