import { z } from 'zod';
import { COSTS, DEPTHS, LEVELS, RESOURCE_FRAMEWORKS, RESOURCE_KINDS, RESOURCE_STATUSES, STAGES, UNVERIFIABLE } from '../catalog/resource';
import { CATCH_UP_KINDS, ITEM_ORIGINS, ITEM_STATUSES } from '../planner/types';
import { FORMATS, FrameworkSchema, ProfileSchema } from '../profile';

const day = z.string();

export const PlanNoteSchema = z.object({ resourceId: z.string(), message: z.string() });

export const GoalSchema = z.object({
  id: z.number().int(),
  uid: z.string(),
  title: z.string(),
  framework: FrameworkSchema,
  recommendedFramework: FrameworkSchema,
  profile: ProfileSchema,
  startDate: day,
  targetDate: day.nullable(),
  hoursPerWeek: z.number(),
  customOrder: z.boolean(),
  archived: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  notes: z.array(PlanNoteSchema),
});
export type Goal = z.infer<typeof GoalSchema>;

export const GoalSummarySchema = GoalSchema.extend({
  itemsTotal: z.number().int(),
  itemsDone: z.number().int(),
  percentDone: z.number(),
  finishDate: day,
  /** The finish at the pace of the last 4 weeks; null before 4 weeks of history or with none logged. */
  paceFinishDate: day.nullable(),
});
export type GoalSummary = z.infer<typeof GoalSummarySchema>;

export const PlanItemSchema = z.object({
  id: z.number().int(),
  goalId: z.number().int(),
  position: z.number().int(),
  resourceId: z.string(),
  title: z.string(),
  provider: z.string(),
  url: z.string(),
  kind: z.enum(RESOURCE_KINDS),
  framework: z.enum(RESOURCE_FRAMEWORKS),
  level: z.enum(LEVELS),
  cost: z.enum(COSTS),
  hours: z.number(),
  hoursEstimated: z.boolean(),
  stage: z.enum(STAGES),
  status: z.enum(ITEM_STATUSES),
  skipReason: z.string().nullable(),
  origin: z.enum(['planner', 'learner', 'prerequisite']),
  startWeek: z.number().int(),
  endWeek: z.number().int(),
  startedOn: day.nullable(),
  completedOn: day.nullable(),
  notes: z.string(),
  minutesLogged: z.number().int(),
  prerequisites: z.array(z.string()),
  parentId: z.string().nullable(),
  parentTitle: z.string().nullable(),
  resourceStatus: z.enum(RESOURCE_STATUSES),
  statusReason: z.string().nullable(),
  replacementId: z.string().nullable(),
  /** Why it is in the plan, in the learner's words. */
  reason: z.string(),
  /** The specialization or certificate this course counts toward. */
  partOf: z.object({ id: z.string(), title: z.string() }).nullable(),
  topics: z.array(z.string()),
  format: z.enum(FORMATS),
  /** Facts about the resource that could not be verified (shown as such). */
  unverified: z.array(z.enum(UNVERIFIABLE)),
});
export type PlanItem = z.infer<typeof PlanItemSchema>;

export const AlternativesSchema = z.object({
  itemId: z.number().int(),
  topics: z.array(z.object({ id: z.string(), title: z.string() })),
  alternatives: z.array(
    z.object({
      resourceId: z.string(),
      title: z.string(),
      provider: z.string(),
      url: z.string(),
      kind: z.enum(RESOURCE_KINDS),
      format: z.enum(FORMATS),
      cost: z.enum(COSTS),
      level: z.enum(LEVELS),
      depth: z.enum(DEPTHS),
      hours: z.number(),
      hoursEstimated: z.boolean(),
      certificate: z.boolean(),
      partOf: z.object({ id: z.string(), title: z.string() }).nullable(),
      /** Which of the item's topics it teaches. */
      topics: z.array(z.string()),
      unverified: z.array(z.enum(UNVERIFIABLE)),
    }),
  ),
});
export type Alternatives = z.infer<typeof AlternativesSchema>;

