import type { Database } from 'better-sqlite3';
import type { ItemOrigin, ItemStatus } from '../../../shared/planner/types';

/** Where the planner put an item; written by a (re-)plan. */
export interface ItemPlacement {
  position: number;
  origin: ItemOrigin;
  relevance: number;
  status: ItemStatus;
  skipReason: string | null;
}

/** A plan item as stored: where it sits in the plan and what the learner did with it. */
export interface StoredItem extends ItemPlacement {
  id: number;
  goalId: number;
  resourceId: string;
  startedOn: string | null;
  completedOn: string | null;
  notes: string;
  /** Running total of the time logged on it, kept by the log's triggers. */
  minutesLogged: number;
  /** Taken out of the plan by the learner; kept with its history. */
  removed: boolean;
}

interface ItemRow {
  id: number;
  goal_id: number;
  resource_id: string;
  position: number;
  origin: ItemOrigin;
  relevance: number;
  status: ItemStatus;
  skip_reason: string | null;
  started_on: string | null;
  completed_on: string | null;
  notes: string;
  minutes_logged: number;
  removed_at: string | null;
}

const toItem = (r: ItemRow): StoredItem => ({
  id: r.id,
  goalId: r.goal_id,
  resourceId: r.resource_id,
  position: r.position,
  origin: r.origin,
  relevance: r.relevance,
  status: r.status,
  skipReason: r.skip_reason,
  startedOn: r.started_on,
  completedOn: r.completed_on,
  notes: r.notes,
  minutesLogged: r.minutes_logged,
  removed: r.removed_at !== null,
});

export type NewItem = ItemPlacement & Pick<StoredItem, 'goalId' | 'resourceId' | 'startedOn' | 'completedOn' | 'notes'>;

/**
 * A goal's items as last read, valid while this connection made no change but the ones patched in
 * (`changes` is SQLite's total_changes() after the last read or patch) and no other connection
 * committed (`version` is PRAGMA data_version). Reading 20,000 rows costs far more than a status
 * change, so a change patches its one row in instead of dropping the list.
 */
interface GoalItems {
  changes: number;
  version: number;
  rows: readonly StoredItem[];
  at: Map<number, number>;
  /** Items written since `rows` was made: read again, one row each, when the list is next asked for. */
  stale: Set<number>;
}

