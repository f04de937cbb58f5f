// The questionnaire's answers as plain constants, with no schema attached, so the renderer can use
// them without bundling zod. The schema is in profile.ts.
import type { Profile } from './profile';

export const PURPOSES = ['production', 'research', 'career'] as const;
export const DOMAINS = ['vision', 'nlp', 'generative', 'tabular', 'audio', 'timeseries'] as const;
export const DEPLOY_TARGETS = ['web', 'mobile', 'edge', 'server', 'desktop'] as const;
export const PYTHON_LEVELS = ['none', 'basic', 'fluent'] as const;
export const ML_LEVELS = ['none', 'basic', 'experienced'] as const;
export const SCALES = ['small', 'large'] as const;
export const FRAMEWORKS = ['tensorflow', 'pytorch'] as const;
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
export type Framework = (typeof FRAMEWORKS)[number];
export type TeamUses = (typeof TEAM_USES)[number];
export type Budget = (typeof BUDGETS)[number];
export type Format = (typeof FORMATS)[number];
export type Scope = (typeof SCOPES)[number];

/** What an unanswered optional question means. An empty `formats` list is "no preference". */
export const PROFILE_DEFAULTS = {
  teamUses: 'unknown',
  budget: 'any',
  formats: [],
  scope: 'focused',
  jsFirst: false,
} as const satisfies Required<Pick<Profile, 'teamUses' | 'budget' | 'formats' | 'scope' | 'jsFirst'>>;

export const FRAMEWORK_LABEL: Record<Framework, string> = {
  tensorflow: 'TensorFlow',
  pytorch: 'PyTorch',
};
