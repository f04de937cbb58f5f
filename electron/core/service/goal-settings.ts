import type { ParsedInput } from '../../../shared/contract/contract';
import { describeIssue, ServiceError } from '../../../shared/contract/results';
import type { Goal } from '../../../shared/contract/views';
import { ProfileSchema, type Profile } from '../../../shared/profile';
import type { Context } from './context';

/**
 * The answers a goal is planned from after an edit: a whole new profile, or single settings changed on
 * top of the current one. Null when nothing the plan depends on was given. A target date must lie
 * ahead of the start and of today; a plan cannot aim at a day already gone.
 */
export function editedProfile(ctx: Context, goal: Goal, input: ParsedInput<'updateGoal'>): Profile | null {
  const { hoursPerWeek, startDate, targetDate } = input;
  if (!input.profile && hoursPerWeek === undefined && startDate === undefined && targetDate === undefined) return null;
  const base: Profile = { ...(input.profile ?? goal.profile), startDate: input.profile?.startDate ?? goal.startDate };
  if (input.profile?.targetDate === undefined && goal.targetDate && !input.profile) base.targetDate = goal.targetDate;
  const merged: Record<string, unknown> = { ...base };
  if (hoursPerWeek !== undefined) merged.hoursPerWeek = hoursPerWeek;
  if (startDate !== undefined) merged.startDate = startDate;
  if (targetDate === null) delete merged.targetDate;
  else if (targetDate !== undefined) merged.targetDate = targetDate;
  const parsed = ProfileSchema.safeParse(merged);
  if (!parsed.success) {
    const { message, field } = describeIssue(parsed.error.issues);
    const name = field?.split('.').at(-1);
    throw new ServiceError('invalid_input', message, name);
  }
  const profile = parsed.data;
  const today = ctx.today();
  const targetChanged = profile.targetDate !== (goal.targetDate ?? undefined);
  if (profile.targetDate && targetChanged && profile.targetDate < today) {
    throw new ServiceError('invalid_input', `targetDate: ${profile.targetDate} is in the past; choose a day after ${today}, or none`, 'targetDate');
  }
  return profile;
}
