import type { Database } from 'better-sqlite3';
import type { ItemOrigin, ItemStatus } from '../../../shared/planner/types';

/** Where the planner put an item; written by a (re-)plan. */
export interface ItemPlacement {
  position: number;
  origin: ItemOrigin;
  relevance: number;
  status: ItemStatus;
  skipReason: string | null;
  startWeek: number;
  endWeek: number;
}

/** A plan item as stored: where it sits in the plan and what the learner did with it. */
export interface StoredItem extends ItemPlacement {
  id: number;
  goalId: number;
  resourceId: string;
  startedOn: string | null;
  completedOn: string | null;
  notes: string;
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
  start_week: number;
  end_week: number;
  started_on: string | null;
  completed_on: string | null;
  notes: string;
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
  startWeek: r.start_week,
  endWeek: r.end_week,
  startedOn: r.started_on,
  completedOn: r.completed_on,
  notes: r.notes,
  removed: r.removed_at !== null,
});

export type NewItem = ItemPlacement & Pick<StoredItem, 'goalId' | 'resourceId' | 'startedOn' | 'completedOn' | 'notes'>;

export function itemStatements(db: Database) {
  const byId = db.prepare('SELECT * FROM plan_items WHERE id = ?');
  // Removed items keep their row (and so their notes and log) but are out of the plan everywhere.
  const ofGoal = db.prepare('SELECT * FROM plan_items WHERE goal_id = ? AND removed_at IS NULL ORDER BY position');
  const removedOf = db.prepare('SELECT * FROM plan_items WHERE goal_id = ? AND removed_at IS NOT NULL');
  const setRemoved = db.prepare('UPDATE plan_items SET removed_at = ? WHERE id = ?');
  const insert = db.prepare(
    `INSERT INTO plan_items (goal_id, resource_id, position, origin, relevance, status, skip_reason, start_week, end_week, started_on, completed_on, notes)
     VALUES (@goalId, @resourceId, @position, @origin, @relevance, @status, @skipReason, @startWeek, @endWeek, @startedOn, @completedOn, @notes)`,
  );
  const place = db.prepare(
    `UPDATE plan_items SET position = @position, origin = @origin, relevance = @relevance, status = @status, skip_reason = @skipReason,
       start_week = @startWeek, end_week = @endWeek WHERE id = @id`,
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
  const weeks = db.prepare('UPDATE plan_items SET start_week = ?, end_week = ? WHERE id = ?');
  const used = db.prepare('SELECT EXISTS (SELECT 1 FROM plan_items WHERE resource_id = ?)').pluck();

  return {
    get(id: number): StoredItem | undefined {
      const row = byId.get(id) as ItemRow | undefined;
      return row && toItem(row);
    },
    /** A goal's items in plan order. */
    ofGoal(goalId: number): StoredItem[] {
      return (ofGoal.all(goalId) as ItemRow[]).map(toItem);
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
      status.run({ status: value, day, id });
    },
    setNotes(id: number, value: string): void {
      notes.run(value, id);
    },
    setPosition(id: number, value: number): void {
      position.run(value, id);
    },
    setWeeks(id: number, startWeek: number, endWeek: number): void {
      weeks.run(startWeek, endWeek, id);
    },
    /** Whether any plan holds the resource. */
    usesResource(resourceId: string): boolean {
      return used.get(resourceId) === 1;
    },
  };
}

export type ItemStatements = ReturnType<typeof itemStatements>;
