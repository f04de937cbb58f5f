import type { Database } from 'better-sqlite3';
import { prepareResourceReader, prepareResourceWriter } from './resource-rows';

export function resourceStatements(db: Database) {
  const write = prepareResourceWriter(db);
  const all = prepareResourceReader(db);
  const nextCustom = db.prepare('SELECT COALESCE(MAX(position), -1) + 1 FROM resources WHERE custom = 1').pluck();
  const position = db.prepare('SELECT position FROM resources WHERE id = ?').pluck();
  const shipped = db.prepare('SELECT id FROM resources WHERE custom = 0').pluck();
  const used = db
    .prepare('SELECT EXISTS (SELECT 1 FROM plan_items WHERE resource_id = @id) OR EXISTS (SELECT 1 FROM resource_prereqs WHERE prereq_id = @id)')
    .pluck();
  const retire = db.prepare("UPDATE resources SET status = 'discontinued', status_reason = ? WHERE id = ?");
  const remove = db.prepare('DELETE FROM resources WHERE id = ?');

  return {
    /** Every resource, catalog order then custom ones, prerequisites in their stated order. */
    all,
    /** Inserts or replaces a resource and its prerequisite edges. Call inside a write transaction. */
    write,
    /** Where the next custom resource goes, after the existing ones. */
    nextCustomPosition: (): number => nextCustom.get() as number,
    positionOf: (id: string): number | undefined => position.get(id) as number | undefined,
    shippedIds: (): string[] => shipped.all() as string[],
    /** Whether a plan or another resource's prerequisites still refer to it. */
    isUsed: (id: string): boolean => used.get({ id }) === 1,
    retire(id: string, reason: string): void {
      retire.run(reason, id);
    },
    remove(id: string): void {
      remove.run(id);
    },
  };
}

export type ResourceStatements = ReturnType<typeof resourceStatements>;
