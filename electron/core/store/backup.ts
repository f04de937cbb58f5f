import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DATABASE_FILE } from './open-constants';

export const BACKUP_DIR = 'backups';

/** `input`: the name asked for is not a backup here; `damaged`: the backup cannot be trusted. */
export class BackupError extends Error {
  constructor(
    readonly kind: 'input' | 'damaged',
    message: string,
  ) {
    super(message);
    this.name = 'BackupError';
  }
}
export const KEEP_BACKUPS = 10;
export type BackupReason = 'startup' | 'migration' | 'import' | 'manual' | 'restore';

export interface BackupInfo {
  name: string;
  path: string;
  createdAt: string;
  reason: string;
  bytes: number;
}

const NAME = /^pathwise-(\d{8}T\d{6}\d{3}Z)-([a-z]+)\.db$/;

function stamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace('.', '');
}

function fromStamp(s: string): string {
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}.${s.slice(15, 18)}Z`;
}

/** `integrity_check` on a file opened read-only; anything but "ok" means the file cannot be trusted. */
export function verifyDatabaseFile(file: string, nativeBinding?: string): string[] {
  const db = new Database(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    const rows = db.pragma('integrity_check') as { integrity_check: string }[];
    const fk = db.pragma('foreign_key_check') as unknown[];
    const problems = rows.map((r) => r.integrity_check).filter((r) => r !== 'ok');
    if (fk.length) problems.push(`${fk.length} broken foreign keys`);
    return problems;
  } finally {
    db.close();
  }
}

export function listBackups(dataDir: string): BackupInfo[] {
  const dir = join(dataDir, BACKUP_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .flatMap((name) => {
      const m = NAME.exec(name);
      if (!m) return [];
      const path = join(dir, name);
      return [{ name, path, createdAt: fromStamp(m[1]!), reason: m[2]!, bytes: statSync(path).size }];
    })
    .sort((a, b) => (a.name < b.name ? 1 : -1));
}

/**
 * A consistent copy of the live database through `VACUUM INTO` (safe while the app runs), verified
 * with integrity_check, then rotated so the newest `keep` remain. A copy that fails the check is
 * deleted and the error raised: a backup that cannot be restored is worse than none.
 */
export function createBackup(db: Database.Database, dataDir: string, reason: BackupReason, now = new Date(), keep = KEEP_BACKUPS): BackupInfo {
  const dir = join(dataDir, BACKUP_DIR);
  mkdirSync(dir, { recursive: true });
  const name = `pathwise-${stamp(now)}-${reason}.db`;
  const path = join(dir, name);
  db.prepare('VACUUM INTO ?').run(path);
  const problems = verifyDatabaseFile(path);
  if (problems.length) {
    rmSync(path, { force: true });
    throw new Error(`The backup failed its integrity check (${problems.slice(0, 3).join('; ')}); nothing was kept.`);
  }
  for (const old of listBackups(dataDir).slice(keep)) rmSync(old.path, { force: true });
  return listBackups(dataDir).find((b) => b.name === name)!;
}

/** True when no backup was made in the last day; start-up backups are at most daily. */
export function backupDue(dataDir: string, now = new Date()): boolean {
  const newest = listBackups(dataDir)[0];
  return !newest || now.getTime() - Date.parse(newest.createdAt) >= 24 * 3600 * 1000;
}

/**
 * Replaces the database with a backup. The caller has closed every connection. The current files
 * (database, -wal and -shm together) are first set aside in `replaced-<time>/`, so a restore never
 * loses the data it replaces.
 */
export function restoreBackup(dataDir: string, name: string, now = new Date()): { restored: string; setAside: string } {
  if (!NAME.test(name) || basename(name) !== name) throw new BackupError('input', `"${name}" is not a Pathwise backup name (see: pathwise backup list)`);
  const source = join(dataDir, BACKUP_DIR, name);
  if (!existsSync(source)) throw new BackupError('input', `No backup named "${name}" in ${join(dataDir, BACKUP_DIR)}`);
  let problems: string[];
  try {
    problems = verifyDatabaseFile(source);
  } catch (e) {
    problems = [e instanceof Error ? e.message : String(e)];
  }
  if (problems.length)
    throw new BackupError('damaged', `Backup "${name}" is damaged (${problems.slice(0, 3).join('; ')}); the current database was left as it is.`);
  const live = join(dataDir, DATABASE_FILE);
  const aside = join(dataDir, `replaced-${stamp(now)}`);
  mkdirSync(aside, { recursive: true });
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(live + suffix)) renameSync(live + suffix, join(aside, DATABASE_FILE + suffix));
  }
  const tmp = live + '.restoring';
  copyFileSync(source, tmp);
  renameSync(tmp, live);
  return { restored: name, setAside: aside };
}