export function itemStatements(db: Database) {
  const byId = db.prepare('SELECT * FROM plan_items WHERE id = ?');
  const totalChanges = db.prepare('SELECT total_changes()').pluck();
  const dataVersion = db.prepare('PRAGMA data_version').pluck();
  const cache = new Map<number, GoalItems>();
  const current = (goalId: number): GoalItems | undefined => {
    const c = cache.get(goalId);
    if (c && c.changes === totalChanges.get() && c.version === dataVersion.get()) return c;
    cache.delete(goalId);
    return undefined;
  };
  /**
   * Runs a one-row write and marks that row for reading again, if its goal's list was current. Nothing
   * is read until the list is asked for, so a burst of time entries costs one row read, not one each.
   * Another connection's commit is caught by `data_version` when the list is read.
   */
  const patched = (id: number, write: () => void, goalId = (byId.get(id) as ItemRow | undefined)?.goal_id) => {
    const c = goalId === undefined ? undefined : cache.get(goalId);
    const kept = c && c.changes === totalChanges.get() ? c : undefined;
    write();
    if (!c) return;
    if (!kept || !kept.at.has(id)) return void cache.delete(goalId!);
    kept.stale.add(id);
    kept.changes = totalChanges.get() as number;
  };
  /** The list with its written rows read again; undefined when one of them has gone. */
  const refreshed = (c: GoalItems): readonly StoredItem[] | undefined => {
    // Copied, not changed in place: facts derived from the old list may still be held.
    const rows = c.rows.slice();
    for (const id of c.stale) {
      const row = byId.get(id) as ItemRow | undefined;
      if (!row || row.removed_at !== null) return undefined;
      rows[c.at.get(id)!] = toItem(row);
    }
    c.stale.clear();
    return (c.rows = Object.freeze(rows));
  };
  // Removed items keep their row (and so their notes and log) but are out of the plan everywhere.
  const ofGoal = db.prepare('SELECT * FROM plan_items WHERE goal_id = ? AND removed_at IS NULL ORDER BY position');
  const removedOf = db.prepare('SELECT * FROM plan_items WHERE goal_id = ? AND removed_at IS NOT NULL');
  // Not a patched write: removing changes which rows the list holds, so the kept list is dropped.
  const setRemoved = db.prepare('UPDATE plan_items SET removed_at = ? WHERE id = ?');
  const insert = db.prepare(
    `INSERT INTO plan_items (goal_id, resource_id, position, origin, relevance, status, skip_reason, started_on, completed_on, notes)
     VALUES (@goalId, @resourceId, @position, @origin, @relevance, @status, @skipReason, @startedOn, @completedOn, @notes)`,
  );
  const place = db.prepare(
    `UPDATE plan_items SET position = @position, origin = @origin, relevance = @relevance, status = @status, skip_reason = @skipReason
     WHERE id = @id`,
  );
  const remove = db.prepare('DELETE FROM plan_items WHERE id = ?');
  const status = db.prepare(
    `UPDATE plan_items SET status = @status,
       skip_reason = CASE WHEN @status = 'skipped' THEN skip_reason ELSE NULL END,
       started_on = CASE WHEN @status IN ('in-progress', 'done') THEN COALESCE(started_on, @day) ELSE started_on END,
       completed_on = CASE WHEN @status = 'done' THEN @day ELSE NULL END
     WHERE id = @id`,
  );
  const notes = db.prepare('UPDATE plan_items SET notes = ? WHERE id = ?');
  const position = db.prepare('UPDATE plan_items SET position = ? WHERE id = ?');
  const swap = db.prepare("UPDATE plan_items SET resource_id = ?, origin = 'learner' WHERE id = ?");
  const used = db.prepare('SELECT EXISTS (SELECT 1 FROM plan_items WHERE resource_id = ?)').pluck();

  return {
    get(id: number): StoredItem | undefined {
      const row = byId.get(id) as ItemRow | undefined;
      return row && toItem(row);
    },
    /** A goal's items in plan order. The list is shared: read it, never change it. */
    ofGoal(goalId: number): readonly StoredItem[] {
      const c = current(goalId);
      const kept = c && (c.stale.size === 0 ? c.rows : refreshed(c));
      if (kept) return kept;
      // Frozen: the list is shared between callers, so sorting it in place must fail loudly.
      const rows = Object.freeze((ofGoal.all(goalId) as ItemRow[]).map(toItem));
      cache.set(goalId, {
        changes: totalChanges.get() as number,
        version: dataVersion.get() as number,
        rows,
        at: new Map(rows.map((r, i) => [r.id, i])),
        stale: new Set(),
      });
      return rows;
    },
    /** Runs a write that changes only item `id`'s row (a log entry's totals), keeping its goal's list current. */
    touching(id: number, goalId: number, write: () => void): void {
      patched(id, write, goalId);
    },
    /**
     * Runs a write to other tables (revisits, sessions) that leaves every item as it was, so the lists
     * that were current stay current instead of being read again on the next change of a big plan.
     */
    besides(write: () => void): void {
      const before = totalChanges.get() as number;
      const version = dataVersion.get() as number;
      const kept = [...cache.values()].filter((c) => c.changes === before && c.version === version);
      write();
      const after = totalChanges.get() as number;
      for (const c of kept) c.changes = after;
    },
    /** Forgets every list: after a rollback, a patched row may no longer be what the file holds. */
    forget(): void {
      cache.clear();
    },
    /** A goal's removed items, which keep their history until the resource is added back. */
    removedOf(goalId: number): StoredItem[] {
      return (removedOf.all(goalId) as ItemRow[]).map(toItem);
    },
    /** Takes an item out of the plan (`at`) or puts it back (null). */
    setRemoved(id: number, at: string | null): void {
      setRemoved.run(at, id);
    },
    insert(item: NewItem): number {
      return Number(insert.run(item).lastInsertRowid);
    },
    place(id: number, p: ItemPlacement): void {
      place.run({ ...p, id });
    },
    remove(id: number): void {
      remove.run(id);
    },
    /** Sets the status; the first start and the completion day follow from it. */
    setStatus(id: number, value: ItemStatus, day: string): void {
      patched(id, () => status.run({ status: value, day, id }));
    },
    setNotes(id: number, value: string): void {
      patched(id, () => notes.run(value, id));
    },
    setPosition(id: number, value: number): void {
      position.run(value, id);
    },
    /**
     * Points an item at another resource in place: it keeps its id, so its status, notes and every
     * logged minute stay with it, and it becomes the learner's choice, which re-plans keep.
     */
    setResource(id: number, resourceId: string): void {
      patched(id, () => swap.run(resourceId, id));
    },
    /** Whether any plan holds the resource. */
    usesResource(resourceId: string): boolean {
      return used.get(resourceId) === 1;
    },
  };
}

export type ItemStatements = ReturnType<typeof itemStatements>;
