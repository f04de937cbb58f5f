import { z } from 'zod';
import { isoDate } from './dates';

export const PURPOSES = ['production', 'research', 'career'] as const;
export const DOMAINS = ['vision', 'nlp', 'generative', 'tabular', 'audio', 'timeseries'] as const;
export const DEPLOY_TARGETS = ['web', 'mobile', 'edge', 'server', 'desktop'] as const;
export const PYTHON_LEVELS = ['none', 'basic', 'fluent'] as const;
export const ML_LEVELS = ['none', 'basic', 'experienced'] as const;
export const SCALES = ['small', 'large'] as const;
export const FRAMEWORKS = ['tensorflow', 'pytorch'] as const;

export type Purpose = (typeof PURPOSES)[number];
export type Domain = (typeof DOMAINS)[number];
export type DeployTarget = (typeof DEPLOY_TARGETS)[number];
export type PythonLevel = (typeof PYTHON_LEVELS)[number];
export type MlLevel = (typeof ML_LEVELS)[number];
export type Framework = (typeof FRAMEWORKS)[number];

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

export const FRAMEWORK_LABEL: Record<Framework, string> = {
  tensorflow: 'TensorFlow',
  pytorch: 'PyTorch',
};
