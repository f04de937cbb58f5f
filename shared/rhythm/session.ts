/** A running study session, as stored: the item and the instant it started (epoch ms, zone-free). */
export interface RunningSession {
  itemId: number;
  startedAt: number;
}

/** Shorter than this is a mis-click, not study. */
export const MIN_SESSION_MS = 60_000;
/** Longer than this was probably left running: ask before logging it. */
export const CONFIRM_AFTER_MS = 3 * 3_600_000;

export type StopOutcome = { kind: 'ignored'; reason: string } | { kind: 'log'; minutes: number } | { kind: 'confirm'; minutes: number; reason: string };

/**
 * What stopping a session means. Elapsed time is measured between two epoch instants, so a time-zone
 * or daylight-saving change while the session runs cannot add or remove an hour; a clock set back
 * below the start counts as no time rather than negative time.
 */
export function stopOutcome(session: RunningSession, now: number, overrideMinutes?: number): StopOutcome {
  if (overrideMinutes !== undefined) {
    if (!Number.isInteger(overrideMinutes) || overrideMinutes < 1 || overrideMinutes > 24 * 60) {
      throw new RangeError('minutes: give a whole number of minutes from 1 to 1440');
    }
    return { kind: 'log', minutes: overrideMinutes };
  }
  const elapsed = Math.max(0, now - session.startedAt);
  if (elapsed < MIN_SESSION_MS) return { kind: 'ignored', reason: `the session lasted under ${MIN_SESSION_MS / 1000} seconds` };
  const minutes = Math.round(elapsed / 60_000);
  if (elapsed > CONFIRM_AFTER_MS) {
    return { kind: 'confirm', minutes, reason: `the timer ran for ${formatDuration(minutes)}; was it left running?` };
  }
  return { kind: 'log', minutes };
}

export function formatDuration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h === 0 ? `${m} min` : m === 0 ? `${h} h` : `${h} h ${m} min`;
}

export interface FocusRhythm {
  focusMinutes: number;
  breakMinutes: number;
}

export const DEFAULT_RHYTHM: FocusRhythm = { focusMinutes: 25, breakMinutes: 5 };

/** Where a session stands in its focus rhythm: the phase, which round, and when the next turn comes. */
export function focusPhase(session: RunningSession, now: number, rhythm: FocusRhythm = DEFAULT_RHYTHM) {
  const focus = rhythm.focusMinutes * 60_000;
  const cycle = focus + rhythm.breakMinutes * 60_000;
  const elapsed = Math.max(0, now - session.startedAt);
  const round = Math.floor(elapsed / cycle);
  const into = elapsed - round * cycle;
  const phase: 'focus' | 'break' = into < focus ? 'focus' : 'break';
  const nextTurnAt = session.startedAt + round * cycle + (phase === 'focus' ? focus : cycle);
  return { phase, round: round + 1, nextTurnAt };
}
