import { useEffect, useRef } from 'react';
import { startReminderLoop } from '../../../shared/rhythm/reminder-loop';
import { useApi } from '../data/query';
import { call } from '../lib/api';
import { showBrowserNotice } from './browser-notices';

/**
 * In the browser preview, reminders come from the page: the same loop the desktop app's main process
 * runs, shown with the Web Notifications API once allowed. A click opens "This week" for the goal.
 */
export function useBrowserReminders(enabled: boolean, openWeek: (goalId: number) => void) {
  const rhythm = useApi('getRhythm', {}, enabled);
  const settings = useRef(rhythm.data?.settings ?? null);
  settings.current = rhythm.data?.settings ?? null;
  const open = useRef(openWeek);
  open.current = openWeek;
  const loop = useRef<ReturnType<typeof startReminderLoop> | null>(null);

  useEffect(() => {
    if (!enabled) return;
    let notice: { title: string; body: string; goalId: number } | null = null;
    loop.current = startReminderLoop({
      now: () => Date.now(),
      setTimer: (fn, ms) => setTimeout(fn, ms),
      clearTimer: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
      zone: () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
      settings: () => {
        const s = settings.current;
        return s?.reminders ? { ...s.reminders, snoozedUntil: s.snoozedUntil } : null;
      },
      // The loop is synchronous; the notice for the next turn is fetched ahead and kept fresh.
      notice: () => notice,
      show: (n) => showBrowserNotice(n, () => notice && open.current(notice.goalId)),
    });
    const refreshNotice = () =>
      void call('reminderNotice', {}).then(
        (n) => (notice = n),
        () => undefined,
      );
    refreshNotice();
    const t = setInterval(refreshNotice, 5 * 60_000);
    return () => {
      clearInterval(t);
      loop.current?.stop();
    };
  }, [enabled]);

  useEffect(() => loop.current?.refresh(), [rhythm.data]);
}
