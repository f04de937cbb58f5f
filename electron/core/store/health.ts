import { closeSync, existsSync, mkdirSync, openSync, readSync, renameSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fsyncDirectory } from '../files/atomic';
import { listBackups, quickCheck, stamp } from './backup';
import { isCorruptionError, RESTORE_HINT, StoreError } from './errors';
import { futureVersionError } from './migrate';
import { LATEST_VERSION } from './migrations/index';
import { describeOwner, otherOwners } from './owners';
import { openSqlite } from './sqlite';
import { walMatchesDatabase } from './identity';

const HEADER = Buffer.from('SQLite format 3\0', 'latin1');
/** Tables every migrated database has; one missing means the schema itself was damaged. */
const REQUIRED_TABLES = ['settings', 'resources', 'resource_prereqs', 'goals', 'plan_items', 'progress_log'];

export type Finding = { kind: 'ok' } | { kind: 'first_run' } | { kind: 'future'; version: number } | { kind: 'missing' | 'damaged'; detail: string };

function readHeader(file: string): { head: Buffer; size: number } {
  const size = statSync(file).size;
  const head = Buffer.alloc(100);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, head, 0, 100, 0);
  } finally {
    closeSync(fd);
  }
  return { head, size };
}

/**
 * Looks at the database before anything writes to it: the file header, the size the header
 * promises, the schema version and tables, and quick_check. Only SQLite's corruption errors count as
 * damage; anything else (permissions, a busy file, a full disk) is raised as it is, never as damage.
 */
export function inspectDatabase(file: string, dataDir: string, alone = true): Finding {
  const haveBackups = listBackups(dataDir).length > 0;
  if (!existsSync(file)) return haveBackups ? { kind: 'missing', detail: 'is missing' } : { kind: 'first_run' };
  const { head, size } = readHeader(file);
  if (size === 0) return haveBackups ? { kind: 'damaged', detail: 'is empty (0 bytes)' } : { kind: 'first_run' };
  if (size < 100 || !head.subarray(0, 16).equals(HEADER)) return { kind: 'damaged', detail: 'is not an SQLite database (its header is wrong)' };
  const pageSize = head.readUInt16BE(16) === 1 ? 65536 : head.readUInt16BE(16);
  const pages = head.readUInt32BE(28);
  // The in-header size is valid when the change counter matches "version-valid-for" (offsets 24 and 92).
  if (head.readUInt32BE(24) === head.readUInt32BE(92) && pages > 0 && size < pages * pageSize) {
    return { kind: 'damaged', detail: `is truncated (${size} bytes of ${pages * pageSize})` };
  }
  let db;
  try {
    db = openSqlite(file, { readonly: true, fileMustExist: true });
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > LATEST_VERSION) return { kind: 'future', version };
    if (version > 0) {
      const tables = new Set(db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all() as string[]);
      const gone = REQUIRED_TABLES.filter((t) => !tables.has(t));
      if (gone.length) return { kind: 'damaged', detail: `has lost its ${gone.join(', ')} table${gone.length > 1 ? 's' : ''}` };
    }
    const problems = quickCheck(db);
    if (problems.length) return { kind: 'damaged', detail: `fails its integrity check (${printable(problems[0]!)})` };
    if (alone && walMatchesDatabase(file, db) === false) return { kind: 'damaged', detail: 'has a write-ahead log (-wal) that belongs to another database' };
    return { kind: 'ok' };
  } catch (e) {
    if (isCorruptionError(e)) return { kind: 'damaged', detail: `is damaged (${printable((e as Error).message)})` };
    throw new StoreError('cannot_open', `Cannot open ${file}: ${printable(e instanceof Error ? e.message : String(e))}`);
  } finally {
    db?.close();
  }
}

function printable(s: string): string {
  const clean = s.replace(/[^\x20-\x7e]/g, '?');
  return clean.length > 120 ? clean.slice(0, 117) + '...' : clean;
}

/**
 * Moves the database, its -wal and -shm together into `damaged-<time>/` beside them: never deleted,
 * so a specialist can still try to recover them. Returns the folder.
 */
export function quarantine(file: string, now = new Date()): string {
  const dir = join(dirname(file), `damaged-${stamp(now)}`);
  mkdirSync(dir, { recursive: true });
  for (const suffix of ['-wal', '-shm', '']) {
    if (existsSync(file + suffix)) renameSync(file + suffix, join(dir, basename(file) + suffix));
  }
  fsyncDirectory(dirname(file));
  return dir;
}

/**
 * Turns a finding into the learner's next step. Damage is moved aside when no other process has the
 * file open (moving an open database would corrupt that process's view); the message, one line,
 * names the problem, where the files went, and the two commands to run.
 */
export function checkBeforeOpen(file: string, dataDir: string, now = new Date()): void {
  const finding = inspectDatabase(file, dataDir, otherOwners(dataDir).length === 0);
  if (finding.kind === 'ok' || finding.kind === 'first_run') return;
  if (finding.kind === 'future') throw futureVersionError(file, finding.version);
  const backups = listBackups(dataDir).length;
  const next = backups
    ? `${backups} backup${backups > 1 ? 's are' : ' is'} safe: ${RESTORE_HINT}.`
    : 'There is no backup to restore; the next start begins with an empty database.';
  if (finding.kind === 'missing') {
    throw new StoreError('missing', `The database ${file} is missing, but ${next} (To start afresh instead, move the backups folder away.)`);
  }
  const holders = otherOwners(dataDir);
  if (holders.length) {
    throw new StoreError('damaged', `The database ${file} ${finding.detail}. It was left in place because ${describeOwner(holders[0]!)}. ${next}`);
  }
  const movedTo = quarantine(file, now);
  throw new StoreError('damaged', `The database ${file} ${finding.detail}; it was moved to ${movedTo}. ${next}`, movedTo);
}
