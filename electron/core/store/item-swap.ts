import type { Database } from 'better-sqlite3';

/**
 * Points a plan item at another resource in place. The item keeps its id, so its status, notes and
 * every logged minute stay with it; it becomes the learner's choice, which later re-plans keep.
 * Call inside a transaction.
 */
export function swapItemResource(db: Database, itemId: number, resourceId: string): void {
  const info = db.prepare("UPDATE plan_items SET resource_id = ?, origin = 'learner' WHERE id = ?").run(resourceId, itemId);
  if (info.changes !== 1) throw new Error(`plan item ${itemId} was not updated`);
}

/** Items of a goal with any time or status entry: their progress must survive a re-plan. */
export function itemsWithLog(db: Database, goalId: number): Set<number> {
  return new Set(db.prepare('SELECT DISTINCT item_id FROM progress_log WHERE goal_id = ?').pluck().all(goalId) as number[]);
}

export function setPlanNotes(db: Database, goalId: number, notesJson: string, nowIso: string): void {
  db.prepare('UPDATE goals SET plan_notes = ?, updated_at = ? WHERE id = ?').run(notesJson, nowIso, goalId);
}
