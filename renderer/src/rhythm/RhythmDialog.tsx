import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { Input } from '../../../shared/contract/contract';
import { WEEKDAYS, type Weekday } from '../../../shared/rhythm/reminders';
import { Modal } from '../components/Modal';
import { apiKey, useApi } from '../data/query';
import { call, messageOf } from '../lib/api';
import { askForBrowserNotifications, browserNotificationsState } from './browser-notices';

const DAY_LABEL: Record<Weekday, string> = { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' };

interface Props {
  shell: 'desktop' | 'preview' | null;
  onClose(): void;
  notify(message: string): void;
}

/** Study days and time, quiet hours, the focus rhythm, the weekly review day and, on the desktop, login. */
export function RhythmDialog({ shell, onClose, notify }: Props) {
  const client = useQueryClient();
  const current = useApi('getRhythm', {});
  const s = current.data?.settings;
  const [on, setOn] = useState(false);
  const [days, setDays] = useState<Weekday[]>(['mon', 'wed', 'sat']);
  const [time, setTime] = useState('19:00');
  const [quiet, setQuiet] = useState(false);
  const [quietFrom, setQuietFrom] = useState('22:00');
  const [quietTo, setQuietTo] = useState('07:00');
  const [focusOn, setFocusOn] = useState(true);
  const [focusMinutes, setFocusMinutes] = useState('25');
  const [breakMinutes, setBreakMinutes] = useState('5');
  const [reviewDay, setReviewDay] = useState<Weekday>('sun');
  const [openAtLogin, setOpenAtLogin] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [permission, setPermission] = useState(browserNotificationsState);

  // Another window or the CLI may have changed the settings since they were last read.
  useEffect(() => void client.invalidateQueries({ queryKey: apiKey('getRhythm', {}) }), [client]);

  // The form opens with what is saved.
  useEffect(() => {
    if (!s) return;
    setOn(s.reminders !== null);
    if (s.reminders) {
      setDays(s.reminders.days);
      setTime(s.reminders.time);
      setQuiet(Boolean(s.reminders.quiet));
      if (s.reminders.quiet) {
        setQuietFrom(s.reminders.quiet.from);
        setQuietTo(s.reminders.quiet.to);
      }
    }
    setFocusOn(s.focus.enabled);
    setFocusMinutes(String(s.focus.focusMinutes));
    setBreakMinutes(String(s.focus.breakMinutes));
    setReviewDay(s.reviewDay);
    setOpenAtLogin(s.openAtLogin);
  }, [s]);

  const save = async () => {
    const input: Input<'setRhythm'> = {
      reminders: on ? { days, time, ...(quiet ? { quiet: { from: quietFrom, to: quietTo } } : {}) } : null,
      focus: { enabled: focusOn, focusMinutes: Number(focusMinutes), breakMinutes: Number(breakMinutes) },
      reviewDay,
      ...(shell === 'desktop' ? { openAtLogin } : {}),
    };
    try {
      const view = await call('setRhythm', input);
      client.setQueryData(apiKey('getRhythm', {}), view);
      await client.invalidateQueries({ predicate: (q) => q.queryKey[0] === 'weeklyReview' || q.queryKey[0] === 'sessionStatus' });
      notify(view.settings.reminders ? `Reminders saved. Next: ${view.next[0]?.local ?? '—'}.` : 'Study settings saved; reminders are off.');
      onClose();
    } catch (e) {
      setError(messageOf(e));
    }
  };

  const toggleDay = (d: Weekday) => setDays((list) => (list.includes(d) ? list.filter((x) => x !== d) : WEEKDAYS.filter((x) => x === d || list.includes(x))));

  return (
    <Modal title="Study rhythm" onClose={onClose}>
      <form
        className="rhythm-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <fieldset>
          <legend>Reminders</legend>
          <label className="check">
            <input type="checkbox" checked={on} onChange={(e) => setOn(e.target.checked)} /> Remind me to study
          </label>
          <div className="day-picks" role="group" aria-label="Study days">
            {WEEKDAYS.map((d) => (
              <label key={d} className="check day-pick">
                <input type="checkbox" disabled={!on} checked={days.includes(d)} onChange={() => toggleDay(d)} /> {DAY_LABEL[d]}
              </label>
            ))}
          </div>
          <label>
            At <input type="time" disabled={!on} value={time} onChange={(e) => setTime(e.target.value)} required />
          </label>
          <label className="check">
            <input type="checkbox" disabled={!on} checked={quiet} onChange={(e) => setQuiet(e.target.checked)} /> Quiet hours
          </label>
          {quiet && on && (
            <div className="row">
              <label>
                From <input type="time" value={quietFrom} onChange={(e) => setQuietFrom(e.target.value)} />
              </label>
              <label>
                to <input type="time" value={quietTo} onChange={(e) => setQuietTo(e.target.value)} />
              </label>
            </div>
          )}
          {current.data && current.data.next.length > 0 && (
            <p className="hint">
              Next reminders ({current.data.zone}):{' '}
              {current.data.next
                .slice(0, 3)
                .map((n) => n.local)
                .join(', ')}
            </p>
          )}
          <p className="hint">
            Reminders appear while Pathwise is running. To be reminded when it is closed, export your plan as a calendar (.ics) with reminders.
          </p>
          {shell === 'preview' && permission !== 'granted' && (
            <p className="hint">
              {permission === 'unsupported' || permission === 'denied' ? (
                'This browser does not allow notifications for this page, so reminders show only inside Pathwise.'
              ) : (
                <button type="button" onClick={() => void askForBrowserNotifications().then(setPermission)}>
                  Allow browser notifications
                </button>
              )}
            </p>
          )}
          {shell === 'desktop' && (
            <label className="check">
              <input type="checkbox" checked={openAtLogin} onChange={(e) => setOpenAtLogin(e.target.checked)} /> Open at login, hidden in the tray, so reminders
              arrive without opening the window
            </label>
          )}
        </fieldset>
        <fieldset>
          <legend>Focus rhythm</legend>
          <label className="check">
            <input type="checkbox" checked={focusOn} onChange={(e) => setFocusOn(e.target.checked)} /> Take breaks during a study session
          </label>
          <div className="row">
            <label>
              Focus (min) <input type="number" min={5} max={120} disabled={!focusOn} value={focusMinutes} onChange={(e) => setFocusMinutes(e.target.value)} />
            </label>
            <label>
              Break (min) <input type="number" min={1} max={60} disabled={!focusOn} value={breakMinutes} onChange={(e) => setBreakMinutes(e.target.value)} />
            </label>
          </div>
        </fieldset>
        <fieldset>
          <legend>Weekly review</legend>
          <label>
            Review my week on{' '}
            <select value={reviewDay} onChange={(e) => setReviewDay(e.target.value as Weekday)}>
              {WEEKDAYS.map((d) => (
                <option key={d} value={d}>
                  {DAY_LABEL[d]}
                </option>
              ))}
            </select>
          </label>
        </fieldset>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <div className="actions">
          <button type="button" className="ghost" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary">
            Save
          </button>
        </div>
      </form>
    </Modal>
  );
}
