import { nextReminders, type ReminderSettings } from './reminders';

export interface ReminderNotice {
  title: string;
  body: string;
}

export interface ReminderLoopDeps {
  now(): number;
  setTimer(fn: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
  /** The learner's zone, read at each turn so a move to another zone takes effect. */
  zone(): string;
  /** Current settings; null when reminders are off. Read at each turn, so changes need no restart. */
  settings(): (ReminderSettings & { snoozedUntil?: number | null | undefined }) | null;
  /** What the notification says: the next item and its planned minutes, worded by the caller. */
  notice(): ReminderNotice | null;
  show(notice: ReminderNotice): void;
}

/**
 * Timers in a sleeping laptop or across a clock change fire late or never, so the loop never sleeps
 * longer than this and reads the wall clock afresh each time it wakes.
 */
export const MAX_SLEEP_MS = 15 * 60_000;
/** A reminder the machine slept through by more than this is skipped, not shown hours late. */
export const STALE_AFTER_MS = 30 * 60_000;

/** Runs reminders while the app is open; `refresh` after the settings change. */
export function startReminderLoop(deps: ReminderLoopDeps): { stop(): void; refresh(): void } {
  // Everything up to this instant has been shown or deliberately skipped.
  let settled = deps.now();
  let handle: unknown = null;
  let stopped = false;

  const nextDue = (): number | null => {
    const s = deps.settings();
    if (!s) return null;
    const regular = nextReminders(s, settled, deps.zone(), 1)[0] ?? null;
    const snooze = s.snoozedUntil != null && s.snoozedUntil > settled ? s.snoozedUntil : null;
    if (regular === null) return snooze;
    return snooze === null ? regular : Math.min(regular, snooze);
  };

  const wake = () => {
    if (stopped) return;
    if (handle !== null) deps.clearTimer(handle);
    const now = deps.now();
    let due = nextDue();
    while (due !== null && due <= now) {
      if (now - due <= STALE_AFTER_MS) {
        const notice = deps.notice();
        if (notice) deps.show(notice);
      }
      settled = due;
      due = nextDue();
    }
    handle = deps.setTimer(wake, due === null ? MAX_SLEEP_MS : Math.min(MAX_SLEEP_MS, due - now));
  };

  wake();
  return {
    stop() {
      stopped = true;
      if (handle !== null) deps.clearTimer(handle);
    },
    refresh: wake,
  };
}
