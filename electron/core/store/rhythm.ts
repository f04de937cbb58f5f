import type { Database } from 'better-sqlite3';
import type { RevisitCard, RevisitGrade } from '../../../shared/rhythm/revisits';
import type { RunningSession } from '../../../shared/rhythm/session';

export interface StoredRevisit {
  id: number;
  itemId: number;
  due: number;
  card: RevisitCard;
}

interface RevisitRow {
  id: number;
  item_id: number;
  due: number;
  card: string;
}

const toRevisit = (r: RevisitRow): StoredRevisit => ({ id: r.id, itemId: r.item_id, due: r.due, card: JSON.parse(r.card) as RevisitCard });

/**
 * Sessions, revisits and revisit grades: the study-rhythm tables. Their writes go through `besides`,
 * as they leave every plan item as it was.
 */
export function rhythmStatements(db: Database, besides: (write: () => void) => void) {
  const session = db.prepare('SELECT item_id AS itemId, started_at AS startedAt FROM study_session WHERE id = 1');
  const startSession = db.prepare('INSERT INTO study_session (id, item_id, started_at) VALUES (1, ?, ?)');
  const endSession = db.prepare('DELETE FROM study_session WHERE id = 1');

  const revisitOfItem = db.prepare('SELECT * FROM revisits WHERE item_id = ?');
  const revisitById = db.prepare('SELECT * FROM revisits WHERE id = ?');
  const upsertRevisit = db.prepare(
    'INSERT INTO revisits (item_id, due, card) VALUES (@itemId, @due, @card) ON CONFLICT(item_id) DO UPDATE SET due = excluded.due, card = excluded.card',
  );
  const dropRevisit = db.prepare('DELETE FROM revisits WHERE item_id = ?');
  // Only finished items of live goals that still want revisits come back.
  const due = db.prepare(
    `SELECT r.* FROM revisits r
       JOIN plan_items i ON i.id = r.item_id
       JOIN goals g ON g.id = i.goal_id
     WHERE r.due <= @until AND i.status = 'done' AND g.archived_at IS NULL AND g.revisits_enabled = 1
       AND (@goalId IS NULL OR g.id = @goalId)
     ORDER BY r.due, r.id`,
  );
  const logGrade = db.prepare('INSERT INTO revisit_log (item_id, at, day, grade, minutes) VALUES (?, ?, ?, ?, ?)');
  const reviewMinutesByDay = db.prepare(
    `SELECT l.day AS day, SUM(l.minutes) AS minutes FROM revisit_log l JOIN plan_items i ON i.id = l.item_id
     WHERE i.goal_id = ? GROUP BY l.day ORDER BY l.day`,
  );
  const reviewTotals = db.prepare(
    'SELECT COALESCE(SUM(l.minutes), 0) AS minutes, COUNT(*) AS graded FROM revisit_log l JOIN plan_items i ON i.id = l.item_id WHERE i.goal_id = ?',
  );
  const revisitsEnabled = db.prepare('SELECT revisits_enabled FROM goals WHERE id = ?').pluck();
  const setRevisitsEnabled = db.prepare('UPDATE goals SET revisits_enabled = ? WHERE id = ?');

  return {
    session(): RunningSession | null {
      return (session.get() as RunningSession | undefined) ?? null;
    },
    startSession(s: RunningSession): void {
      besides(() => startSession.run(s.itemId, s.startedAt));
    },
    endSession(): void {
      besides(() => endSession.run());
    },
    revisitOfItem(itemId: number): StoredRevisit | null {
      const r = revisitOfItem.get(itemId) as RevisitRow | undefined;
      return r ? toRevisit(r) : null;
    },
    revisit(id: number): StoredRevisit | null {
      const r = revisitById.get(id) as RevisitRow | undefined;
      return r ? toRevisit(r) : null;
    },
    saveRevisit(itemId: number, card: RevisitCard): void {
      besides(() => upsertRevisit.run({ itemId, due: card.due, card: JSON.stringify(card) }));
    },
    dropRevisit(itemId: number): void {
      besides(() => dropRevisit.run(itemId));
    },
    due(until: number, goalId: number | null): StoredRevisit[] {
      return (due.all({ until, goalId }) as RevisitRow[]).map(toRevisit);
    },
    logGrade(itemId: number, at: number, day: string, grade: RevisitGrade, minutes: number): void {
      besides(() => logGrade.run(itemId, at, day, grade, minutes));
    },
    reviewMinutesByDay(goalId: number): { day: string; minutes: number }[] {
      return reviewMinutesByDay.all(goalId) as { day: string; minutes: number }[];
    },
    reviewTotals(goalId: number): { minutes: number; graded: number } {
      return reviewTotals.get(goalId) as { minutes: number; graded: number };
    },
    revisitsEnabled(goalId: number): boolean {
      return revisitsEnabled.get(goalId) === 1;
    },
    setRevisitsEnabled(goalId: number, enabled: boolean): void {
      besides(() => setRevisitsEnabled.run(enabled ? 1 : 0, goalId));
    },
  };
}
