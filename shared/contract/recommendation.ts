import { z } from 'zod';
import { FrameworkSchema } from '../profile';
import { STRENGTHS } from '../recommender/confidence';

const SourceSchema = z.object({ title: z.string(), url: z.string(), date: z.string(), read: z.string(), unverified: z.string().optional() });

export const RecommendationSchema = z.object({
  framework: FrameworkSchema,
  margin: z.number().min(0),
  strength: z.enum(STRENGTHS),
  confidence: z.number().min(0.5).max(1),
  scores: z.object({ tensorflow: z.number(), pytorch: z.number() }),
  reasons: z.array(z.object({ factor: z.string(), favors: FrameworkSchema, weight: z.number(), explanation: z.string(), sources: z.array(SourceSchema) })),
  tippedBy: z.string().nullable(),
  whatWouldChange: z.array(
    z.object({
      field: z.string(),
      from: z.unknown(),
      to: z.unknown(),
      size: z.number(),
      description: z.string(),
      framework: FrameworkSchema,
      confidence: z.number(),
    }),
  ),
  alsoConsider: z.array(z.object({ title: z.string(), why: z.string(), resourceId: z.string().optional(), sources: z.array(SourceSchema).optional() })),
  summary: z.string(),
});
