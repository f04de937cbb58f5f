import { useRef, useState } from 'react';
import type { PlanItem } from '../../../shared/contract/views';
import { useNotesAutosave, type SaveState } from '../hooks/useNotesAutosave';
import type { PlanActions } from '../hooks/usePlanActions';
import { localToday } from '../lib/format';
import { TimeEntries } from './TimeEntries';
import { FormError } from './FormError';
import { StartTimer } from '../rhythm/StartTimer';

const SAVE_TEXT: Record<SaveState, string> = { saved: 'Saved', pending: 'Not saved yet…', saving: 'Saving…', error: 'Not saved: check the message above' };

/** An item's notes, which save as you type, and the form that logs study time on a chosen day. */
export function ItemDetails({ item, actions }: { item: PlanItem; actions: PlanActions }) {
  const notes = useNotesAutosave(item.id, item.notes, actions.setNotes);
  const [minutes, setMinutes] = useState('30');
  const [day, setDay] = useState(localToday);
  const [logNote, setLogNote] = useState('');
  const [logError, setLogError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // State updates land after the next click is already queued; a ref closes the gap for a double-click.
  const inFlight = useRef(false);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (inFlight.current) return;
    const m = Number(minutes);
    if (!Number.isInteger(m) || m < 1 || m > 1440) return setLogError('Minutes must be a whole number from 1 to 1440.');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return setLogError('Day must be a date.');
    if (day > localToday()) return setLogError('Day cannot be in the future.');
    setLogError(null);
    inFlight.current = true;
    setBusy(true);
    try {
      await actions.logTime(item.id, m, logNote, day);
      setLogNote('');
    } catch (err) {
      setLogError(err instanceof Error ? err.message : String(err));
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  };

  return (
    <div className="item-details">
      <label className="field">
        <span>
          Notes{' '}
          <span className="muted save-state" aria-live="polite">
            {SAVE_TEXT[notes.state]}
          </span>
        </span>
        <textarea value={notes.text} maxLength={20000} rows={3} onChange={(e) => notes.change(e.target.value)} onBlur={() => void notes.flush()} />
      </label>
      <form className="log-form" noValidate onSubmit={submit}>
        <label className="field inline">
          <span>Log time (minutes)</span>
          <input type="number" min={1} max={1440} value={minutes} onChange={(e) => setMinutes(e.target.value)} />
        </label>
        <label className="field inline">
          <span>Day</span>
          <input type="date" max={localToday()} value={day} onChange={(e) => setDay(e.target.value)} />
        </label>
        <label className="field inline grow">
          <span>What you did (optional)</span>
          <input type="text" maxLength={2000} value={logNote} onChange={(e) => setLogNote(e.target.value)} />
        </label>
        <button type="submit" disabled={busy}>
          Log time
        </button>
        <FormError message={logError} />
      </form>
      <p className="item-timer">
        <StartTimer itemId={item.id} title={item.title} /> <span className="muted">or time it as you study; stopping logs the minutes.</span>
      </p>
      <TimeEntries goalId={item.goalId} itemId={item.id} actions={actions} />
      <p className="item-remove">
        <button type="button" className="ghost small danger" onClick={() => void actions.remove(item.id)}>
          Remove from plan<span className="sr-only">: {item.title}</span>
        </button>{' '}
        <span className="muted">Its notes and logged time are kept; adding it again brings them back.</span>
      </p>
    </div>
  );
}
