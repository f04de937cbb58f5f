import type { Output, ParsedInput } from '../../../shared/contract/contract';
import { RHYTHM_DEFAULTS, RhythmSettingsSchema, type RhythmSettings } from '../../../shared/contract/rhythm';
import { ServiceError } from '../../../shared/contract/results';
import { addDaysTo, dayNumber, toDay } from '../../../shared/dates';
import { WEEKDAYS, nextReminders, snoozeUntil } from '../../../shared/rhythm/reminders';
import { firstRevisit, gradeRevisit as grade } from '../../../shared/rhythm/revisits';
import { focusPhase, stopOutcome } from '../../../shared/rhythm/session';
import { wallTimeAt } from '../../../shared/rhythm/zoned';
import { inWriteTransaction } from '../store/tx';
import type { Context } from './context';
import type { ItemWrites } from './items';
import { requireGoal, requireItem } from './lookups';
import { progressSummary } from './progress';

const SETTINGS_KEY = 'rhythm';
const OPEN = new Set(['not-started', 'in-progress']);

/** The process's own zone: reminders and local days follow the machine the learner sits at. */
export function localZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export function rhythmSettings(ctx: Context): RhythmSettings {
  const raw = ctx.store.settings.get(SETTINGS_KEY);
  if (!raw) return RHYTHM_DEFAULTS;
  // A stored value that no longer parses falls back to defaults rather than locking the learner out.
  const parsed = RhythmSettingsSchema.safeParse({ ...RHYTHM_DEFAULTS, ...(JSON.parse(raw) as object) });
  return parsed.success ? parsed.data : RHYTHM_DEFAULTS;
}

function saveSettings(ctx: Context, s: RhythmSettings): void {
  ctx.store.settings.set(SETTINGS_KEY, JSON.stringify(s));
}

const pad = (n: number) => String(n).padStart(2, '0');
function localLabel(at: number, zone: string): string {
  const w = wallTimeAt(at, zone);
  return `${w.year}-${pad(w.month)}-${pad(w.day)} ${pad(w.hour)}:${pad(w.minute)}`;
}

export function getRhythm(ctx: Context): Output<'getRhythm'> {
  const settings = rhythmSettings(ctx);
  const zone = localZone();
  const times = settings.reminders ? nextReminders(settings.reminders, ctx.clock.now().getTime(), zone, 5) : [];
  return { settings, zone, next: times.map((t) => ({ at: new Date(t).toISOString(), local: localLabel(t, zone) })) };
}

export function setRhythm(ctx: Context, input: ParsedInput<'setRhythm'>): Output<'getRhythm'> {
  const current = rhythmSettings(ctx);
  const next: RhythmSettings = {
    ...current,
    ...(input.reminders !== undefined ? { reminders: input.reminders, snoozedUntil: null } : {}),
    ...(input.focus ? { focus: input.focus } : {}),
    ...(input.openAtLogin !== undefined ? { openAtLogin: input.openAtLogin } : {}),
    ...(input.reviewDay ? { reviewDay: input.reviewDay } : {}),
  };
  saveSettings(ctx, next);
  return getRhythm(ctx);
}

export function snoozeReminder(ctx: Context, input: ParsedInput<'snoozeReminder'>): Output<'snoozeReminder'> {
  const s = rhythmSettings(ctx);
  if (!s.reminders) throw new ServiceError('conflict', 'Reminders are off, so there is nothing to snooze.');
  const until = snoozeUntil(ctx.clock.now().getTime(), input.minutes, localZone(), s.reminders.quiet);
  saveSettings(ctx, { ...s, snoozedUntil: until });
  return { until: new Date(until).toISOString() };
}

/** The goal a reminder is about: the most recently touched live goal with work left, and its next item. */
function nextStudy(ctx: Context) {
  const goals = ctx.store.goals.list(false).sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : b.id - a.id));
  for (const goal of goals) {
    const item = ctx.store.items.ofGoal(goal.id).find((i) => OPEN.has(i.status));
    if (item) return { goal, item };
  }
  return null;
}

export function reminderNotice(ctx: Context): Output<'reminderNotice'> {
  const s = rhythmSettings(ctx);
  const next = nextStudy(ctx);
  if (!next) return null;
  const r = ctx.resource(next.item.resourceId);
  const left = Math.max(0, Math.round(r.hours * 60) - next.item.minutesLogged);
  const perDay = Math.round((next.goal.hoursPerWeek * 60) / Math.max(1, s.reminders?.days.length ?? 7));
  const minutes = Math.max(15, left > 0 ? Math.min(perDay, left) : perDay);
  const summary = progressSummary(ctx, { goalId: next.goal.id });
  // A target at risk is worth knowing at study time, when there is still something to do about it.
  const risk = summary.onTrack === false ? ` Your target date is at risk: ${summary.daysLate} days behind.` : '';
  return { title: 'Time to study', body: `Next: ${r.title} — about ${minutes} min (${next.goal.title}).${risk}`, goalId: next.goal.id };
}

