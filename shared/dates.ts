import { addDays, differenceInCalendarDays, format, isValid, parseISO } from 'date-fns';
import { z } from 'zod';

/** A calendar day, `YYYY-MM-DD`, that exists (no 2026-02-30). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date written YYYY-MM-DD' })
  .refine((s) => isValid(parseISO(s)) && format(parseISO(s), 'yyyy-MM-dd') === s, {
    message: 'is not a real calendar date',
  });

export function toDay(date: Date): string {
  return format(date, 'yyyy-MM-dd');
}

export function fromDay(day: string): Date {
  return parseISO(day);
}

export function addDaysTo(day: string, days: number): string {
  return toDay(addDays(parseISO(day), days));
}

export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(parseISO(to), parseISO(from));
}

/** 1-based study week of `day` in a plan that starts on `start` (days before the start count as week 1). */
export function weekOf(start: string, day: string): number {
  return Math.max(1, Math.floor(daysBetween(start, day) / 7) + 1);
}
