import { copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, closeSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fsyncDirectory, writeFileAtomic } from '../files/atomic';
import { BACKUP_DIR, BACKUP_NAME, BackupError, stamp, verifyDatabaseFile } from './backup';
import { futureVersionError } from './migrate';
import { LATEST_VERSION } from './migrations/index';
import { DATABASE_FILE } from './open-constants';
import { StoreError } from './errors';
import { acquireRestoreLock, describeOwner, otherOwners } from './owners';
import { openSqlite } from './sqlite';

/** Written (synced) once the copy is complete and before any rename; removed when the swap is done. */
export const RESTORE_JOURNAL = 'restore-journal.json';
const STAGED = `${DATABASE_FILE}.restoring`;

interface Journal {
  backup: string;
  setAside: string;
}

function copyDurably(from: string, to: string): void {
  copyFileSync(from, to);
  const fd = openSync(to, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** The live files go into `aside`: -wal and -shm first, so no old log is ever left beside a new file. */
function setAside(dataDir: string, aside: string): void {
  const live = join(dataDir, DATABASE_FILE);
  mkdirSync(aside, { recursive: true });
  for (const suffix of ['-wal', '-shm', '']) {
    if (existsSync(live + suffix)) renameSync(live + suffix, join(aside, DATABASE_FILE + suffix));
  }
}

/**
 * Completes a restore that a crash or kill interrupted. The journal exists only once the staged copy
 * is complete and synced, so the swap is always finished forward: whatever still sits under the live
 * name is set aside with the rest, then the staged copy takes its place. Returns what it finished.
 */
export function finishInterruptedRestore(dataDir: string): Journal | null {
  const journalFile = join(dataDir, RESTORE_JOURNAL);
  if (!existsSync(journalFile)) return null;
  let journal: Journal;
  try {
    journal = JSON.parse(readFileSync(journalFile, 'utf8')) as Journal;
  } catch {
    // Written atomically, so it is whole or absent; anything else is not ours to act on.
    return null;
  }
  const staged = join(dataDir, STAGED);
  if (existsSync(staged)) {
    setAside(dataDir, join(dataDir, basename(journal.setAside)));
    renameSync(staged, join(dataDir, DATABASE_FILE));
    fsyncDirectory(dataDir);
  }
  rmSync(journalFile, { force: true });
  fsyncDirectory(dataDir);
  return journal;
}

function check(source: string, name: string): void {
  let version: number;
  let problems: string[];
  try {
    const peek = openSqlite(source, { readonly: true, fileMustExist: true });
    try {
      version = peek.pragma('user_version', { simple: true }) as number;
    } finally {
      peek.close();
    }
    problems = version > LATEST_VERSION ? [] : verifyDatabaseFile(source);
  } catch (e) {
    throw new BackupError('damaged', `Backup "${name}" is damaged (${e instanceof Error ? e.message : String(e)}); the current database was left as it is.`);
  }
  if (version > LATEST_VERSION) throw new BackupError('refused', futureVersionError(source, version).message);
  if (problems.length)
    throw new BackupError('damaged', `Backup "${name}" is damaged (${problems.slice(0, 3).join('; ')}); the current database was left as it is.`);
}

/**
 * Replaces the database with a backup, safely against a kill at any instant:
 * 1. refuse while another process has the database open (it would go on writing into the old file);
 * 2. verify the backup and copy it beside the database, synced;
 * 3. write the journal, synced; from here on the next start finishes the swap;
 * 4. move the live files into `replaced-<time>/` (kept, never deleted) and rename the copy in.
 * The caller has closed its own connections.
 */
export function restoreBackup(dataDir: string, name: string, now = new Date()): { restored: string; setAside: string } {
  if (!BACKUP_NAME.test(name) || basename(name) !== name) throw new BackupError('input', `"${name}" is not a Pathwise backup name (see: pathwise backup list)`);
  const source = join(dataDir, BACKUP_DIR, name);
  if (!existsSync(source)) throw new BackupError('input', `No backup named "${name}" in ${join(dataDir, BACKUP_DIR)}`);
  // The lock is taken before looking, as every opener registers before looking for the lock: one of the two always sees the other.
  let release: () => void;
  try {
    release = acquireRestoreLock(dataDir);
  } catch (e) {
    throw e instanceof StoreError ? new BackupError('refused', `${e.message} The database was left unchanged.`) : e;
  }
  try {
    const holder = otherOwners(dataDir)[0];
    if (holder) throw new BackupError('refused', `Cannot restore now: ${describeOwner(holder)}. The database was left unchanged.`);
    finishInterruptedRestore(dataDir);
    check(source, name);
    const staged = join(dataDir, STAGED);
    copyDurably(source, staged);
    const aside = join(dataDir, `replaced-${stamp(now)}`);
    writeFileAtomic(join(dataDir, RESTORE_JOURNAL), JSON.stringify({ backup: name, setAside: aside } satisfies Journal));
    setAside(dataDir, aside);
    renameSync(staged, join(dataDir, DATABASE_FILE));
    fsyncDirectory(dataDir);
    rmSync(join(dataDir, RESTORE_JOURNAL), { force: true });
    fsyncDirectory(dataDir);
    return { restored: name, setAside: aside };
  } finally {
    release();
  }
}
