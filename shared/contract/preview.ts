import { z } from 'zod';
import { FrameworkSchema } from '../profile';

/** The size of the plan a profile would get, shown before the goal is created. */
export const PlanPreviewSchema = z.object({
  framework: FrameworkSchema,
  startDate: z.string(),
  hoursPerWeek: z.number(),
  /** Items that take time (skipped ones are not counted). */
  items: z.number().int(),
  totalHours: z.number(),
  weeks: z.number().int(),
  finishDate: z.string(),
  /** Null without a target date. */
  targetMet: z.boolean().nullable(),
});
export type PlanPreview = z.infer<typeof PlanPreviewSchema>;