export const WeekSchema = z.object({ week: z.number().int(), start: day, end: day, hours: z.number() });
export const MilestoneSchema = z.object({
  stage: z.enum(STAGES),
  title: z.string(),
  items: z.number().int(),
  hours: z.number(),
  endWeek: z.number().int(),
  date: day,
});
export const DropCandidateSchema = z.object({ resourceId: z.string(), title: z.string(), hours: z.number() });
export const TargetAnalysisSchema = z.object({
  targetDate: day,
  met: z.boolean(),
  daysLate: z.number().int(),
  hoursPerWeekNeeded: z.number(),
  reachable: z.boolean(),
  couldDrop: z.array(DropCandidateSchema),
  dropIsEnough: z.boolean(),
  options: z.array(
    z.object({
      kind: z.enum(CATCH_UP_KINDS),
      text: z.string(),
      enough: z.boolean(),
      hoursPerWeek: z.number().optional(),
      date: day.optional(),
      hoursSaved: z.number().optional(),
      resourceId: z.string().optional(),
      alternativeId: z.string().optional(),
    }),
  ),
  advice: z.string().nullable(),
});
export const CertificateProgressSchema = z.object({
  resourceId: z.string(),
  title: z.string(),
  coursesDone: z.number().int(),
  /** Its courses in this plan, not skipped: fewer than coursesTotal when the plan borrows a course. */
  coursesInPlan: z.number().int(),
  coursesTotal: z.number().int(),
  complete: z.boolean(),
});

export const PlanViewSchema = z.object({
  goal: GoalSchema,
  items: z.array(PlanItemSchema),
  weeks: z.array(WeekSchema),
  milestones: z.array(MilestoneSchema),
  totalHours: z.number(),
  remainingHours: z.number(),
  finishDate: day,
  paceFinishDate: day.nullable(),
  target: TargetAnalysisSchema.nullable(),
  certificates: z.array(CertificateProgressSchema),
  /** Items not skipped (the goal list's figure too). */
  itemsTotal: z.number().int(),
});
export type PlanView = z.infer<typeof PlanViewSchema>;

/**
 * What a status change did to the rest of the plan, so one answer is enough to redraw the screen: the
 * plan's header figures (its weeks, milestones, finish, target), the goal's figures in the goal list,
 * and every item's weeks in plan order as [startWeek, endWeek, startWeek, …].
 */
export const PlanEffectsSchema = PlanViewSchema.pick({
  weeks: true,
  milestones: true,
  totalHours: true,
  remainingHours: true,
  finishDate: true,
  paceFinishDate: true,
  target: true,
  certificates: true,
  itemsTotal: true,
}).extend({
  percentDone: z.number(),
  itemsDone: z.number().int(),
  itemWeeks: z.array(z.number().int()),
});
export type PlanEffects = z.infer<typeof PlanEffectsSchema>;

export const ItemChangeSchema = PlanItemSchema.extend({ effects: PlanEffectsSchema });
export type ItemChange = z.infer<typeof ItemChangeSchema>;

/** Values by row index, for the rows (items or resources) whose value is not the usual one. */
const sparse = <T extends z.ZodType>(value: T) => z.record(z.string().regex(/^\d+$/), value);

/**
 * A plan's items as the page receives them, as columns: entry k of each array is item k in plan order
 * (columns parse several times faster than as many objects). The resource's own details (title,
 * link, hours…) are not here: they travel once, in the resources the page keeps. Fields most items
 * leave at their usual value list only the other items, by index.
 */
export const LeanItemsSchema = z.object({
  id: z.array(z.number().int()),
  resourceId: z.array(z.string()),
  startWeek: z.array(z.number().int()),
  /** Usual: the start week. */
  endWeek: sparse(z.number().int()),
  /** Indexes into ITEM_STATUSES (shared/planner/types.ts). */
  status: z.array(
    z
      .number()
      .int()
      .min(0)
      .max(ITEM_STATUSES.length - 1),
  ),
  /** Indexes into ITEM_ORIGINS. */
  origin: z.array(
    z
      .number()
      .int()
      .min(0)
      .max(ITEM_ORIGINS.length - 1),
  ),
  skipReason: sparse(z.string()),
  startedOn: sparse(day),
  completedOn: sparse(day),
  notes: sparse(z.string()),
  minutesLogged: sparse(z.number().int()),
  prerequisites: sparse(z.array(z.string())),
  /** Why it is in the plan: an index into the view's `reasons` (usual: 0, the most common one). */
  why: sparse(z.number().int().min(0)),
});
export type LeanItems = z.infer<typeof LeanItemsSchema>;

