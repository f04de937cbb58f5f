import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, openSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { createService } from '../../electron/core/service/index';
import { createBackup } from '../../electron/core/store/backup';
import { LATEST_VERSION } from '../../electron/core/store/migrations/index';
import { openDatabase } from '../../electron/core/store/open';
import { openDataFolder } from '../../electron/core/store/folder';
import { ok, profile, tempDir } from '../helpers';

/** A data folder whose backup holds goal "Kept" and whose live database also holds "After backup". */
export function folderWithBackup(): { dir: string; file: string; backup: string } {
  const dir = tempDir();
  const file = join(dir, 'pathwise.db');
  const db = openDatabase(file, { backupDir: dir });
  const service = createService(db, undefined, { dataDir: dir });
  ok(service.call('createGoal', { profile: profile(), title: 'Kept' }));
  const backup = createBackup(db, dir, 'manual').name;
  ok(service.call('createGoal', { profile: profile(), title: 'After backup' }));
  db.close();
  return { dir, file, backup };
}

function overwrite(file: string, offset: number, bytes: Buffer): void {
  const fd = openSync(file, 'r+');
  try {
    writeSync(fd, bytes, 0, bytes.length, offset);
  } finally {
    closeSync(fd);
  }
}

/** A deterministic byte pattern (so a failure replays exactly). */
const garbage = (n: number) => Buffer.from(Array.from({ length: n }, (_, i) => (i * 131 + 7) % 251));

export type Damage = 'truncated' | 'zeroed header' | 'damaged page' | 'foreign -wal' | '0-byte' | 'not SQLite' | 'missing';

/** Each way a database file is found damaged in the field. */
export const DAMAGE: Record<Damage, (file: string) => void> = {
  truncated: (file) => truncateSync(file, Math.floor(statSync(file).size * 0.6)),
  'zeroed header': (file) => overwrite(file, 0, Buffer.alloc(100)),
  'damaged page': (file) => {
    // The resources table's root page: the catalog every plan reads.
    const db = new Database(file, { readonly: true });
    const page = db.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'resources'").pluck().get() as number;
    const size = db.pragma('page_size', { simple: true }) as number;
    db.close();
    overwrite(file, (page - 1) * size + 8, garbage(size - 8));
  },
  'foreign -wal': (file) => {
    // The uncheckpointed log of another Pathwise database, left beside this one (a sync tool's doing).
    const other = join(tempDir(), 'pathwise.db');
    const db = openDatabase(other);
    db.pragma('wal_autocheckpoint = 0');
    const service = createService(db);
    for (let i = 0; i < 3; i++) ok(service.call('createGoal', { profile: profile(), title: `Foreign ${i}` }));
    db.prepare("UPDATE resources SET title = title || ' (foreign)'").run();
    copyFileSync(other + '-wal', file + '-wal');
    db.close();
  },
  '0-byte': (file) => truncateSync(file, 0),
  'not SQLite': (file) => writeFileSync(file, 'This is a shopping list, not a database.\n'.repeat(100)),
  missing: (file) => rmSync(file),
};

/** The database as a newer Pathwise would leave it. */
export function makeNewer(file: string): void {
  const db = new Database(file);
  db.pragma(`user_version = ${LATEST_VERSION + 1}`);
  db.close();
}

export const bytesOf = (file: string) => readFileSync(file);

/**
 * Damages the database under an open connection, as a failing disk would: every page after the first
 * overwritten. The connection's page cache would hide it until its pages were evicted, as they are
 * over a long session; here they are evicted at once.
 */
export function damageUnder(db: Database.Database, file: string): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
  const size = statSync(file).size;
  overwrite(file, 4096, Buffer.alloc(size - 4096, 0xa5));
  db.pragma('cache_size = 1');
  db.pragma('shrink_memory');
}

const BIN = join(import.meta.dirname, '..', '..', 'electron', 'cli', 'bin.mjs');

/** The pathwise command on a data folder, as a learner runs it. */
export function cli(dir: string, args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args, '--data-dir', dir], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The goal titles a data folder holds, read the way the CLI opens it. */
export function titles(dir: string): string[] {
  const folder = openDataFolder(dir, 'cli');
  try {
    return ok(createService(folder.db).call('listGoals', {})).map((g) => g.title);
  } finally {
    folder.close();
  }
}
