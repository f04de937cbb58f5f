import { randomUUID } from 'node:crypto';
import type { ParsedInput } from '../../../shared/contract/contract';
import { ServiceError } from '../../../shared/contract/results';
import type { GoalSummary } from '../../../shared/contract/views';
import { buildPlan } from '../../../shared/planner/plan';
import { FRAMEWORK_LABEL, type Framework, type Profile } from '../../../shared/profile';
import { recommend } from '../../../shared/recommender/recommend';
import { inWriteTransaction } from '../store/tx';
import type { Context } from './context';
import { editedProfile } from './goal-settings';
import { requireGoal } from './lookups';
import { planView, savePlan } from './plan-store';
import { goalFacts } from './summary';

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
    const goalId = ctx.store.goals.insert({
      uid: randomUUID(),
      title: input.title ?? defaultTitle(input.profile, framework),
      profile: input.profile,
      framework,
      recommendedFramework: rec.framework,
      startDate: plan.startDate,
      targetDate: input.profile.targetDate ?? null,
      hoursPerWeek: input.profile.hoursPerWeek,
      customOrder: false,
      notes: plan.notes,
      createdAt: now,
      updatedAt: now,
      archivedAt: null,
    });
    savePlan(ctx, goalId, plan);
    return goalId;
  });
  return planView(ctx, id);
}

export function listGoals(ctx: Context, input: ParsedInput<'listGoals'>): GoalSummary[] {
  return ctx.store.goals.list(input.includeArchived).map((g) => {
    const f = goalFacts(ctx, g);
    return {
      ...g,
      itemsTotal: f.itemsTotal,
      itemsDone: f.itemsDone,
      percentDone: f.percentDone,
      finishDate: f.timeline.finishDate,
      paceFinishDate: f.timeline.paceFinishDate,
    };
  });
}

export function getGoal(ctx: Context, input: ParsedInput<'getGoal'>) {
  return requireGoal(ctx, input.goalId);
}

/**
 * A new title only renames. A new profile or framework re-plans, keeping everything with progress:
 * statuses, notes and logged time, the learner's additions, and their order where prerequisites allow.
 */
export function updateGoal(ctx: Context, input: ParsedInput<'updateGoal'>) {
  const goal = requireGoal(ctx, input.goalId);
  const edited = editedProfile(ctx, goal, input);
  const profile = edited ?? goal.profile;
  const recommended = edited ? recommend(profile).framework : goal.recommendedFramework;
  const framework =
    input.framework === 'recommended' ? recommended : (input.framework ?? (goal.framework === goal.recommendedFramework ? recommended : goal.framework));
  const replan = edited !== null || framework !== goal.framework;
  const now = ctx.nowIso();
  inWriteTransaction(ctx.db, () => {
    if (input.title !== undefined) ctx.store.goals.rename(goal.id, input.title, now);
    if (!replan) return;
    const rows = ctx.store.items.ofGoal(goal.id);
    const logged = ctx.store.log.itemsWithEntries(goal.id);
    // Automatic skips are re-decided from the new answers; anything the learner did is kept.
    const hasProgress = (r: (typeof rows)[number]) =>
      logged.has(r.id) || r.notes !== '' || r.status === 'in-progress' || r.status === 'done' || (r.status === 'skipped' && r.skipReason === null);
    const kept = rows.filter(hasProgress);
    const plan = buildPlan({
      profile,
      framework,
      catalog: ctx.catalog(),
      today: goal.startDate,
      added: rows.filter((r) => r.origin === 'learner').map((r) => r.resourceId),
      keep: kept.map((r) => r.resourceId),
      preferredOrder: rows.map((r) => r.resourceId),
      statuses: new Map(kept.map((r) => [r.resourceId, r.status])),
    });
    ctx.store.goals.setPlanSettings(
      goal.id,
      {
        profile,
        framework,
        recommendedFramework: recommended,
        startDate: profile.startDate ?? goal.startDate,
        targetDate: profile.targetDate ?? null,
        hoursPerWeek: profile.hoursPerWeek,
        notes: plan.notes,
      },
      now,
    );
    savePlan(ctx, goal.id, plan);
  });
  return planView(ctx, goal.id);
}

export function archiveGoal(ctx: Context, input: ParsedInput<'archiveGoal'>) {
  const goal = requireGoal(ctx, input.goalId);
  const now = ctx.nowIso();
  ctx.store.goals.setArchived(goal.id, input.archived ? now : null, now);
  return requireGoal(ctx, goal.id);
}

export function deleteGoal(ctx: Context, input: ParsedInput<'deleteGoal'>) {
  const goal = requireGoal(ctx, input.goalId);
  if (!ctx.store.goals.delete(goal.id)) throw new ServiceError('storage', `goal ${goal.id} could not be deleted`);
  return { deleted: goal.id };
}
