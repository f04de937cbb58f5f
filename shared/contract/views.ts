import { z } from 'zod';
import { COSTS, DEPTHS, LEVELS, RESOURCE_FRAMEWORKS, RESOURCE_KINDS, RESOURCE_STATUSES, ResourceSchema, STAGES, UNVERIFIABLE } from '../catalog/resource';
import { CATCH_UP_KINDS, ITEM_STATUSES } from '../planner/types';
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
});
export type PlanView = z.infer<typeof PlanViewSchema>;

/**
 * What a status change did to the rest of the plan, so one answer is enough to redraw the screen:
 * the header figures, and every item's weeks in plan order as [startWeek, endWeek, startWeek, …].
 */
export const PlanEffectsSchema = z.object({
  finishDate: day,
  paceFinishDate: day.nullable(),
  remainingHours: z.number(),
  percentDone: z.number(),
  itemsDone: z.number().int(),
  itemsTotal: z.number().int(),
  weeks: z.array(z.number().int()),
});
export type PlanEffects = z.infer<typeof PlanEffectsSchema>;

export const ItemChangeSchema = PlanItemSchema.extend({ effects: PlanEffectsSchema });
export type ItemChange = z.infer<typeof ItemChangeSchema>;

/**
 * A plan item as the page receives it: what belongs to the item only. The resource's own details
 * (title, link, hours…) travel once, in the resource list the page keeps, not with every plan.
 * Fields at their usual value (no notes, no time, no prerequisites in the plan) are left out.
 */
export const LeanPlanItemSchema = z.object({
  id: z.number().int(),
  resourceId: z.string(),
  startWeek: z.number().int(),
  /** Left out: not-started, planner, and an end week equal to the start week. */
  status: z.enum(ITEM_STATUSES).optional(),
  origin: z.enum(['planner', 'learner', 'prerequisite']).optional(),
  endWeek: z.number().int().optional(),
  skipReason: z.string().optional(),
  startedOn: day.optional(),
  completedOn: day.optional(),
  notes: z.string().optional(),
  minutesLogged: z.number().int().optional(),
  prerequisites: z.array(z.string()).optional(),
  /** Why it is in the plan: an index into the view's `reasons` (absent: the first, most common one). */
  why: z.number().int().min(0).optional(),
});
export type LeanPlanItem = z.infer<typeof LeanPlanItemSchema>;

export const PlanResourceSchema = ResourceSchema.pick({
  id: true, title: true, provider: true, url: true, kind: true, framework: true, level: true, cost: true, hours: true,
  hoursSource: true, stage: true, parentId: true, status: true, statusReason: true, replacementId: true,
}).extend({
  // Left out at their usual value: no topics, text, nothing unverified.
  topics: z.array(z.string()).optional(),
  format: z.enum(FORMATS).optional(),
  unverified: z.array(z.enum(UNVERIFIABLE)).optional(),
});

export const LeanPlanViewSchema = PlanViewSchema.omit({ items: true }).extend({
  items: z.array(LeanPlanItemSchema),
  /** The plan's distinct reasons (shared/planner/reasons.ts), most common first; items point into it. */
  reasons: z.array(z.string()),
  /** Changes whenever the resources change, so the page knows when its copy is stale. */
  resourcesVersion: z.string(),
  /**
   * What the plan's rows show of their resources (and of their parents), sent only when the page
   * did not say it holds this version of them: each resource's details travel once, not per request.
   */
  resources: z.array(PlanResourceSchema).optional(),
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
