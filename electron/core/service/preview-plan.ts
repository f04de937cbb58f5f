import type { ParsedInput } from '../../../shared/contract/contract';
import type { PlanPreview } from '../../../shared/contract/preview';
import { buildPlan } from '../../../shared/planner/plan';
import { recommend } from '../../../shared/recommender/recommend';
import type { Context } from './context';

/**
 * Runs the planner exactly as goal creation does (same entry point, catalog, today and framework
 * choice) without writing anything, so onboarding can show the plan's size while answers change.
 */
export function previewPlan(ctx: Context, input: ParsedInput<'previewPlan'>): PlanPreview {
  const framework = input.framework ?? recommend(input.profile).framework;
  const plan = buildPlan({ profile: input.profile, framework, catalog: ctx.catalog(), today: ctx.today() });
  return {
    framework,
    startDate: plan.startDate,
    hoursPerWeek: plan.hoursPerWeek,
    items: plan.items.filter((i) => i.status !== 'skipped').length,
    totalHours: Math.round(plan.totalHours * 10) / 10,
    // Counted, not built: a long plan's weeks are thousands of objects the preview never shows.
    weeks: plan.weekCount,
    finishDate: plan.finishDate,
    targetMet: plan.target ? plan.target.met : null,
  };
}
