import type { Database } from 'better-sqlite3';
import { goalStatements } from './goals';
import { itemStatements } from './items';
import { logStatements } from './log';
import { resourceStatements } from './resources';
import { rhythmStatements } from './rhythm';
import { dataStamp, settingStatements } from './settings';
import { whenRolledBack } from './tx';

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
  /** Changes whenever any data may have changed; keys caches of derived facts. */
  readonly stamp: () => string;
}

const stores = new WeakMap<Database, Store>();

/** The store of a connection, prepared on first use and reused after. */
export function storeFor(db: Database): Store {
  let store = stores.get(db);
  if (!store) {
    const items = itemStatements(db);
    store = {
      db,
      goals: goalStatements(db),
      items,
      log: logStatements(db, items.touching),
      resources: resourceStatements(db),
      rhythm: rhythmStatements(db, items.besides),
      settings: settingStatements(db),
      stamp: dataStamp(db),
    };
    whenRolledBack(db, store.items.forget);
    stores.set(db, store);
  }
  return store;
}

export { inWriteTransaction, writeTransaction } from './tx';
export type { StoredItem } from './items';
