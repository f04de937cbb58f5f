import { z } from 'zod';
import { isoDate } from './dates';
import { BUDGETS, DEPLOY_TARGETS, DOMAINS, FORMATS, FRAMEWORKS, ML_LEVELS, PURPOSES, PYTHON_LEVELS, SCALES, SCOPES, TEAM_USES } from './profile-answers';

export * from './profile-answers';

export const FrameworkSchema = z.enum(FRAMEWORKS);

/** Lists are sets: duplicates are refused rather than silently merged, so the learner sees what they sent. */
function uniqueList<T extends string>(values: readonly [T, ...T[]]) {
  return z
    .array(z.enum(values))
    .refine((list) => new Set(list).size === list.length, { message: 'must not repeat a value' });
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
      .min(1, { message: 'must be at least 1 hour a week' })
      .max(60, { message: 'must be at most 60 hours a week' }),
    startDate: isoDate.optional(),
    targetDate: isoDate.optional(),
  })
  .strict()
  .refine((p) => !p.startDate || !p.targetDate || p.targetDate > p.startDate, {
    message: 'targetDate must come after startDate',
    path: ['targetDate'],
  });

export type Profile = z.infer<typeof ProfileSchema>;
