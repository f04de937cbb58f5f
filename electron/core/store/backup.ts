import type Database from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isCorruptionError } from './errors';
import { openSqlite } from './sqlite';

export const BACKUP_DIR = 'backups';

/**
 * `input`: the name asked for is not a backup here; `damaged`: the backup cannot be trusted;
 * `refused`: the backup or the moment is wrong (a newer Pathwise made it, another process holds the database).
 */
export class BackupError extends Error {
  constructor(
    readonly kind: 'input' | 'damaged' | 'refused',
    message: string,
  ) {
    super(message);
    this.name = 'BackupError';
  }
}

/** Automatic backups kept: the newest of each of the last 7 days and of each of the last 4 weeks. */
export const KEEP_DAILY = 7;
export const KEEP_WEEKLY = 4;
export type BackupReason = 'startup' | 'migration' | 'import' | 'manual' | 'restore';

export interface BackupInfo {
  name: string;
  path: string;
  createdAt: string;
  reason: string;
  bytes: number;
}

export const BACKUP_NAME = /^pathwise-(\d{8}T\d{6}\d{3}Z)-([a-z]+)\.db$/;

export function stamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace('.', '');
}

function fromStamp(s: string): string {
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}.${s.slice(15, 18)}Z`;
}

/** `integrity_check` and `foreign_key_check` on a file opened read-only; anything but "ok" means it cannot be trusted. */
export function verifyDatabaseFile(file: string): string[] {
  const db = openSqlite(file, { readonly: true, fileMustExist: true });
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

/** The backups in a data folder, newest first. Reads only the folder: the live database is never opened. */
export function listBackups(dataDir: string): BackupInfo[] {
  const dir = join(dataDir, BACKUP_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .flatMap((name) => {
      const m = BACKUP_NAME.exec(name);
      if (!m) return [];
      const path = join(dir, name);
      let bytes: number;
      try {
        bytes = statSync(path).size;
      } catch {
        return [];
      }
      return [{ name, path, createdAt: fromStamp(m[1]!), reason: m[2]!, bytes }];
    })
    .sort((a, b) => (a.name < b.name ? 1 : -1));
}

/** Monday-based week number since 1970 (1970-01-01 was a Thursday). */
function weekOf(iso: string): number {
  return Math.floor((Math.floor(Date.parse(iso.slice(0, 10)) / 86_400_000) + 3) / 7);
}

/**
 * Grandfather-father-son for automatic backups: the newest of each of the last KEEP_DAILY days that
 * have one, and the newest of each of the last KEEP_WEEKLY weeks. Backups made by hand are never
 * candidates: only the learner deletes those.
 */
export function backupsToDelete(all: readonly BackupInfo[]): BackupInfo[] {
  const auto = all.filter((b) => b.reason !== 'manual').sort((a, b) => (a.name < b.name ? 1 : -1));
  const keep = new Set<string>();
  const days = new Set<string>();
  const weeks = new Set<number>();
  for (const b of auto) {
    const day = b.createdAt.slice(0, 10);
    if (!days.has(day) && days.size < KEEP_DAILY) {
      days.add(day);
      keep.add(b.name);
    }
    const week = weekOf(b.createdAt);
    if (!weeks.has(week) && weeks.size < KEEP_WEEKLY) {
      weeks.add(week);
      keep.add(b.name);
    }
  }
  return auto.filter((b) => !keep.has(b.name));
}

/**
 * A consistent copy of the live database through `VACUUM INTO` (safe while the app runs), verified
 * with integrity_check, then rotated. A copy that fails the check is deleted and the error raised: a
 * backup that cannot be restored is worse than none, and must not push a good one out of rotation.
 */
export function createBackup(db: Database.Database, dataDir: string, reason: BackupReason, now = new Date()): BackupInfo {
  const dir = join(dataDir, BACKUP_DIR);
  mkdirSync(dir, { recursive: true });
  // Two backups in the same millisecond (a double click) get consecutive stamps, never one name.
  let at = now.getTime();
  while (existsSync(join(dir, `pathwise-${stamp(new Date(at))}-${reason}.db`))) at++;
  const name = `pathwise-${stamp(new Date(at))}-${reason}.db`;
  const path = join(dir, name);
  db.prepare('VACUUM INTO ?').run(path);
  const problems = verifyDatabaseFile(path);
  if (problems.length) {
    rmSync(path, { force: true });
    throw new Error(`The backup failed its integrity check (${problems.slice(0, 3).join('; ')}); nothing was kept.`);
  }
  for (const old of backupsToDelete(listBackups(dataDir))) rmSync(old.path, { force: true });
  return listBackups(dataDir).find((b) => b.name === name)!;
}

/** True when no backup was made in the last day; start-up backups are at most daily. */
export function backupDue(dataDir: string, now = new Date()): boolean {
  const newest = listBackups(dataDir)[0];
  return !newest || now.getTime() - Date.parse(newest.createdAt) >= 24 * 3600 * 1000;
}

/** `quick_check` on the open connection: the cheap whole-file scan SQLite offers. Damage it trips over is a finding too. */
export function quickCheck(db: Database.Database): string[] {
  try {
    return (db.pragma('quick_check') as { quick_check: string }[]).map((r) => r.quick_check).filter((r) => r !== 'ok');
  } catch (e) {
    if (isCorruptionError(e)) return [(e as Error).message];
    throw e;
  }
}

/**
 * The daily start-up backup, taken only of a database that passes quick_check: a copy of damage
 * would otherwise rotate a good backup out. Returns what was skipped and why, or the backup made.
 */
export function startupBackup(db: Database.Database, dataDir: string, now = new Date()): BackupInfo | { skipped: string } {
  if (!backupDue(dataDir, now)) return { skipped: 'a backup was made in the last day' };
  const problems = quickCheck(db);
  if (problems.length) return { skipped: `the database fails quick_check (${problems.slice(0, 2).join('; ')})` };
  return createBackup(db, dataDir, 'startup', now);
}
