import type { Database } from 'better-sqlite3';

/**
 * Every write transaction begins IMMEDIATE. A deferred transaction that reads first takes only a read
 * lock, and when it later tries to write while another connection holds the write lock SQLite answers
 * SQLITE_BUSY at once, without waiting the busy timeout. Taking the write lock at BEGIN makes the
 * busy timeout apply. Nested calls become savepoints, as with any better-sqlite3 transaction.
 */
export function writeTransaction<A extends unknown[], R>(db: Database, fn: (...args: A) => R): (...args: A) => R {
  const tx = db.transaction(fn);
  return (...args: A) => {
    try {
      return tx.immediate(...args);
    } catch (e) {
      rolledBack(db);
      throw e;
    }
  };
}

/** Runs `fn` once inside an IMMEDIATE transaction. */
export function inWriteTransaction<R>(db: Database, fn: () => R): R {
  return writeTransaction(db, fn)();
}

const onRollback = new WeakMap<Database, () => void>();

/** What to forget when a write transaction rolls back (caches patched inside it). */
export function whenRolledBack(db: Database, forget: () => void): void {
  onRollback.set(db, forget);
}

function rolledBack(db: Database): void {
  onRollback.get(db)?.();
}
