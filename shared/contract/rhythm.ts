import { z } from 'zod';
import { isoDate } from '../dates';
import { GRADES } from '../rhythm/revisits';
import { reminderSettingsProblem, WEEKDAYS } from '../rhythm/reminders';
import { goalId, itemId } from './ids';

const hhmm = z.string().max(5);

export const ReminderSettingsSchema = z
  .object({ days: z.array(z.string().max(9)).max(7), time: hhmm, quiet: z.object({ from: hhmm, to: hhmm }).strict().optional() })
  .strict()
  .superRefine((r, ctx) => {
    const problem = reminderSettingsProblem(r);
    if (problem) {
      const [path, message] = problem.split(/: (.*)/s) as [string, string];
      ctx.addIssue({ code: 'custom', message, path: path.split('.') });
    }
  })
  .transform((r) => r as { days: (typeof WEEKDAYS)[number][]; time: string; quiet?: { from: string; to: string } });

export const FocusSchema = z
  .object({
    enabled: z.boolean(),
    focusMinutes: z.number().int().min(5, { message: 'must be at least 5 minutes' }).max(120, { message: 'must be at most 120 minutes' }),
    breakMinutes: z.number().int().min(1, { message: 'must be at least 1 minute' }).max(60, { message: 'must be at most 60 minutes' }),
  })
  .strict();

export const RhythmSettingsSchema = z
  .object({
    reminders: ReminderSettingsSchema.nullable(),
    snoozedUntil: z.number().int().nullable(),
    focus: FocusSchema,
    openAtLogin: z.boolean(),
    reviewDay: z.enum(WEEKDAYS),
    /** The review day whose weekly review the learner dismissed. */
    reviewDismissedWeek: isoDate.nullable(),
  })
  .strict();
export type RhythmSettings = z.output<typeof RhythmSettingsSchema>;

export const RHYTHM_DEFAULTS: RhythmSettings = {
  reminders: null,
  snoozedUntil: null,
  focus: { enabled: true, focusMinutes: 25, breakMinutes: 5 },
  openAtLogin: false,
  reviewDay: 'sun',
  reviewDismissedWeek: null,
};

const RhythmViewSchema = z.object({
  settings: RhythmSettingsSchema,
  zone: z.string(),
  /** The next reminder instants (ISO, UTC) and the same as local wall times for display. */
  next: z.array(z.object({ at: z.string(), local: z.string() })),
});

const SessionViewSchema = z.object({
  itemId: z.number().int(),
  goalId: z.number().int(),
  title: z.string(),
  startedAt: z.string(),
  elapsedMinutes: z.number().int(),
  focus: z.object({ phase: z.enum(['focus', 'break']), round: z.number().int(), nextTurnAt: z.string() }).nullable(),
});

const RevisitViewSchema = z.object({
  id: z.number().int(),
  itemId: z.number().int(),
  goalId: z.number().int(),
  title: z.string(),
  due: isoDate,
  notes: z.string(),
  skills: z.array(z.string()),
});

const minutes = z
  .number()
  .int({ message: 'must be whole minutes' })
  .min(1, { message: 'must be at least 1 minute' })
  .max(1440, { message: 'must be at most 1440 minutes (a day)' });

/** The study-rhythm methods: sessions, reminders, the weekly review and spaced revisits. */
export const rhythmContract = {
  getRhythm: { input: z.object({}).strict(), output: RhythmViewSchema },
  setRhythm: {
    input: z
      .object({
        reminders: ReminderSettingsSchema.nullable().optional(),
        focus: FocusSchema.optional(),
        openAtLogin: z.boolean().optional(),
        reviewDay: z.enum(WEEKDAYS, { message: `must be one of ${WEEKDAYS.join(', ')}` }).optional(),
      })
      .strict(),
    output: RhythmViewSchema,
  },
  snoozeReminder: { input: z.object({ minutes: z.number().int().min(1).max(1440) }).strict(), output: z.object({ until: z.string() }) },
  reminderNotice: { input: z.object({}).strict(), output: z.object({ title: z.string(), body: z.string(), goalId: z.number().int() }).nullable() },
  startSession: { input: z.object({ itemId }).strict(), output: SessionViewSchema },
  sessionStatus: { input: z.object({}).strict(), output: SessionViewSchema.nullable() },
  stopSession: {
    input: z.object({ minutes: minutes.optional(), note: z.string().max(2000).optional(), confirm: z.boolean().default(false) }).strict(),
    output: z.discriminatedUnion('outcome', [
      z.object({ outcome: z.literal('logged'), minutes: z.number().int(), itemId: z.number().int(), day: isoDate }),
      z.object({ outcome: z.literal('ignored'), reason: z.string() }),
      z.object({ outcome: z.literal('confirm'), minutes: z.number().int(), reason: z.string() }),
    ]),
  },
  cancelSession: { input: z.object({}).strict(), output: z.object({ cancelled: z.boolean() }) },
  dueRevisits: { input: z.object({ goalId: goalId.optional(), on: isoDate.optional() }).strict(), output: z.array(RevisitViewSchema) },
  gradeRevisit: {
    input: z
      .object({
        revisitId: z.number().int().positive(),
        grade: z.enum(GRADES, { message: `must be one of ${GRADES.join(', ')}` }),
        minutes: minutes.optional(),
      })
      .strict(),
    output: z.object({ revisitId: z.number().int(), itemId: z.number().int(), nextDue: isoDate, intervalDays: z.number().int() }),
  },
  setRevisits: { input: z.object({ goalId, enabled: z.boolean() }).strict(), output: z.object({ goalId: z.number().int(), enabled: z.boolean() }) },
  weeklyReview: {
    input: z.object({ goalId }).strict(),
    output: z.object({
      goalId: z.number().int(),
      weekStart: isoDate,
      weekEnd: isoDate,
      plannedMinutes: z.number().int(),
      doneMinutes: z.number().int(),
      reviewMinutes: z.number().int(),
      streakDays: z.number().int(),
      next: z.array(z.object({ itemId: z.number().int(), title: z.string(), hours: z.number() })),
      hoursPerWeek: z.number(),
      targetDate: isoDate.nullable(),
      projectedFinish: isoDate,
      onTrack: z.boolean().nullable(),
      /** True on or after the learner's review day until they dismiss this week's review. */
      due: z.boolean(),
    }),
  },
  dismissWeeklyReview: { input: z.object({}).strict(), output: z.object({ dismissedWeek: isoDate }) },
  reviewTime: {
    input: z.object({ goalId }).strict(),
    output: z.object({ goalId: z.number().int(), totalMinutes: z.number().int(), revisitsGraded: z.number().int(), due: z.number().int() }),
  },
} as const;
