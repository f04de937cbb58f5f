import type { Database } from 'better-sqlite3';
import type { Resource } from '../../../shared/catalog/resource';
import { storeFor } from './index';
import { inWriteTransaction } from './tx';

export const CATALOG_VERSION_KEY = 'catalog_version';

/**
 * Brings the shipped catalog into the database when its version changed, in one transaction.
 * Custom resources are never touched. A shipped resource that disappeared is deleted when nothing
 * uses it, and otherwise kept as discontinued so no plan or custom prerequisite loses it.
 */
export function syncCatalog(db: Database, catalog: readonly Resource[], version: string): boolean {
  const { resources, settings } = storeFor(db);
  if (settings.get(CATALOG_VERSION_KEY) === version) return false;
  const shipped = new Set(catalog.map((r) => r.id));
  inWriteTransaction(db, () => {
    catalog.forEach((r, i) => resources.write(r, i));
    for (const id of resources.shippedIds().filter((id) => !shipped.has(id))) {
      if (resources.isUsed(id)) resources.retire(id, 'No longer in the Pathwise catalog.');
      else resources.remove(id);
    }
    settings.set(CATALOG_VERSION_KEY, version);
  });
  return true;
}
