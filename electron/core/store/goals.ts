import type { Database } from 'better-sqlite3';
import type { Goal } from '../../../shared/contract/views';
import type { PlanNote } from '../../../shared/planner/types';
import type { Framework, Profile } from '../../../shared/profile';

interface GoalRow {
  id: number;
  uid: string;
  title: string;
  profile: string;
  framework: Framework;
  recommended_framework: Framework;
  start_date: string;
  target_date: string | null;
  hours_per_week: number;
  custom_order: 0 | 1;
  plan_notes: string;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
}

function toGoal(row: GoalRow): Goal {
  return {
    id: row.id,
    uid: row.uid,
    title: row.title,
    framework: row.framework,
    recommendedFramework: row.recommended_framework,
    profile: JSON.parse(row.profile) as Profile,
    startDate: row.start_date,
    targetDate: row.target_date,
    hoursPerWeek: row.hours_per_week,
    customOrder: row.custom_order === 1,
    archived: row.archived_at !== null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    notes: JSON.parse(row.plan_notes) as PlanNote[],
  };
}

/** What a new goal is written with; `archivedAt` is set only when an archived goal is imported. */
export interface NewGoal {
  uid: string;
  title: string;
  profile: Profile;
  framework: Framework;
  recommendedFramework: Framework;
  startDate: string;
  targetDate: string | null;
  hoursPerWeek: number;
  customOrder: boolean;
  notes: readonly PlanNote[];
  createdAt: string;
  updatedAt: string;
  archivedAt: string | null;
}

/** The settings a re-plan rewrites. */
export type GoalPlanSettings = Pick<NewGoal, 'profile' | 'framework' | 'recommendedFramework' | 'startDate' | 'targetDate' | 'hoursPerWeek' | 'notes'>;

export function goalStatements(db: Database) {
  const byId = db.prepare('SELECT * FROM goals WHERE id = ?');
  const active = db.prepare('SELECT * FROM goals WHERE archived_at IS NULL ORDER BY id');
  const all = db.prepare('SELECT * FROM goals ORDER BY archived_at IS NOT NULL, id');
  const insert = db.prepare(
    `INSERT INTO goals (uid, title, profile, framework, recommended_framework, start_date, target_date, hours_per_week, custom_order,
       plan_notes, created_at, updated_at, archived_at)
     VALUES (@uid, @title, @profile, @framework, @recommendedFramework, @startDate, @targetDate, @hoursPerWeek, @customOrder,
       @notes, @createdAt, @updatedAt, @archivedAt)`,
  );
  const rename = db.prepare('UPDATE goals SET title = ?, updated_at = ? WHERE id = ?');
  const settings = db.prepare(
    `UPDATE goals SET profile = @profile, framework = @framework, recommended_framework = @recommendedFramework, start_date = @startDate,
       target_date = @targetDate, hours_per_week = @hoursPerWeek, plan_notes = @notes, updated_at = @updatedAt WHERE id = @id`,
  );
  const touch = db.prepare('UPDATE goals SET updated_at = ? WHERE id = ?');
  const customOrder = db.prepare('UPDATE goals SET custom_order = 1, updated_at = ? WHERE id = ?');
  const archive = db.prepare('UPDATE goals SET archived_at = ?, updated_at = ? WHERE id = ?');
  const remove = db.prepare('DELETE FROM goals WHERE id = ?');
  const uid = db.prepare('SELECT 1 FROM goals WHERE uid = ?').pluck();

  return {
    get(id: number): Goal | undefined {
      const row = byId.get(id) as GoalRow | undefined;
      return row && toGoal(row);
    },
    list(includeArchived: boolean): Goal[] {
      return ((includeArchived ? all : active).all() as GoalRow[]).map(toGoal);
    },
    insert(g: NewGoal): number {
      const info = insert.run({
        ...g,
        profile: JSON.stringify(g.profile),
        customOrder: g.customOrder ? 1 : 0,
        notes: JSON.stringify(g.notes),
      });
      return Number(info.lastInsertRowid);
    },
    rename(id: number, title: string, now: string): void {
      rename.run(title, now, id);
    },
    setPlanSettings(id: number, s: GoalPlanSettings, now: string): void {
      settings.run({ ...s, id, profile: JSON.stringify(s.profile), notes: JSON.stringify(s.notes), updatedAt: now });
    },
    touch(id: number, now: string): void {
      touch.run(now, id);
    },
    markCustomOrder(id: number, now: string): void {
      customOrder.run(now, id);
    },
    setArchived(id: number, archivedAt: string | null, now: string): void {
      archive.run(archivedAt, now, id);
    },
    /** Deletes the goal with its items and log (foreign keys cascade); answers whether a row went. */
    delete(id: number): boolean {
      return remove.run(id).changes === 1;
    },
    uidTaken(value: string): boolean {
      return uid.get(value) !== undefined;
    },
  };
}

export type GoalStatements = ReturnType<typeof goalStatements>;