function sessionView(ctx: Context, session: { itemId: number; startedAt: number }): NonNullable<Output<'sessionStatus'>> {
  const item = requireItem(ctx, session.itemId);
  const now = ctx.clock.now().getTime();
  const s = rhythmSettings(ctx);
  const phase = s.focus.enabled ? focusPhase(session, now, s.focus) : null;
  return {
    itemId: item.id,
    goalId: item.goalId,
    title: ctx.resource(item.resourceId).title,
    startedAt: new Date(session.startedAt).toISOString(),
    elapsedMinutes: Math.floor(Math.max(0, now - session.startedAt) / 60_000),
    focus: phase ? { phase: phase.phase, round: phase.round, nextTurnAt: new Date(phase.nextTurnAt).toISOString() } : null,
  };
}

export function startSession(ctx: Context, input: ParsedInput<'startSession'>): Output<'startSession'> {
  const item = requireItem(ctx, input.itemId);
  if (item.status === 'skipped') throw new ServiceError('conflict', 'itemId: this item is skipped; unskip it before studying it', 'itemId');
  return inWriteTransaction(ctx.db, () => {
    const running = ctx.store.rhythm.session();
    if (running) {
      const title = ctx.resource(requireItem(ctx, running.itemId).resourceId).title;
      throw new ServiceError('conflict', `A session on "${title}" is already running; stop it first.`);
    }
    const session = { itemId: item.id, startedAt: ctx.clock.now().getTime() };
    ctx.store.rhythm.startSession(session);
    return sessionView(ctx, session);
  });
}

export function sessionStatus(ctx: Context): Output<'sessionStatus'> {
  const running = ctx.store.rhythm.session();
  return running ? sessionView(ctx, running) : null;
}

export function stopSession(ctx: Context, w: ItemWrites, input: ParsedInput<'stopSession'>): Output<'stopSession'> {
  const running = ctx.store.rhythm.session();
  if (!running) throw new ServiceError('conflict', 'No study session is running.');
  const now = ctx.clock.now().getTime();
  const outcome = stopOutcome(running, now, input.minutes);
  if (outcome.kind === 'confirm' && !input.confirm) return { outcome: 'confirm', minutes: outcome.minutes, reason: outcome.reason };
  return inWriteTransaction(ctx.db, () => {
    ctx.store.rhythm.endSession();
    if (outcome.kind === 'ignored') return { outcome: 'ignored' as const, reason: outcome.reason };
    // Time counts on the day the session began, in the learner's zone, as if typed in by hand.
    const day = toDay(new Date(running.startedAt));
    w.logTime(running.itemId, outcome.minutes, input.note ?? '', day, ctx.nowIso());
    return { outcome: 'logged' as const, minutes: outcome.minutes, itemId: running.itemId, day };
  });
}

export function cancelSession(ctx: Context): Output<'cancelSession'> {
  const running = ctx.store.rhythm.session();
  if (running) ctx.store.rhythm.endSession();
  return { cancelled: running !== null };
}

/** Keeps an item's revisits in step with its status: done schedules the first, reopening drops it. */
export function onStatusChange(ctx: Context, itemId: number, status: string): void {
  if (status === 'done') {
    const item = requireItem(ctx, itemId);
    if (!ctx.store.rhythm.revisitOfItem(itemId) && ctx.store.rhythm.revisitsEnabled(item.goalId)) {
      ctx.store.rhythm.saveRevisit(itemId, firstRevisit(ctx.clock.now().getTime()));
    }
  } else {
    ctx.store.rhythm.dropRevisit(itemId);
  }
}

/** End of a local calendar day, as an instant: a revisit due any time that day is due "on" it. */
function endOfLocalDay(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d + 1).getTime() - 1;
}

export function dueRevisits(ctx: Context, input: ParsedInput<'dueRevisits'>): Output<'dueRevisits'> {
  if (input.goalId !== undefined) requireGoal(ctx, input.goalId);
  const on = input.on ?? ctx.today();
  return ctx.store.rhythm.due(endOfLocalDay(on), input.goalId ?? null).map((r) => {
    const item = requireItem(ctx, r.itemId);
    const res = ctx.resource(item.resourceId);
    return { id: r.id, itemId: item.id, goalId: item.goalId, title: res.title, due: toDay(new Date(r.due)), notes: item.notes, skills: res.skills };
  });
}

