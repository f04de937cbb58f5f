import { linkSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic, writeFileDurable } from '../files/atomic';
import { StoreError } from './errors';

/** Who may hold a data folder's database open; `restore` is the holder of the restore lock. */
export type OwnerKind = 'app' | 'preview' | 'cli' | 'restore';
export const OWNER_KINDS: readonly OwnerKind[] = ['app', 'preview', 'cli', 'restore'];

export interface Owner {
  pid: number;
  kind: OwnerKind;
  since: string;
  /** When the process started, where the system says (Linux): tells a reused pid from the owner. */
  start?: string;
}

export const OWNERS_DIR = 'owners';

const fileFor = (dataDir: string, pid: number, kind: OwnerKind) => join(dataDir, OWNERS_DIR, `${pid}-${kind}.json`);
const registered = new Set<string>();
let exitHookInstalled = false;

/** True while a process with this pid exists (EPERM: it exists but belongs to someone else). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A process's start time in clock ticks since boot (field 22 of /proc/PID/stat), or null where there
 * is no /proc. The name field before it may hold spaces and parentheses, so fields count from the last ")".
 */
export function processStart(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

/**
 * Whether the process a record names still runs. Pids are reused, after a reboot above all, so where the
 * record holds a start time, a process with that pid but another start time is someone else. Elsewhere
 * (macOS, Windows) only the pid can be checked.
 */
export function ownerRuns(pid: number, start: string | undefined): boolean {
  if (!isAlive(pid)) return false;
  if (!start) return true;
  const now = processStart(pid);
  return now === null || now === start;
}

const selfStart = () => processStart(process.pid) ?? undefined;

/**
 * Records that this process has the database open. The record is removed on release or normal exit;
 * after a crash it stays behind and is recognised as stale because its pid is gone, or (on Linux)
 * belongs to a process that started later.
 */
export function registerOwner(dataDir: string, kind: Exclude<OwnerKind, 'restore'>): () => void {
  mkdirSync(join(dataDir, OWNERS_DIR), { recursive: true });
  const file = fileFor(dataDir, process.pid, kind);
  writeFileAtomic(file, JSON.stringify({ pid: process.pid, kind, since: new Date().toISOString(), start: selfStart() } satisfies Owner));
  return removedAtExit(file);
}

function removedAtExit(file: string): () => void {
  registered.add(file);
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.on('exit', () => {
      for (const f of registered) rmSync(f, { force: true });
    });
  }
  return () => {
    registered.delete(file);
    rmSync(file, { force: true });
  };
}

const lockFile = (dataDir: string) => join(dataDir, OWNERS_DIR, 'restore.lock');

/** The live process holding the restore lock, if any; a lock left by a dead process is cleared. */
export function restoreHolder(dataDir: string): Owner | null {
  let text: string;
  try {
    text = readFileSync(lockFile(dataDir), 'utf8');
  } catch {
    return null;
  }
  // "PID" or "PID START".
  const [first, start] = text.trim().split(' ');
  const pid = Number(first);
  // Our own pid counts only with our own start time: after a reboot a new process may have the old pid.
  if (Number.isInteger(pid) && pid > 0 && ownerRuns(pid, start)) return { pid, kind: 'restore', since: '' };
  rmSync(lockFile(dataDir), { force: true });
  return null;
}

/**
 * Only one process at a time swaps database files. The lock file appears whole (a hard link to a
 * synced temporary file), and link() fails when it exists, so two processes never both hold it.
 */
export function acquireRestoreLock(dataDir: string): () => void {
  mkdirSync(join(dataDir, OWNERS_DIR), { recursive: true });
  const tmp = `${lockFile(dataDir)}.${process.pid}`;
  writeFileDurable(tmp, [process.pid, selfStart()].filter(Boolean).join(' '));
  try {
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        linkSync(tmp, lockFile(dataDir));
        return removedAtExit(lockFile(dataDir));
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
        const holder = restoreHolder(dataDir);
        if (holder) throw new StoreError('busy', `Cannot change the database now: ${describeOwner(holder)}.`);
      }
    }
    throw new StoreError('busy', 'Cannot change the database now: another process keeps taking the restore lock; try again.');
  } finally {
    rmSync(tmp, { force: true });
  }
}

/** The live owners of a data folder other than this process; stale records of dead processes are cleared. */
export function otherOwners(dataDir: string): Owner[] {
  let names: string[];
  try {
    names = readdirSync(join(dataDir, OWNERS_DIR));
  } catch {
    return [];
  }
  const owners: Owner[] = [];
  for (const name of names) {
    const m = /^(\d+)-([a-z]+)\.json$/.exec(name);
    if (!m || !(OWNER_KINDS as readonly string[]).includes(m[2]!)) continue;
    const pid = Number(m[1]);
    if (pid === process.pid) continue;
    let record: Partial<Owner> = {};
    try {
      record = JSON.parse(readFileSync(join(dataDir, OWNERS_DIR, name), 'utf8')) as Partial<Owner>;
    } catch {
      // A record cut short by a crash still names its pid and kind in the file name.
    }
    if (!ownerRuns(pid, typeof record.start === 'string' ? record.start : undefined)) {
      rmSync(join(dataDir, OWNERS_DIR, name), { force: true });
      continue;
    }
    owners.push({ pid, kind: m[2] as OwnerKind, since: String(record.since ?? '') });
  }
  return owners;
}

/** What the learner should do about another process holding the database. */
export function describeOwner(o: Owner): string {
  switch (o.kind) {
    case 'app':
      return `the Pathwise window (pid ${o.pid}) has the database open: close the Pathwise window, then try again`;
    case 'preview':
      return `"npm run web" (pid ${o.pid}) has the database open: stop npm run web (Ctrl+C in its terminal), then try again`;
    case 'cli':
      return `another pathwise command (pid ${o.pid}) is using the database: wait for it to finish, then try again`;
    case 'restore':
      return `a restore (pid ${o.pid}) is replacing the database: wait for it to finish, then try again`;
  }
}
