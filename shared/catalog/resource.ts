import { z } from 'zod';
import { isoDate } from '../dates';
import { DEPLOY_TARGETS, DOMAINS, FORMATS, ML_LEVELS, PURPOSES, PYTHON_LEVELS } from '../profile';
import { STAGES } from './stages';
import { TOPIC_BY_ID } from './topics';

export { STAGES, STAGE_TITLE, type Stage } from './stages';

export const RESOURCE_KINDS = ['doc', 'tutorial', 'course', 'specialization', 'certificate', 'book', 'tool'] as const;
export const RESOURCE_FRAMEWORKS = ['tensorflow', 'pytorch', 'both', 'agnostic'] as const;
export const LEVELS = ['beginner', 'intermediate', 'advanced'] as const;
export const COSTS = ['free', 'paid', 'subscription'] as const;
export const RESOURCE_STATUSES = ['active', 'renamed', 'moved', 'deprecated', 'discontinued'] as const;

export const NEEDS = ['cpp', 'interop', 'visualTools', 'largeScale'] as const;
/** How far a resource goes: a short overview, enough to practise, or the full theory. */
export const DEPTHS = ['overview', 'practical', 'deep'] as const;
/** Facts a learner may want to check before relying on them; listed when they could not be verified. */
export const UNVERIFIABLE = ['hours', 'url', 'cost', 'level', 'framework', 'edition'] as const;
export type Depth = (typeof DEPTHS)[number];

export type ResourceKind = (typeof RESOURCE_KINDS)[number];
export type ResourceFramework = (typeof RESOURCE_FRAMEWORKS)[number];
export type Level = (typeof LEVELS)[number];
export type ResourceStatus = (typeof RESOURCE_STATUSES)[number];
export type Need = (typeof NEEDS)[number];

export const resourceId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, { message: 'must be a resource id such as "keras-guides"' });

/**
 * When the planner picks a resource for a profile. Any one match picks it; an empty selector means
 * the resource is only ever added by hand.
 */
export const SelectorSchema = z
  .object({
    core: z.boolean().optional(),
    domains: z.array(z.enum(DOMAINS)).optional(),
    deployTargets: z.array(z.enum(DEPLOY_TARGETS)).optional(),
    purposes: z.array(z.enum(PURPOSES)).optional(),
    needs: z.array(z.enum(NEEDS)).optional(),
    certificate: z.boolean().optional(),
  })
  .strict();

/** Which answers mean the learner already knows this (the planner marks it skipped, never drops it). */
export const KnownWhenSchema = z
  .object({
    pythonLevel: z.array(z.enum(PYTHON_LEVELS)).optional(),
    mlLevel: z.array(z.enum(ML_LEVELS)).optional(),
  })
  .strict();

const title = z
  .string()
  .trim()
  .min(1, { message: 'must not be empty' })
  .max(200, { message: 'must be at most 200 characters' })
  // Control characters have no place in a title and are a classic way to smuggle terminal escapes.
  .refine((s) => !/[\u0000-\u001f\u007f]/.test(s), { message: 'must not contain control characters' });

export const httpUrl = z
  .string()
  .max(2000, { message: 'must be at most 2000 characters' })
  .refine(
    (s) => {
      try {
        const u = new URL(s);
        return (u.protocol === 'https:' || u.protocol === 'http:') && u.hostname.length > 0 && !/\s/.test(s);
      } catch {
        return false;
      }
    },
    { message: 'must be an http(s) URL such as https://example.com/course' },
  );

export const topicId = z.string().refine((id) => TOPIC_BY_ID.has(id), { message: 'must be a topic id such as "cnns"' });

const facetFields = {
  /** Topic ids (shared/catalog/topics.ts) this resource covers; the planner picks one resource per topic. */
  topics: z.array(topicId).max(50).default([]),
  format: z.enum(FORMATS).default('text'),
  depth: z.enum(DEPTHS).default('practical'),
  /** Completing it earns a certificate or credential (paid or not). */
  certificate: z.boolean().default(false),
  /** Which of the facts above could not be checked against a source read on `checkedOn`. */
  unverified: z.array(z.enum(UNVERIFIABLE)).default([]),
};
export const ResourceFacetsSchema = z.object(facetFields).strict();

