import Database from 'better-sqlite3';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createService } from '../../electron/core/service/index';
import { backupDue, createBackup, listBackups, verifyDatabaseFile } from '../../electron/core/store/backup';
import { restoreBackup } from '../../electron/core/store/restore';
import { migrate } from '../../electron/core/store/migrate';
import { openDatabase } from '../../electron/core/store/open';
import { ok, profile, tempDir } from '../helpers';

function dataDirWithGoal() {
  const dir = tempDir();
  const db = openDatabase(join(dir, 'pathwise.db'), { backupDir: dir });
  const service = createService(db, undefined, { dataDir: dir });
  ok(service.call('createGoal', { profile: profile(), title: 'Before' }));
  return { dir, db, service };
}

describe('backups', () => {
  it('are consistent copies made with VACUUM INTO and verified', () => {
    const { dir, db } = dataDirWithGoal();
    const b = createBackup(db, dir, 'manual', new Date('2026-11-25T10:00:00Z'));
    expect(b.name).toBe('pathwise-20261125T100000000Z-manual.db');
    expect(verifyDatabaseFile(b.path)).toEqual([]);
    const copy = new Database(b.path, { readonly: true });
    expect(copy.prepare('SELECT title FROM goals').pluck().all()).toEqual(['Before']);
    copy.close();
  });

  it('rotate automatic ones grandfather-father-son (7 daily, 4 weekly) and never touch manual ones', () => {
    const { dir, db } = dataDirWithGoal();
    createBackup(db, dir, 'manual', new Date('2026-09-01T08:00:00Z'));
    // Two start-up backups a day for 40 days, from Thursday 2026-10-01 to Monday 2026-11-09.
    for (let d = 0; d < 40; d++) {
      for (const h of [6, 18]) createBackup(db, dir, 'startup', new Date(Date.UTC(2026, 9, 1 + d, h)));
    }
    const names = listBackups(dir).map((b) => b.name);
    // Daily: the evening backup of each of the last 7 days (Nov 3 to Nov 9).
    const daily = [9, 8, 7, 6, 5, 4, 3].map((d) => `pathwise-202611${String(d).padStart(2, '0')}T180000000Z-startup.db`);
    // Weekly (weeks start on Monday): the newest of the weeks of Nov 9 and Nov 2 are daily ones already;
    // those of the weeks of Oct 26 (Sunday Nov 1) and Oct 19 (Sunday Oct 25) are kept besides.
    const weekly = ['pathwise-20261101T180000000Z-startup.db', 'pathwise-20261025T180000000Z-startup.db'];
    expect(names).toEqual([...daily, ...weekly, 'pathwise-20260901T080000000Z-manual.db']);
  });

  it('happen at start-up at most daily', () => {
    const { dir, db } = dataDirWithGoal();
    expect(backupDue(dir, new Date('2026-11-25T10:00:00Z'))).toBe(true);
    createBackup(db, dir, 'startup', new Date('2026-11-25T10:00:00Z'));
    expect(backupDue(dir, new Date('2026-11-25T20:00:00Z'))).toBe(false);
    expect(backupDue(dir, new Date('2026-11-26T10:00:01Z'))).toBe(true);
  });

  it('are made before a migration changes a database that holds data', () => {
    const dir = tempDir();
    const raw = new Database(join(dir, 'pathwise.db'));
    migrate(raw, 3);
    raw.prepare("INSERT INTO settings (key, value) VALUES ('kept', 'yes')").run();
    raw.close();
    openDatabase(join(dir, 'pathwise.db'), { backupDir: dir }).close();
    const [b] = listBackups(dir);
    expect(b?.reason).toBe('migration');
    const copy = new Database(b!.path, { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(3);
    expect(copy.prepare("SELECT value FROM settings WHERE key = 'kept'").pluck().get()).toBe('yes');
    copy.close();
  });

  it('are made before every import', () => {
    const { dir, service } = dataDirWithGoal();
    const json = ok(service.call('exportGoal', { goalId: 1, format: 'json' })).content;
    ok(service.call('importGoal', { content: json }));
    expect(listBackups(dir).map((b) => b.reason)).toEqual(['import']);
  });

  it('restore sets the current database aside with its -wal and -shm, then brings the backup back', () => {
    const { dir, db, service } = dataDirWithGoal();
    const b = createBackup(db, dir, 'manual');
    ok(service.call('createGoal', { profile: profile(), title: 'After' }));
    service.close();
    const { setAside } = restoreBackup(dir, b.name);
    expect(readdirSync(setAside).sort()).toEqual(expect.arrayContaining(['pathwise.db']));
    const reopened = openDatabase(join(dir, 'pathwise.db'));
    expect(reopened.prepare('SELECT title FROM goals').pluck().all()).toEqual(['Before']);
    const old = new Database(join(setAside, 'pathwise.db'), { readonly: true });
    expect(old.prepare('SELECT title FROM goals ORDER BY id').pluck().all()).toEqual(['Before', 'After']);
  });

  it('refuses a name that is not a backup, and a damaged backup, leaving the database alone', () => {
    const { dir, db, service } = dataDirWithGoal();
    service.close();
    expect(() => restoreBackup(dir, '../pathwise.db')).toThrow(/not a Pathwise backup name/);
    expect(() => restoreBackup(dir, 'pathwise-20261125T100000000Z-manual.db')).toThrow(/No backup named/);
    const b = join(dir, 'backups');
    mkdirSync(b, { recursive: true });
    const live = readFileSync(join(dir, 'pathwise.db'));
    writeFileSync(join(b, 'pathwise-20261125T100000000Z-manual.db'), 'garbage'.repeat(1000));
    expect(() => restoreBackup(dir, 'pathwise-20261125T100000000Z-manual.db')).toThrow(/Backup "pathwise-20261125T100000000Z-manual.db" is damaged/);
    expect(readFileSync(join(dir, 'pathwise.db')).equals(live)).toBe(true);
    void db;
  });
});
