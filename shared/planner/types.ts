import type { Stage } from '../catalog/resource';

export const ITEM_STATUSES = ['not-started', 'in-progress', 'done', 'skipped'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

/** Why an item is in the plan: picked for the profile, added by the learner, or needed by another item. */
export const ITEM_ORIGINS = ['planner', 'learner', 'prerequisite'] as const;
export type ItemOrigin = (typeof ITEM_ORIGINS)[number];

/**
 * An item as the planner places it. Why it is in the plan, and the track it counts toward, are not kept
 * here: `explainItems` (reasons.ts) gives them for the items as they are saved and shown.
 */
export interface PlannedItem {
  resourceId: string;
  origin: ItemOrigin;
  relevance: number;
  status: ItemStatus;
  skipReason?: string;
  hours: number;
  startWeek: number;
  endWeek: number;
  stage: Stage;
}

export interface Week {
  week: number;
  start: string;
  end: string;
  hours: number;
}

export interface Milestone {
  stage: Stage;
  title: string;
  items: number;
  hours: number;
  endWeek: number;
  date: string;
}

export interface DropCandidate {
  resourceId: string;
  title: string;
  hours: number;
}

export const CATCH_UP_KINDS = ['more-hours', 'later-target', 'shorter-alternative', 'drop-depth'] as const;

/** One way to catch up with a target, with its figure; `enough` says whether it alone meets the target. */
export interface CatchUpOption {
  kind: (typeof CATCH_UP_KINDS)[number];
  text: string;
  enough: boolean;
  hoursPerWeek?: number;
  date?: string;
  hoursSaved?: number;
  resourceId?: string;
  alternativeId?: string;
}

export interface TargetAnalysis {
  targetDate: string;
  met: boolean;
  daysLate: number;
  hoursPerWeekNeeded: number;
  /** False when even 60 hours a week would not finish in time. */
  reachable: boolean;
  couldDrop: DropCandidate[];
  /** True when dropping `couldDrop` would be enough at the current hours a week. */
  dropIsEnough: boolean;
  /** Empty when the target is met. */
  options: CatchUpOption[];
  /** Said once, plainly, when only a later target works; null otherwise. */
  advice: string | null;
}

export interface PlanNote {
  resourceId: string;
  message: string;
}

export interface Plan {
  framework: 'tensorflow' | 'pytorch';
  startDate: string;
  hoursPerWeek: number;
  items: PlannedItem[];
  /** Built when first read: a long plan runs to thousands of weeks. */
  weeks: Week[];
  /** How many weeks `weeks` holds, known without building them. */
  weekCount: number;
  milestones: Milestone[];
  totalHours: number;
  finishDate: string;
  target: TargetAnalysis | null;
  notes: PlanNote[];
}
