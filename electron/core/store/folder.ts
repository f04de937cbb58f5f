import type Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { StoreError } from './errors';
import { checkBeforeOpen } from './health';
import { openDatabase, type OpenOptions } from './open';
import { DATABASE_FILE } from './open-constants';
import { acquireRestoreLock, describeOwner, registerOwner, restoreHolder, type OwnerKind } from './owners';
import { finishInterruptedRestore, RESTORE_JOURNAL } from './restore';

export interface OpenedFolder {
  db: Database.Database;
  /** Closes the connection and withdraws this process's claim on the folder. */
  close(): void;
}

/**
 * How every interface opens a data folder's database: register as a holder (so a restore elsewhere
 * refuses), finish a restore a crash interrupted, refuse while a restore runs, look for damage before
 * writing a byte, then open. Throws a StoreError the learner can act on.
 */
export function openDataFolder(dataDir: string, kind: Exclude<OwnerKind, 'restore'>, options: Omit<OpenOptions, 'backupDir'> = {}): OpenedFolder {
  const release = registerOwner(dataDir, kind);
  try {
    const holder = restoreHolder(dataDir);
    if (holder && holder.pid !== process.pid) throw new StoreError('busy', `Cannot open the database now: ${describeOwner(holder)}.`);
    if (existsSync(join(dataDir, RESTORE_JOURNAL))) {
      const unlock = acquireRestoreLock(dataDir);
      try {
        finishInterruptedRestore(dataDir);
      } finally {
        unlock();
      }
    }
    const file = join(dataDir, DATABASE_FILE);
    checkBeforeOpen(file, dataDir);
    const db = openDatabase(file, { ...options, backupDir: dataDir });
    return {
      db,
      close: () => {
        try {
          if (db.open) db.close();
        } finally {
          release();
        }
      },
    };
  } catch (e) {
    release();
    throw e;
  }
}
