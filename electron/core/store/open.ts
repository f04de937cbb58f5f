import type Database from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { CATALOG, CATALOG_VERSION } from '../../../shared/catalog/index';
import type { Resource } from '../../../shared/catalog/resource';
import { syncCatalog } from './catalog-sync';
import { StoreError } from './errors';
import { LATEST_VERSION } from './migrations/index';
import { createBackup } from './backup';
import { futureVersionError, migrate, schemaVersion } from './migrate';
import { openSqlite } from './sqlite';
import { ensureDatabaseId } from './identity';

export interface OpenOptions {
  catalog?: readonly Resource[];
  catalogVersion?: string;
  /** Durability: FULL (the default) syncs the WAL on every commit; OFF exists only for benchmarks. */
  synchronous?: 'FULL' | 'NORMAL' | 'OFF';
  /** A better-sqlite3 binary for this connection only; normally the process's (see sqlite.ts) is used. */
  nativeBinding?: string;
  /** Where backups go (the data folder); without it no automatic backup is made. */
  backupDir?: string;
}

export { DATABASE_FILE } from './open-constants';

/** The pragmas every connection uses; the benchmark's raw baseline applies the same ones. */
export function applyPragmas(db: Database.Database, synchronous: 'FULL' | 'NORMAL' | 'OFF' = 'FULL'): void {
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${synchronous}`);
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
}

/** Reads the schema version without writing a byte, so a file we must refuse stays exactly as it was. */
function peekVersion(file: string, nativeBinding?: string): number {
  let peek: Database.Database | undefined;
  try {
    peek = openSqlite(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    return peek.pragma('user_version', { simple: true }) as number;
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    if (/not a database|malformed/i.test(why)) {
      throw new StoreError(
        'not_a_database',
        `${file} is not a readable Pathwise database (${why}). It was left untouched; restore a backup with "pathwise backup list" and "pathwise backup restore NAME".`,
      );
    }
    throw new StoreError('cannot_open', `Cannot open ${file}: ${why}`);
  } finally {
    peek?.close();
  }
}

/** Opens (creating if needed) the database, migrates it and brings the shipped catalog up to date. */
export function openDatabase(file: string, options: OpenOptions = {}): Database.Database {
  if (existsSync(file)) {
    const version = peekVersion(file, options.nativeBinding);
    if (version > LATEST_VERSION) throw futureVersionError(file, version);
  } else {
    mkdirSync(dirname(file), { recursive: true });
  }
  const db = openSqlite(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    applyPragmas(db, options.synchronous);
    // A database holding data is copied aside before its schema changes.
    const version = schemaVersion(db);
    if (options.backupDir && version > 0 && version < LATEST_VERSION) createBackup(db, options.backupDir, 'migration');
    migrate(db);
    syncCatalog(db, options.catalog ?? CATALOG, options.catalogVersion ?? CATALOG_VERSION);
    ensureDatabaseId(db);
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}