/**
 * What the plan's rows show of their resources (and of their parents), as columns: entry k of each
 * array is resource k. Texts that repeat across resources (provider, kind, level…) travel once in
 * `texts`, and their columns hold indexes into it. Left out at their usual value: no parent, no
 * status reason or replacement, no topics, nothing unverified.
 */
export const PlanResourceColumnsSchema = z.object({
  texts: z.array(z.string()),
  id: z.array(z.string()),
  title: z.array(z.string()),
  url: z.array(z.string()),
  hours: z.array(z.number()),
  provider: z.array(z.number().int().min(0)),
  kind: z.array(z.number().int().min(0)),
  framework: z.array(z.number().int().min(0)),
  level: z.array(z.number().int().min(0)),
  cost: z.array(z.number().int().min(0)),
  hoursSource: z.array(z.number().int().min(0)),
  stage: z.array(z.number().int().min(0)),
  status: z.array(z.number().int().min(0)),
  format: z.array(z.number().int().min(0)),
  parentId: sparse(z.string()),
  statusReason: sparse(z.string()),
  replacementId: sparse(z.string()),
  /** Indexes into `texts`, like the text columns. */
  topics: sparse(z.array(z.number().int().min(0))),
  unverified: sparse(z.array(z.number().int().min(0))),
});
export type PlanResourceColumns = z.infer<typeof PlanResourceColumnsSchema>;

export const LeanPlanViewSchema = PlanViewSchema.omit({ items: true }).extend({
  items: LeanItemsSchema,
  /** The plan's distinct reasons (shared/planner/reasons.ts), most common first; items point into it. */
  reasons: z.array(z.string()),
  /** Changes whenever the resources change, so the page knows when its copy is stale. */
  resourcesVersion: z.string(),
  /**
   * The plan's resources, sent only when the page did not say it holds this version of them: each
   * resource's details travel once, not with every plan.
   */
  resources: PlanResourceColumnsSchema.optional(),
  /** How many items follow the ones sent, when `firstItems` left some out. */
  itemsLeftOut: z.number().int().min(1).optional(),
});
export type LeanPlanView = z.infer<typeof LeanPlanViewSchema>;

export const LogEntrySchema = z.object({
  id: z.number().int(),
  goalId: z.number().int(),
  itemId: z.number().int(),
  at: z.string(),
  day,
  kind: z.enum(['time', 'status']),
  minutes: z.number().int(),
  fromStatus: z.enum(ITEM_STATUSES).nullable(),
  toStatus: z.enum(ITEM_STATUSES).nullable(),
  note: z.string(),
});
export type LogEntry = z.infer<typeof LogEntrySchema>;

export const ProgressSummarySchema = z.object({
  goalId: z.number().int(),
  percentDone: z.number().min(0).max(100),
  hoursPlanned: z.number(),
  hoursDone: z.number(),
  hoursLogged: z.number(),
  itemsTotal: z.number().int(),
  itemsDone: z.number().int(),
  streakDays: z.number().int(),
  lastActivity: day.nullable(),
  weeks: z.array(z.object({ week: z.number().int(), start: day, planned: z.number(), logged: z.number() })),
  milestones: z.array(z.object({ stage: z.enum(STAGES), title: z.string(), hours: z.number(), hoursDone: z.number(), percentDone: z.number(), date: day })),
  certificates: z.array(CertificateProgressSchema),
  projectedFinish: day,
  paceFinishDate: day.nullable(),
  paceHoursPerWeek: z.number().nullable(),
  targetDate: day.nullable(),
  onTrack: z.boolean().nullable(),
  daysLate: z.number().int(),
  recovery: TargetAnalysisSchema.nullable(),
});
export type ProgressSummary = z.infer<typeof ProgressSummarySchema>;

/** What to do now: this week's share of the plan, what is overdue, and the hours left this week. */
export const WeekViewSchema = z.object({
  goalId: z.number().int(),
  week: z.number().int(),
  start: day,
  end: day,
  hoursPerWeek: z.number(),
  hoursLogged: z.number(),
  hoursLeft: z.number(),
  /** Unfinished items scheduled in this week, in plan order, apart from the overdue ones. */
  items: z.array(PlanItemSchema),
  /** Unfinished items that, at the goal's pace since its start, would be finished before this week. */
  overdue: z.array(PlanItemSchema),
});
export type WeekView = z.infer<typeof WeekViewSchema>;
