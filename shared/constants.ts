// Plain constants, labels and profile rules with no schema attached: the page imports these without
// bundling zod, and the schemas in profile.ts are built from the same values.
import type { ItemStatus } from './planner/types';
import type { Profile } from './profile';

export const FRAMEWORKS = ['tensorflow', 'pytorch'] as const;
export type Framework = (typeof FRAMEWORKS)[number];

export const FRAMEWORK_LABEL: Record<Framework, string> = {
  tensorflow: 'TensorFlow',
  pytorch: 'PyTorch',
};

export const STATUS_LABEL: Record<ItemStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  done: 'Done',
  skipped: 'Skipped',
};

export const MIN_HOURS_PER_WEEK = 1;
export const MAX_HOURS_PER_WEEK = 60;

/** The profile rules that span fields, for the schema and the onboarding form alike. */
export const profileRules = {
  hasDomain: (domains: readonly string[]) => domains.length > 0,
  hoursInRange: (h: number) => h >= MIN_HOURS_PER_WEEK && h <= MAX_HOURS_PER_WEEK,
  targetAfterStart: (p: { startDate?: string | undefined; targetDate?: string | undefined }) => !p.startDate || !p.targetDate || p.targetDate > p.startDate,
};

/** What an unanswered optional question means. An empty `formats` list is "no preference". */
export const PROFILE_DEFAULTS = {
  teamUses: 'unknown',
  budget: 'any',
  formats: [],
  scope: 'focused',
  jsFirst: false,
} as const satisfies Required<Pick<Profile, 'teamUses' | 'budget' | 'formats' | 'scope' | 'jsFirst'>>;
