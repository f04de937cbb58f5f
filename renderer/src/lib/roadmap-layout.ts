import { STAGES, STAGE_TITLE, type Stage } from '../../../shared/catalog/stages';
import type { PlanItem, PlanView } from '../../../shared/contract/views';

/** Up to this many items every milestone is drawn open; larger plans start folded and open on click. */
export const OPEN_ALL_UP_TO = 60;

export interface MilestoneGroup {
  stage: Stage;
  title: string;
  /** Last day of the milestone's work; null when every item in it is skipped. */
  date: string | null;
  hours: number;
  items: PlanItem[];
  done: number;
}

/**
 * The roadmap's top-down shape: milestones in the curriculum's order, each holding its items in plan
 * order. Skipped items stay in their milestone (drawn dashed) so the roadmap matches the list.
 */
export function roadmapGroups(plan: Pick<PlanView, 'items' | 'milestones'>): MilestoneGroup[] {
  const byStage = new Map<Stage, PlanItem[]>();
  for (const item of plan.items) byStage.set(item.stage, [...(byStage.get(item.stage) ?? []), item]);
  const milestone = new Map(plan.milestones.map((m) => [m.stage, m]));
  return STAGES.filter((s) => byStage.has(s)).map((stage) => {
    const items = byStage.get(stage)!;
    const m = milestone.get(stage);
    return {
      stage,
      title: m?.title ?? STAGE_TITLE[stage],
      date: m?.date ?? null,
      hours: m?.hours ?? 0,
      items,
      done: items.filter((i) => i.status === 'done').length,
    };
  });
}

/** Which milestones start open: all of them for a plan that reads at a glance, none for a larger one. */
export function initiallyOpen(groups: readonly MilestoneGroup[], itemCount: number): Set<Stage> {
  return new Set(itemCount <= OPEN_ALL_UP_TO ? groups.map((g) => g.stage) : []);
}
