import { randomUUID } from 'node:crypto';
import type { ParsedInput } from '../../../shared/contract/contract';
import { ServiceError } from '../../../shared/contract/results';
import type { GoalSummary } from '../../../shared/contract/views';
import { buildPlan } from '../../../shared/planner/plan';
import type { ItemStatus } from '../../../shared/planner/types';
import { FRAMEWORK_LABEL, type Framework, type Profile } from '../../../shared/profile';
import { recommend } from '../../../shared/recommender/recommend';
import { finishDate } from '../../../shared/planner/schedule';
import type { Context } from './context';
import { planView, savePlan } from './plan-store';
import { goalRow, itemRows, toGoal, type GoalRow } from './rows';
import { inWriteTransaction } from '../store/tx';

function defaultTitle(profile: Profile, framework: Framework): string {
  const domains = profile.domains.map((d) => (d === 'nlp' ? 'NLP' : d === 'timeseries' ? 'time series' : d));
  return `${FRAMEWORK_LABEL[framework]} for ${domains.join(', ')}`;
}

export function createGoal(ctx: Context, input: ParsedInput<'createGoal'>) {
  const rec = recommend(input.profile);
  const framework = input.framework ?? rec.framework;
  const today = ctx.today();
  const plan = buildPlan({ profile: input.profile, framework, catalog: ctx.catalog(), today });
  const now = ctx.nowIso();
  const id = inWriteTransaction(ctx.db, () => {
    const info = ctx.db
      .prepare(
        `INSERT INTO goals (uid, title, profile, framework, recommended_framework, start_date, target_date, hours_per_week, plan_notes, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        randomUUID(),
        input.title ?? defaultTitle(input.profile, framework),
        JSON.stringify(input.profile),
        framework,
        rec.framework,
        plan.startDate,
        input.profile.targetDate ?? null,
        input.profile.hoursPerWeek,
        JSON.stringify(plan.notes),
        now,
        now,
      );
    const goalId = Number(info.lastInsertRowid);
    savePlan(ctx, goalId, plan);
    return goalId;
  });
  return planView(ctx, id);
}

export function listGoals(ctx: Context, input: ParsedInput<'listGoals'>): GoalSummary[] {
  const goals = ctx.db
    .prepare(`SELECT * FROM goals ${input.includeArchived ? '' : 'WHERE archived_at IS NULL'} ORDER BY archived_at IS NOT NULL, id`)
    .all() as GoalRow[];
  const catalog = ctx.catalog();
  const items = ctx.db.prepare('SELECT goal_id, resource_id, status FROM plan_items').all() as {
    goal_id: number;
    resource_id: string;
    status: ItemStatus;
  }[];
  const totals = new Map<number, { total: number; done: number; hours: number; hoursDone: number }>();
  for (const it of items) {
    const t = totals.get(it.goal_id) ?? { total: 0, done: 0, hours: 0, hoursDone: 0 };
    if (it.status !== 'skipped') {
      const h = catalog.get(it.resource_id)?.hours ?? 0;
      t.total++;
      t.hours += h;
      if (it.status === 'done') {
        t.done++;
        t.hoursDone += h;
      }
    }
    totals.set(it.goal_id, t);
  }
  return goals.map((g) => {
    const t = totals.get(g.id) ?? { total: 0, done: 0, hours: 0, hoursDone: 0 };
    return {
      ...toGoal(g),
      itemsTotal: t.total,
      itemsDone: t.done,
      percentDone: t.hours > 0 ? Math.round((t.hoursDone / t.hours) * 1000) / 10 : 0,
      finishDate: finishDate(g.start_date, t.hours, g.hours_per_week),
    };
  });
}

export function getGoal(ctx: Context, input: ParsedInput<'getGoal'>) {
  return toGoal(goalRow(ctx, input.goalId));
}

/**
 * A new title only renames. A new profile or framework re-plans, keeping everything with progress:
 * statuses, notes and logged time, the learner's additions, and their order where prerequisites allow.
 */
export function updateGoal(ctx: Context, input: ParsedInput<'updateGoal'>) {
  const row = goalRow(ctx, input.goalId);
  const oldProfile = JSON.parse(row.profile) as Profile;
  const profile = input.profile ?? oldProfile;
  const recommended = input.profile ? recommend(profile).framework : row.recommended_framework;
  const framework =
    input.framework === 'recommended' ? recommended : (input.framework ?? (row.framework === row.recommended_framework ? recommended : row.framework));
  const replan = input.profile !== undefined || framework !== row.framework;
  const now = ctx.nowIso();
  inWriteTransaction(ctx.db, () => {
    if (input.title !== undefined) ctx.db.prepare('UPDATE goals SET title = ?, updated_at = ? WHERE id = ?').run(input.title, now, row.id);
    if (!replan) return;
    const rows = itemRows(ctx, row.id);
    const logged = new Set(
      ctx.db.prepare('SELECT DISTINCT item_id FROM progress_log WHERE goal_id = ?').pluck().all(row.id) as number[],
    );
    // Automatic skips are re-decided from the new answers; anything the learner did is kept.
    const hasProgress = (r: (typeof rows)[number]) =>
      logged.has(r.id) || r.notes !== '' || r.status === 'in-progress' || r.status === 'done' || (r.status === 'skipped' && r.skip_reason === null);
    const kept = rows.filter(hasProgress);
    const plan = buildPlan({
      profile,
      framework,
      catalog: ctx.catalog(),
      today: row.start_date,
      added: rows.filter((r) => r.origin === 'learner').map((r) => r.resource_id),
      keep: kept.map((r) => r.resource_id),
      preferredOrder: rows.map((r) => r.resource_id),
      statuses: new Map(kept.map((r) => [r.resource_id, r.status])),
    });
    ctx.db
      .prepare(
        `UPDATE goals SET profile = ?, framework = ?, recommended_framework = ?, start_date = ?, target_date = ?, hours_per_week = ?,
         plan_notes = ?, updated_at = ? WHERE id = ?`,
      )
      .run(
        JSON.stringify(profile),
        framework,
        recommended,
        profile.startDate ?? row.start_date,
        profile.targetDate ?? null,
        profile.hoursPerWeek,
        JSON.stringify(plan.notes),
        now,
        row.id,
      );
    savePlan(ctx, row.id, plan);
  });
  return planView(ctx, row.id);
}

export function archiveGoal(ctx: Context, input: ParsedInput<'archiveGoal'>) {
  const row = goalRow(ctx, input.goalId);
  const now = ctx.nowIso();
  ctx.db.prepare('UPDATE goals SET archived_at = ?, updated_at = ? WHERE id = ?').run(input.archived ? now : null, now, row.id);
  return toGoal(goalRow(ctx, row.id));
}

export function deleteGoal(ctx: Context, input: ParsedInput<'deleteGoal'>) {
  const row = goalRow(ctx, input.goalId);
  const info = ctx.db.prepare('DELETE FROM goals WHERE id = ?').run(row.id);
  if (info.changes !== 1) throw new ServiceError('storage', `goal ${row.id} could not be deleted`);
  return { deleted: row.id };
}
