import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createService } from '../../electron/core/service/index';
import { createBackup, listBackups, startupBackup } from '../../electron/core/store/backup';
import { openDatabase } from '../../electron/core/store/open';
import { openSqlite } from '../../electron/core/store/sqlite';
import { ok, profile, tempDir } from '../helpers';
import { DAMAGE } from './fixtures';

describe('backups that survive mistakes', () => {
  it('no start-up backup is taken of a database failing quick_check', () => {
    const dir = tempDir();
    const file = join(dir, 'pathwise.db');
    const db = openDatabase(file);
    ok(createService(db).call('createGoal', { profile: profile(), title: 'Soon damaged' }));
    db.close();
    DAMAGE['damaged page'](file);
    const damaged = openSqlite(file);
    try {
      const r = startupBackup(damaged, dir, new Date('2026-11-26T08:00:00Z'));
      expect(r).toMatchObject({ skipped: expect.stringMatching(/^the database fails quick_check/) });
      expect(existsSync(join(dir, 'backups'))).toBe(false);
    } finally {
      damaged.close();
    }
  });

  it('a manual backup outlives a year of daily automatic ones', () => {
    const dir = tempDir();
    const db = openDatabase(join(dir, 'pathwise.db'));
    const manual = createBackup(db, dir, 'manual', new Date('2025-11-01T12:00:00Z')).name;
    for (let d = 0; d < 365; d += 3) createBackup(db, dir, d % 2 ? 'import' : 'startup', new Date(Date.UTC(2025, 10, 2 + d, 9)));
    const names = listBackups(dir).map((b) => b.name);
    expect(names).toContain(manual);
    // 7 daily + up to 3 more weekly ones (the newest week's is a daily one too), + the manual one.
    expect(names.length).toBeLessThanOrEqual(7 + 3 + 1);
    db.close();
  });
});
