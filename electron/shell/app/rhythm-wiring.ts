import type { Method } from '../../../shared/contract/contract';
import { startReminderLoop } from '../../../shared/rhythm/reminder-loop';
import type { Service } from '../../core/service/index';
import { setOpenAtLogin, showReminder, type LoginItemTarget, type NotificationCtorLike } from './study-rhythm';

export interface RhythmShellDeps {
  Notification: NotificationCtorLike;
  /** The live service; a restore swaps it, so it is read at every turn. */
  service(): Service;
  openWeek(): void;
  login: LoginItemTarget;
  /** Called after the settings change, for what else follows them (the tray). */
  onSettingsChanged?: () => void;
  now?: () => number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

/** Settings changes that must reach the reminder loop and the login item at once. */
const RHYTHM_WRITES: ReadonlySet<Method> = new Set<Method>(['setRhythm', 'snoozeReminder']);

/** Runs the desktop side of the study rhythm: OS reminders while the app runs, and the login item. */
export function startStudyRhythm(deps: RhythmShellDeps) {
  const settings = () => {
    const r = deps.service().call('getRhythm', {});
    return r.ok ? r.value.settings : null;
  };
  const loop = startReminderLoop({
    now: deps.now ?? (() => Date.now()),
    setTimer: deps.setTimer ?? ((fn, ms) => setTimeout(fn, ms)),
    clearTimer: deps.clearTimer ?? ((h) => clearTimeout(h as NodeJS.Timeout)),
    zone: () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
    settings: () => {
      const s = settings();
      return s?.reminders ? { ...s.reminders, snoozedUntil: s.snoozedUntil } : null;
    },
    notice: () => {
      const r = deps.service().call('reminderNotice', {});
      return r.ok ? r.value : null;
    },
    show: (notice) => showReminder(deps.Notification, notice, deps.openWeek),
  });
  let openAtLogin: boolean | null = null;
  const syncLogin = () => {
    const wanted = settings()?.openAtLogin ?? false;
    if (wanted !== openAtLogin) setOpenAtLogin(deps.login, wanted);
    openAtLogin = wanted;
  };
  syncLogin();
  const refresh = () => {
    loop.refresh();
    syncLogin();
    deps.onSettingsChanged?.();
  };
  return {
    refresh,
    stop: loop.stop,
    /** True while the learner wants Pathwise to stay in the tray with no window. */
    keepInTray: () => settings()?.openAtLogin ?? false,
    remindersOn: () => Boolean(settings()?.reminders),
    /** The service the IPC handlers use: the same, but rhythm settings take effect at once. */
    watching(service: Service): Service {
      return {
        call(method, input) {
          const r = service.call(method, input);
          if (r.ok && RHYTHM_WRITES.has(method)) refresh();
          return r;
        },
        close: () => service.close(),
      };
    },
  };
}