export function gradeRevisit(ctx: Context, input: ParsedInput<'gradeRevisit'>): Output<'gradeRevisit'> {
  const r = ctx.store.rhythm.revisit(input.revisitId);
  if (!r) throw new ServiceError('not_found', `revisitId: no revisit with id ${input.revisitId}`, 'revisitId');
  const now = ctx.clock.now().getTime();
  const card = grade(r.card, input.grade, now);
  inWriteTransaction(ctx.db, () => {
    ctx.store.rhythm.saveRevisit(r.itemId, card);
    ctx.store.rhythm.logGrade(r.itemId, now, ctx.today(), input.grade, input.minutes ?? 0);
  });
  const nextDue = toDay(new Date(card.due));
  return { revisitId: r.id, itemId: r.itemId, nextDue, intervalDays: dayNumber(nextDue) - dayNumber(ctx.today()) };
}

export function setRevisits(ctx: Context, input: ParsedInput<'setRevisits'>): Output<'setRevisits'> {
  requireGoal(ctx, input.goalId);
  ctx.store.rhythm.setRevisitsEnabled(input.goalId, input.enabled);
  return { goalId: input.goalId, enabled: input.enabled };
}

const weekdayOf = (day: string) => (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;

/** The most recent review day on or before `today`: the review it opens covers the seven days before it. */
function lastReviewDay(today: string, reviewDay: (typeof WEEKDAYS)[number]): string {
  return addDaysTo(today, -((weekdayOf(today) - WEEKDAYS.indexOf(reviewDay) + 7) % 7));
}

export function weeklyReview(ctx: Context, input: ParsedInput<'weeklyReview'>): Output<'weeklyReview'> {
  const goal = requireGoal(ctx, input.goalId);
  const s = rhythmSettings(ctx);
  const opened = lastReviewDay(ctx.today(), s.reviewDay);
  const weekStart = addDaysTo(opened, -7);
  const weekEnd = addDaysTo(opened, -1);
  const inWeek = (d: string) => d >= weekStart && d <= weekEnd;
  const doneMinutes = ctx.store.log
    .minutesPerDay(goal.id)
    .filter((d) => inWeek(d.day))
    .reduce((a, d) => a + d.minutes, 0);
  const reviewMinutes = ctx.store.rhythm
    .reviewMinutesByDay(goal.id)
    .filter((d) => inWeek(d.day))
    .reduce((a, d) => a + d.minutes, 0);
  const summary = progressSummary(ctx, { goalId: goal.id });
  const next = ctx.store.items
    .ofGoal(goal.id)
    .filter((i) => OPEN.has(i.status))
    .slice(0, 3)
    .map((i) => {
      const r = ctx.resource(i.resourceId);
      return { itemId: i.id, title: r.title, hours: r.hours };
    });
  return {
    goalId: goal.id,
    weekStart,
    weekEnd,
    plannedMinutes: Math.round(goal.hoursPerWeek * 60),
    doneMinutes,
    reviewMinutes,
    streakDays: summary.streakDays,
    next,
    hoursPerWeek: goal.hoursPerWeek,
    targetDate: goal.targetDate,
    projectedFinish: summary.projectedFinish,
    onTrack: summary.onTrack,
    // Only a goal that was under way before the review day has a week to look back on.
    due: s.reviewDismissedWeek !== opened && toDay(new Date(goal.createdAt)) < opened,
  };
}

export function dismissWeeklyReview(ctx: Context): Output<'dismissWeeklyReview'> {
  const s = rhythmSettings(ctx);
  const opened = lastReviewDay(ctx.today(), s.reviewDay);
  saveSettings(ctx, { ...s, reviewDismissedWeek: opened });
  return { dismissedWeek: opened };
}

/** Time spent on revisits, apart from study time, for the dashboard. */
export function reviewTime(ctx: Context, input: ParsedInput<'reviewTime'>): Output<'reviewTime'> {
  requireGoal(ctx, input.goalId);
  const t = ctx.store.rhythm.reviewTotals(input.goalId);
  const due = ctx.store.rhythm.due(endOfLocalDay(ctx.today()), input.goalId).length;
  return { goalId: input.goalId, totalMinutes: t.minutes, revisitsGraded: t.graded, due };
}
