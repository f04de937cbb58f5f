export type StoreErrorCode = 'future_version' | 'not_a_database' | 'cannot_open' | 'damaged' | 'missing' | 'busy';

/** A database problem a person can act on; the message says what happened and what to do. */
export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    /** Where the damaged files were moved, when they were. */
    readonly movedTo?: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

/** Damage the learner repairs by restoring a backup (as opposed to a newer or busy database). */
export function needsRecovery(e: unknown): e is StoreError {
  return e instanceof StoreError && (e.code === 'damaged' || e.code === 'missing' || e.code === 'not_a_database');
}

/** SQLite's own words for a file that is not (or no longer) a sound database. */
export function isCorruptionError(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB');
}

/** The two commands every damage message ends with. */
export const RESTORE_HINT = 'run "pathwise backup list", then "pathwise backup restore NAME"';
