import { z } from 'zod';

export const ERROR_CODES = ['invalid_input', 'not_found', 'conflict', 'unavailable', 'forbidden', 'storage', 'damaged', 'internal'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const ServiceErrorSchema = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  field: z.string().optional(),
});
export type ServiceErrorData = z.infer<typeof ServiceErrorSchema>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: ServiceErrorData };

/** Thrown inside the service and turned into `{ ok: false, error }` at its edge; never crosses it. */
export class ServiceError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ServiceError';
  }
  toData(): ServiceErrorData {
    return { code: this.code, message: this.message, ...(this.field ? { field: this.field } : {}) };
  }
}

/** Turns zod's first issue into one line that names the field: `profile.hoursPerWeek: must be at most 60`. */
export function describeIssue(issues: readonly z.core.$ZodIssue[]): { message: string; field?: string } {
  const issue = issues[0];
  if (!issue) return { message: 'invalid input' };
  const field = issue.path.map(String).join('.');
  let message = issue.message;
  if (issue.code === 'unrecognized_keys') message = `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) message = 'is required';
  return field ? { message: `${field}: ${message}`, field } : { message };
}
