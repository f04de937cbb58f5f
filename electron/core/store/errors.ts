export type StoreErrorCode = 'future_version' | 'not_a_database' | 'cannot_open';

/** A database problem a person can act on; the message says what happened and what to do. */
export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}
