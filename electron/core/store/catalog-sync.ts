import type { Database } from 'better-sqlite3';
import type { Resource } from '../../../shared/catalog/resource';
import { prepareResourceWriter } from './resource-rows';
import { inWriteTransaction } from './tx';

export const CATALOG_VERSION_KEY = 'catalog_version';

/**
 * Brings the shipped catalog into the database when its version changed, in one transaction.
 * Custom resources are never touched. A shipped resource that disappeared is deleted when nothing
 * uses it, and otherwise kept as discontinued so no plan or custom prerequisite loses it.
 */
export function syncCatalog(db: Database, catalog: readonly Resource[], version: string): boolean {
  const current = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(CATALOG_VERSION_KEY) as string | undefined;
  if (current === version) return false;
  const write = prepareResourceWriter(db);
  const shipped = new Set(catalog.map((r) => r.id));
  inWriteTransaction(db, () => {
    catalog.forEach((r, i) => write(r, i));
    const gone = (db.prepare('SELECT id FROM resources WHERE custom = 0').pluck().all() as string[]).filter((id) => !shipped.has(id));
    const used = db.prepare(
      'SELECT EXISTS (SELECT 1 FROM plan_items WHERE resource_id = @id) OR EXISTS (SELECT 1 FROM resource_prereqs WHERE prereq_id = @id)',
    );
    for (const id of gone) {
      if (used.pluck().get({ id })) {
        db.prepare(
          "UPDATE resources SET status = 'discontinued', status_reason = 'No longer in the Pathwise catalog.' WHERE id = ?",
        ).run(id);
      } else {
        db.prepare('DELETE FROM resources WHERE id = ?').run(id);
      }
    }
    db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(
      CATALOG_VERSION_KEY,
      version,
    );
  });
  return true;
}
