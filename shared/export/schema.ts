import { z } from 'zod';
import { ResourceSchema, resourceId } from '../catalog/resource';
import { isoDate } from '../dates';
import { ITEM_STATUSES } from '../planner/types';
import { FrameworkSchema, ProfileSchema } from '../profile';

/**
 * The Pathwise goal file, version 1: everything needed to restore a goal losslessly on another
 * machine. Items refer to resources by id; the ids of custom resources travel with the file, shipped
 * resources are looked up in the receiving catalog. Unknown fields are refused, so a file either means
 * exactly what this schema says or is rejected whole.
 */
export const EXPORT_FORMAT = 'pathwise-goal';
export const EXPORT_VERSION = 1;

const text = (max: number) => z.string().max(max);
const timestamp = z.string().datetime({ offset: true });

export const ExportItemSchema = z
  .object({
    resourceId,
    origin: z.enum(['planner', 'learner', 'prerequisite']),
    relevance: z.number().int().min(0).max(1000),
    status: z.enum(ITEM_STATUSES),
    skipReason: text(500).nullable(),
    startWeek: z.number().int().min(1).max(100_000),
    endWeek: z.number().int().min(1).max(100_000),
    startedOn: isoDate.nullable(),
    completedOn: isoDate.nullable(),
    notes: text(20_000),
  })
  .strict();

export const ExportLogEntrySchema = z
  .object({
    /** Index into `items`. */
    item: z.number().int().min(0),
    at: timestamp,
    day: isoDate,
    kind: z.enum(['time', 'status']),
    minutes: z.number().int().min(0).max(1440),
    fromStatus: z.enum(ITEM_STATUSES).nullable(),
    toStatus: z.enum(ITEM_STATUSES).nullable(),
    note: text(2000),
  })
  .strict();

export const ExportDocumentSchema = z
  .object({
    format: z.literal(EXPORT_FORMAT),
    version: z.literal(EXPORT_VERSION),
    exportedAt: timestamp,
    app: z.object({ name: z.literal('Pathwise'), catalogVersion: text(100) }).strict(),
    goal: z
      .object({
        uid: text(100),
        title: text(200).min(1),
        profile: ProfileSchema,
        framework: FrameworkSchema,
        recommendedFramework: FrameworkSchema,
        startDate: isoDate,
        targetDate: isoDate.nullable(),
        hoursPerWeek: z.number().min(1).max(60),
        customOrder: z.boolean(),
        archived: z.boolean(),
        createdAt: timestamp,
        notes: z.array(z.object({ resourceId: z.string().max(100), message: text(1000) }).strict()).max(1000),
      })
      .strict(),
    /** Custom resources the plan uses, with their own prerequisites. */
    customResources: z.array(ResourceSchema).max(100_000),
    /** In plan order. */
    items: z.array(ExportItemSchema).max(100_000),
    log: z.array(ExportLogEntrySchema).max(2_000_000),
  })
  .strict()
  .superRefine((doc, ctx) => {
    doc.log.forEach((e, i) => {
      if (e.item >= doc.items.length)
        ctx.addIssue({ code: 'custom', path: ['log', i, 'item'], message: `refers to item ${e.item}, but there are ${doc.items.length}` });
    });
    const seen = new Set<string>();
    doc.items.forEach((it, i) => {
      if (seen.has(it.resourceId)) ctx.addIssue({ code: 'custom', path: ['items', i, 'resourceId'], message: `"${it.resourceId}" appears twice` });
      seen.add(it.resourceId);
    });
    doc.customResources.forEach((r, i) => {
      if (!r.custom) ctx.addIssue({ code: 'custom', path: ['customResources', i, 'custom'], message: 'must be true' });
    });
  });

export type ExportDocument = z.infer<typeof ExportDocumentSchema>;

export const EXPORT_FORMATS = ['md', 'json', 'csv', 'ics', 'html'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_MIME: Record<ExportFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  json: 'application/json',
  csv: 'text/csv; charset=utf-8',
  ics: 'text/calendar; charset=utf-8',
  html: 'text/html; charset=utf-8',
};
