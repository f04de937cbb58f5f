import { z } from 'zod';
import { FRAMEWORKS, MAX_HOURS_PER_WEEK, MIN_HOURS_PER_WEEK, profileRules } from './constants';
import { isoDate } from './dates';

export { FRAMEWORK_LABEL, FRAMEWORKS, PROFILE_DEFAULTS, type Framework } from './constants';

export const PURPOSES = ['production', 'research', 'career'] as const;
export const DOMAINS = ['vision', 'nlp', 'generative', 'tabular', 'audio', 'timeseries'] as const;
export const DEPLOY_TARGETS = ['web', 'mobile', 'edge', 'server', 'desktop'] as const;
export const PYTHON_LEVELS = ['none', 'basic', 'fluent'] as const;
export const ML_LEVELS = ['none', 'basic', 'experienced'] as const;
export const SCALES = ['small', 'large'] as const;
/** What the learner's team, course or employer already uses: the strongest real-world factor. */
export const TEAM_USES = ['tensorflow', 'pytorch', 'jax', 'none', 'unknown'] as const;
/** "free" schedules only free resources; "any" lets paid ones compete on their merits. */
export const BUDGETS = ['free', 'any'] as const;
export const FORMATS = ['video', 'text', 'notebook', 'docs'] as const;
/** "focused" covers what the goal needs; "thorough" adds optional depth. */
export const SCOPES = ['focused', 'thorough'] as const;

export type Purpose = (typeof PURPOSES)[number];
export type Domain = (typeof DOMAINS)[number];
export type DeployTarget = (typeof DEPLOY_TARGETS)[number];
export type PythonLevel = (typeof PYTHON_LEVELS)[number];
export type MlLevel = (typeof ML_LEVELS)[number];
export type TeamUses = (typeof TEAM_USES)[number];
export type Budget = (typeof BUDGETS)[number];
export type Format = (typeof FORMATS)[number];
export type Scope = (typeof SCOPES)[number];

export const FrameworkSchema = z.enum(FRAMEWORKS);

/** Lists are sets: duplicates are refused rather than silently merged, so the learner sees what they sent. */
function uniqueList<T extends string>(values: readonly [T, ...T[]]) {
  return z.array(z.enum(values)).refine((list) => new Set(list).size === list.length, { message: 'must not repeat a value' });
}

export const ProfileSchema = z
  .object({
    purpose: z.enum(PURPOSES),
    domains: uniqueList(DOMAINS).min(1, { message: 'choose at least one domain' }),
    deployTargets: uniqueList(DEPLOY_TARGETS),
    pythonLevel: z.enum(PYTHON_LEVELS),
    mlLevel: z.enum(ML_LEVELS),
    scale: z.enum(SCALES),
    needsCpp: z.boolean(),
    wantsVisualTools: z.boolean(),
    needsInterop: z.boolean(),
    wantsCertificate: z.boolean(),
    // Optional so that goals saved before these questions existed stay valid; PROFILE_DEFAULTS fills them.
    teamUses: z.enum(TEAM_USES).optional(),
    budget: z.enum(BUDGETS).optional(),
    formats: uniqueList(FORMATS).optional(),
    scope: z.enum(SCOPES).optional(),
    /** Works in JavaScript first and wants to train models in the browser or Node, not only run them there. */
    jsFirst: z.boolean().optional(),
    hoursPerWeek: z
      .number()
      .min(MIN_HOURS_PER_WEEK, { message: `must be at least ${MIN_HOURS_PER_WEEK} hour a week` })
      .max(MAX_HOURS_PER_WEEK, { message: `must be at most ${MAX_HOURS_PER_WEEK} hours a week` }),
    startDate: isoDate.optional(),
    targetDate: isoDate.optional(),
  })
  .strict()
  .refine(profileRules.targetAfterStart, {
    message: 'targetDate must come after startDate',
    path: ['targetDate'],
  });

export type Profile = z.infer<typeof ProfileSchema>;
