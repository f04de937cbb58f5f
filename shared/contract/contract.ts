import { z } from 'zod';
import { CustomResourceInputSchema, CustomResourcePatchSchema, ResourceSchema, resourceId } from '../catalog/resource';
import { isoDate } from '../dates';
import { EXPORT_FORMATS } from '../export/schema';
import { ITEM_STATUSES } from '../planner/types';
import { FrameworkSchema, ProfileSchema } from '../profile';
import { entryId, goalId, itemId } from './ids';
import type { MethodName } from './methods';
import { PlanPreviewSchema } from './preview';
import { RecommendationSchema } from './recommendation';
import { rhythmContract } from './rhythm';
import {
  AlternativesSchema,
  GoalSchema,
  GoalSummarySchema,
  ItemChangeSchema,
  LeanPlanViewSchema,
  LogEntrySchema,
  PlanItemSchema,
  PlanViewSchema,
  ProgressSummarySchema,
  WeekViewSchema,
} from './views';

export const goalTitle = z
  .string()
  .trim()
  .min(1, { message: 'must not be empty' })
  .max(200, { message: 'must be at most 200 characters' })
  .refine((s) => !/[\u0000-\u001f\u007f]/.test(s), { message: 'must not contain control characters' });

const BackupInfoSchema = z.object({ name: z.string(), path: z.string(), createdAt: z.string(), reason: z.string(), bytes: z.number() });

const minutes = z
  .number()
  .int({ message: 'must be whole minutes' })
  .min(1, { message: 'must be at least 1 minute' })
  .max(1440, { message: 'must be at most 1440 minutes (a day)' });
const logNote = z.string().max(2000, { message: 'must be at most 2000 characters' });

const notes = z.string().max(20_000, { message: 'must be at most 20,000 characters' });

/**
 * The one service contract: every method's input and output. The service, the CLI, the preload and
 * the browser preview are all derived from this map.
 */
