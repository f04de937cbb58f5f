import type { Database } from 'better-sqlite3';
import { StoreError } from './errors';
import { LATEST_VERSION, MIGRATIONS, type Migration } from './migrations/index';
import { inWriteTransaction } from './tx';

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function futureVersionError(file: string, version: number): StoreError {
  return new StoreError(
    'future_version',
    `The database ${file} was written by a newer Pathwise (schema version ${version}; this version knows up to ${LATEST_VERSION}). ` +
      'It was left untouched: update Pathwise to open it.',
  );
}

/** Applies each pending migration in its own transaction, so a failure leaves the last good version. */
export function migrate(db: Database, target = LATEST_VERSION, migrations: readonly Migration[] = MIGRATIONS): number {
  const current = schemaVersion(db);
  if (current > LATEST_VERSION) throw futureVersionError(db.name, current);
  for (const m of migrations) {
    if (m.version <= current || m.version > target) continue;
    inWriteTransaction(db, () => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    });
  }
  return schemaVersion(db);
}
