import type { Database } from 'better-sqlite3';
import { goalStatements } from './goals';
import { itemStatements } from './items';
import { logStatements } from './log';
import { resourceStatements } from './resources';
import { rhythmStatements } from './rhythm';
import { settingStatements } from './settings';

/**
 * All the SQL the app runs, by table group, prepared once per connection. Everything above the store
 * (service, import, export) works with domain types and never writes SQL.
 */
export interface Store {
  readonly db: Database;
  readonly goals: ReturnType<typeof goalStatements>;
  readonly items: ReturnType<typeof itemStatements>;
  readonly log: ReturnType<typeof logStatements>;
  readonly resources: ReturnType<typeof resourceStatements>;
  readonly rhythm: ReturnType<typeof rhythmStatements>;
  readonly settings: ReturnType<typeof settingStatements>;
}

const stores = new WeakMap<Database, Store>();

/** The store of a connection, prepared on first use and reused after. */
export function storeFor(db: Database): Store {
  let store = stores.get(db);
  if (!store) {
    store = {
      db,
      goals: goalStatements(db),
      items: itemStatements(db),
      log: logStatements(db),
      resources: resourceStatements(db),
      rhythm: rhythmStatements(db),
      settings: settingStatements(db),
    };
    stores.set(db, store);
  }
  return store;
}

export { inWriteTransaction, writeTransaction } from './tx';
export type { StoredItem } from './items';