export const contract = {
  recommend: {
    input: z.object({ profile: ProfileSchema }).strict(),
    output: RecommendationSchema,
  },
  createGoal: {
    input: z.object({ profile: ProfileSchema, title: goalTitle.optional(), framework: FrameworkSchema.optional() }).strict(),
    output: PlanViewSchema,
  },
  previewPlan: {
    input: z.object({ profile: ProfileSchema, framework: FrameworkSchema.optional() }).strict(),
    output: PlanPreviewSchema,
  },
  listGoals: {
    input: z.object({ includeArchived: z.boolean().default(false) }).strict(),
    output: z.array(GoalSummarySchema),
  },
  getGoal: {
    input: z.object({ goalId }).strict(),
    output: GoalSchema,
  },
  updateGoal: {
    input: z
      .object({
        goalId,
        title: goalTitle.optional(),
        profile: ProfileSchema.optional(),
        /** A framework, or "recommended" to follow the recommendation again. */
        framework: z.union([FrameworkSchema, z.literal('recommended')]).optional(),
        // Single settings, changed on top of the current answers; each re-plans and keeps all progress.
        hoursPerWeek: z.number().min(1, { message: 'must be at least 1 hour a week' }).max(60, { message: 'must be at most 60 hours a week' }).optional(),
        startDate: isoDate.optional(),
        /** A day, or null for no target. */
        targetDate: isoDate.nullable().optional(),
      })
      .strict(),
    output: PlanViewSchema,
  },
  archiveGoal: {
    input: z.object({ goalId, archived: z.boolean().default(true) }).strict(),
    output: GoalSchema,
  },
  deleteGoal: {
    input: z.object({ goalId }).strict(),
    output: z.object({ deleted: z.number().int() }),
  },
  getPlan: {
    input: z.object({ goalId }).strict(),
    output: PlanViewSchema,
  },
  /** getPlan for the page: items without their resources' details (see LeanItemsSchema). */
  getPlanLean: {
    /** `resourcesVersion`: the version of the resources the page already holds, if any. */
    /**
     * `firstItems`: only the plan's first items (their resources, and the weeks they fall in), for a
     * first screen that should not wait for the whole list; the figures are still the whole plan's.
     */
    input: z
      .object({
        goalId,
        resourcesVersion: z.string().max(64).optional(),
        firstItems: z.number().int().min(1, { message: 'must be at least 1' }).max(100_000, { message: 'must be at most 100,000' }).optional(),
      })
      .strict(),
    output: LeanPlanViewSchema,
  },
  reorderPlan: {
    input: z.object({ goalId, itemIds: z.array(itemId).max(100_000) }).strict(),
    output: PlanViewSchema,
  },
  addToPlan: {
    input: z.object({ goalId, resourceId }).strict(),
    output: z.object({ plan: PlanViewSchema, added: z.array(z.string()) }),
  },
  itemAlternatives: {
    input: z.object({ itemId }).strict(),
    output: AlternativesSchema,
  },
  swapPlanItem: {
    input: z.object({ itemId, resourceId }).strict(),
    output: PlanViewSchema,
  },
  setItemStatus: {
    input: z.object({ itemId, status: z.enum(ITEM_STATUSES) }).strict(),
    output: ItemChangeSchema,
  },
  /** Unticks a done item: it returns to the status it had before it was marked done. */
  reopenItem: {
    input: z.object({ itemId }).strict(),
    output: ItemChangeSchema,
  },
  setItemNotes: {
    input: z.object({ itemId, notes }).strict(),
    output: PlanItemSchema,
  },
  logTime: {
    input: z
      .object({
        itemId,
        minutes,
        note: logNote.optional(),
        day: isoDate.optional(),
      })
      .strict(),
    output: LogEntrySchema,
  },
  listLog: {
    input: z.object({ goalId, itemId: itemId.optional(), limit: z.number().int().min(1).max(10_000).default(200) }).strict(),
    output: z.array(LogEntrySchema),
  },
  /** A goal's time entries, newest day first, for correcting them. */
  listTimeEntries: {
    input: z.object({ goalId }).strict(),
    output: z.array(LogEntrySchema),
  },
  editTimeEntry: {
    input: z.object({ entryId, minutes: minutes.optional(), day: isoDate.optional(), note: logNote.optional() }).strict(),
    output: LogEntrySchema,
  },
  /** Answers the deleted entry, so the page can offer to put it back. */
  deleteTimeEntry: {
    input: z.object({ entryId }).strict(),
    output: LogEntrySchema,
  },
  /** Takes an item out of the plan; its notes and time entries are kept, and adding it back restores them. */
  removeItem: {
    input: z.object({ itemId }).strict(),
    output: PlanViewSchema,
  },
  listResources: {
    input: z.object({ includeRetired: z.boolean().default(true) }).strict(),
    output: z.array(ResourceSchema),
  },
  getResource: {
    input: z.object({ resourceId }).strict(),
    output: ResourceSchema,
  },
  addCustomResource: {
    input: CustomResourceInputSchema,
    output: ResourceSchema,
  },
  /** The learner's own resource, created and added to a goal in one transaction: both or neither. */
  addOwnResource: {
    input: z.object({ goalId, resource: CustomResourceInputSchema }).strict(),
    output: z.object({ plan: PlanViewSchema, added: z.array(z.string()), resource: ResourceSchema }),
  },
  editCustomResource: {
    input: z.object({ resourceId, patch: CustomResourcePatchSchema }).strict(),
    output: ResourceSchema,
  },
  thisWeek: {
    input: z.object({ goalId }).strict(),
    output: WeekViewSchema,
  },
  progressSummary: {
    input: z.object({ goalId }).strict(),
    output: ProgressSummarySchema,
  },
  exportGoal: {
    input: z.object({ goalId, format: z.enum(EXPORT_FORMATS), reminders: z.boolean().default(false) }).strict(),
    output: z.object({ filename: z.string(), mimeType: z.string(), content: z.string() }),
  },
  importGoal: {
    // The text is checked for size and nesting before it is parsed; see electron/core/import/guard.ts.
    input: z.object({ content: z.string() }).strict(),
    output: PlanViewSchema,
  },
  listBackups: {
    input: z.object({}).strict(),
    output: z.array(BackupInfoSchema),
  },
  createBackup: {
    input: z.object({}).strict(),
    output: BackupInfoSchema,
  },
  ...rhythmContract,
} as const;

export type Contract = typeof contract;
export type Method = keyof Contract;
export type Input<M extends Method> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends Method> = z.output<Contract[M]['input']>;
export type Output<M extends Method> = z.output<Contract[M]['output']>;
export const METHODS = Object.keys(contract) as Method[];

// The name list the preload uses must match the contract exactly, in both directions.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const namesMatch: Same<Method, MethodName> = true;
void namesMatch;
