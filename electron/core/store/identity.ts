import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { copyFileSync, existsSync, rmSync, statSync } from 'node:fs';
import { openSqlite } from './sqlite';

const KEY = 'database_id';

/** Gives a database a random identity once, so a write-ahead log can be matched to its own file. */
export function ensureDatabaseId(db: Database.Database): void {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO NOTHING').run(KEY, randomUUID());
}

function readId(db: Database.Database): string | null {
  try {
    return (db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(KEY) as string | undefined) ?? null;
  } catch {
    return null;
  }
}

/**
 * A -wal left beside the database after a crash is part of it; one copied in from elsewhere (a sync
 * tool, a partial restore by hand) would be replayed into it silently. With no process holding the
 * file, compare the identity the file alone records with the one seen through the log: a copy of the
 * bare file is opened, so neither the database nor its log is touched. Null when it cannot tell.
 */
export function walMatchesDatabase(file: string, db: Database.Database): boolean | null {
  const wal = file + '-wal';
  if (!existsSync(wal) || statSync(wal).size === 0) return null;
  const seen = readId(db);
  const bare = `${file}.${process.pid}.check`;
  try {
    copyFileSync(file, bare);
    const copy = openSqlite(bare, { fileMustExist: true });
    try {
      const own = readId(copy);
      return own === null || seen === null ? null : own === seen;
    } finally {
      copy.close();
    }
  } catch {
    return null;
  } finally {
    for (const suffix of ['', '-wal', '-shm']) rmSync(bare + suffix, { force: true });
  }
}
