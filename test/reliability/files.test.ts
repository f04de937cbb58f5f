import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../electron/core/files/atomic';
import { createService } from '../../electron/core/service/index';
import { createBackup, verifyDatabaseFile } from '../../electron/core/store/backup';
import { openDatabase } from '../../electron/core/store/open';
import { restoreBackup } from '../../electron/core/store/restore';
import { useNativeBinding } from '../../electron/core/store/sqlite';
import { ok, profile, tempDir } from '../helpers';

const UNSAFE = /[\u0000\u202a-\u202e\u2066-\u2069]/;

describe('exports carry no NUL and no bidirectional controls', () => {
  function hostileGoal() {
    const dir = tempDir();
    const service = createService(openDatabase(join(dir, 'pathwise.db')));
    const r = ok(service.call('addCustomResource', { title: 'Invoice \u202Egnp.exe', url: 'https://example.com/a', hours: 2, prerequisites: [] }));
    const goal = ok(service.call('createGoal', { profile: profile(), title: 'Plan \u2066isolated\u2069' })).goal.id;
    ok(service.call('addToPlan', { goalId: goal, resourceId: r.id }));
    const item = ok(service.call('getPlan', { goalId: goal })).items.find((i) => i.resourceId === r.id)!;
    ok(service.call('setItemNotes', { itemId: item.id, notes: '\u202D=HYPERLINK("x") a\u0000b' }));
    return { service, goal, item };
  }

  it('ICS: removed, and the calendar still parses', () => {
    const { service, goal } = hostileGoal();
    const ics = ok(service.call('exportGoal', { goalId: goal, format: 'ics' })).content;
    expect(ics).not.toMatch(UNSAFE);
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => v.getFirstPropertyValue('summary'));
    expect(events).toContain('Invoice gnp.exe');
  });

  it('CSV: removed before the formula guard, so a hidden = is still guarded', () => {
    const { service, goal } = hostileGoal();
    const csv = ok(service.call('exportGoal', { goalId: goal, format: 'csv' })).content;
    expect(csv).not.toMatch(UNSAFE);
    const rows = parseCsv(csv, { columns: true, record_delimiter: '\r\n' }) as Record<string, string>[];
    const row = rows.find((r) => r.title === 'Invoice gnp.exe')!;
    expect(row.notes).toBe('\'=HYPERLINK("x") ab');
  });
});

describe("every SQLite file the core opens uses the process's binding", () => {
  it('verify, backup and restore all go through it (a wrong binding fails them all)', () => {
    const dir = tempDir();
    const db = openDatabase(join(dir, 'pathwise.db'), { backupDir: dir });
    ok(createService(db).call('createGoal', { profile: profile(), title: 'Bound' }));
    const good = createBackup(db, dir, 'manual');
    const missing = join(dir, 'electron-build', 'better_sqlite3.node');
    useNativeBinding(missing);
    try {
      expect(() => verifyDatabaseFile(good.path)).toThrow(/electron-build/);
      expect(() => createBackup(db, dir, 'manual', new Date('2026-11-20T00:00:00Z'))).toThrow(/electron-build/);
      expect(() => restoreBackup(dir, good.name)).toThrow(/electron-build/);
      expect(() => openDatabase(join(dir, 'other.db'))).toThrow(/electron-build/);
    } finally {
      useNativeBinding(undefined);
    }
    expect(verifyDatabaseFile(good.path)).toEqual([]);
    db.close();
  });
});

describe('the atomic writer', () => {
  it('replaces a file whole and leaves no temporary file, also when the write fails', () => {
    const dir = tempDir();
    const file = join(dir, 'window-state.json');
    writeFileAtomic(file, 'old');
    writeFileAtomic(file, 'new'.repeat(1000));
    expect(readFileSync(file, 'utf8')).toBe('new'.repeat(1000));
    expect(() => writeFileAtomic(join(dir, 'missing', 'x.json'), 'x')).toThrow(/ENOENT/);
    expect(readdirSync(dir)).toEqual(['window-state.json']);
    expect(existsSync(join(dir, 'missing'))).toBe(false);
  });
});
