import { z } from 'zod';
import { FrameworkSchema } from '../profile';

const SourceSchema = z.object({ title: z.string(), url: z.string(), date: z.string() });

export const RecommendationSchema = z.object({
  framework: FrameworkSchema,
  confidence: z.number().min(0).max(1),
  scores: z.object({ tensorflow: z.number(), pytorch: z.number() }),
  reasons: z.array(
    z.object({ factor: z.string(), favors: FrameworkSchema, weight: z.number(), explanation: z.string(), sources: z.array(SourceSchema) }),
  ),
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
  alsoConsider: z.array(z.object({ title: z.string(), why: z.string(), resourceId: z.string().optional() })),
  summary: z.string(),
});