export const ResourceSchema = z
  .object({
    id: resourceId,
    title,
    provider: z.string().min(1).max(200),
    url: httpUrl,
    kind: z.enum(RESOURCE_KINDS),
    framework: z.enum(RESOURCE_FRAMEWORKS),
    level: z.enum(LEVELS),
    hours: z.number().min(0).max(10_000),
    hoursSource: z.enum(['provider', 'estimate']),
    /** The range or wording behind `hours`, e.g. "E: 80–120 h including assignments". */
    hoursNote: z.string().max(500).optional(),
    cost: z.enum(COSTS),
    costNote: z.string().max(500).optional(),
    skills: z.array(z.string().max(200)),
    domains: z.array(z.enum(DOMAINS)),
    prerequisites: z.array(resourceId),
    status: z.enum(RESOURCE_STATUSES),
    statusReason: z.string().max(500).optional(),
    replacementId: resourceId.optional(),
    checkedOn: isoDate,
    /** A course that belongs to a specialization or professional certificate. */
    parentId: resourceId.optional(),
    stage: z.enum(STAGES),
    pick: SelectorSchema,
    knownWhen: KnownWhenSchema.optional(),
    summary: z.string().max(2000),
    sources: z.array(z.string().max(500)),
    custom: z.boolean(),
    ...facetFields,
  })
  .strict();

export type Resource = z.infer<typeof ResourceSchema>;
export type Selector = z.infer<typeof SelectorSchema>;

/** Aliases (old names) and retired resources are kept so a learner who looks for them learns why. */
export function isSchedulable(r: Pick<Resource, 'status' | 'replacementId' | 'kind'>): boolean {
  if (r.status === 'deprecated' || r.status === 'discontinued') return false;
  if (r.replacementId) return false;
  return true;
}

/** A specialization or professional certificate is tracked through its courses, never as one item. */
export function isContainer(r: Pick<Resource, 'kind'>): boolean {
  return r.kind === 'specialization' || r.kind === 'certificate';
}

export const LEVEL_RANK: Record<Level, number> = { beginner: 0, intermediate: 1, advanced: 2 };

/** The learner's own links open in their browser, which Pathwise allows for https only (shared/security/urls.ts). */
export const httpsUrl = httpUrl.refine((s) => s.startsWith('https://'), { message: 'must start with https:// (Pathwise opens only secure links)' });

const customFields = {
  title,
  url: httpsUrl,
  hours: z.number().gt(0, { message: 'must be more than 0 hours' }).max(1000, { message: 'must be at most 1000 hours' }),
  framework: z.enum(RESOURCE_FRAMEWORKS),
  level: z.enum(LEVELS),
  // Containers are only for catalog specializations whose courses are tracked one by one.
  kind: z.enum(['doc', 'tutorial', 'course', 'book', 'tool']),
  provider: z.string().trim().max(200, { message: 'must be at most 200 characters' }),
  prerequisites: z.array(resourceId).max(50, { message: 'must list at most 50 prerequisites' }),
  summary: z.string().max(2000, { message: 'must be at most 2000 characters' }),
  /** Topics it covers, so the planner can offer it as an alternative for them. */
  topics: z.array(topicId).max(10, { message: 'must list at most 10 topics' }),
  format: z.enum(FORMATS),
};

export const CustomResourceInputSchema = z
  .object({
    ...customFields,
    framework: customFields.framework.default('agnostic'),
    level: customFields.level.default('intermediate'),
    kind: customFields.kind.default('course'),
    provider: customFields.provider.default('Added by you'),
    prerequisites: customFields.prerequisites.default([]),
    summary: customFields.summary.default(''),
    topics: customFields.topics.default([]),
    format: customFields.format.default('text'),
  })
  .strict();

/** An edit names only what changes; nothing falls back to a default. */
export const CustomResourcePatchSchema = z.object(customFields).partial().strict();

export type CustomResourceInput = z.input<typeof CustomResourceInputSchema>;
