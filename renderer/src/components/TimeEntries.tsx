import { useState } from 'react';
import type { LogEntry } from '../../../shared/contract/views';
import { useApi } from '../data/query';
import type { PlanActions } from '../hooks/usePlanActions';
import { day as dayText, localToday, minutesText } from '../lib/format';
import { FormError } from './FormError';

/** The time logged on one item, each entry correctable or deletable (with Undo). */
export function TimeEntries({ goalId, itemId, actions }: { goalId: number; itemId: number; actions: PlanActions }) {
  const all = useApi('listTimeEntries', { goalId });
  const entries = (all.data ?? []).filter((e) => e.itemId === itemId);
  const [editing, setEditing] = useState<number | null>(null);
  if (entries.length === 0) return null;
  return (
    <section className="time-entries" aria-label="Time logged">
      <h4>Time logged</h4>
      <ul>
        {entries.map((e) =>
          editing === e.id ? (
            <li key={e.id}>
              <EntryForm entry={e} onSave={(change) => actions.editEntry(e, change).then(() => setEditing(null))} onCancel={() => setEditing(null)} />
            </li>
          ) : (
            <li key={e.id}>
              <span>
                {dayText(e.day)} · {minutesText(e.minutes)}
                {e.note && <> · {e.note}</>}
              </span>
              <button type="button" className="ghost small" onClick={() => setEditing(e.id)}>
                Edit
                <span className="sr-only">
                  {' '}
                  {minutesText(e.minutes)} on {dayText(e.day)}
                </span>
              </button>
              <button type="button" className="ghost small danger" onClick={() => void actions.deleteEntry(e)}>
                Delete
                <span className="sr-only">
                  {' '}
                  {minutesText(e.minutes)} on {dayText(e.day)}
                </span>
              </button>
            </li>
          ),
        )}
      </ul>
    </section>
  );
}

function EntryForm({
  entry,
  onSave,
  onCancel,
}: {
  entry: LogEntry;
  onSave(change: { minutes: number; day: string; note: string }): Promise<void>;
  onCancel(): void;
}) {
  const [minutes, setMinutes] = useState(String(entry.minutes));
  const [day, setDay] = useState(entry.day);
  const [note, setNote] = useState(entry.note);
  const [error, setError] = useState<string | null>(null);
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const m = Number(minutes);
    if (!Number.isInteger(m) || m < 1 || m > 1440) return setError('Minutes must be a whole number from 1 to 1440.');
    if (day > localToday()) return setError('Day cannot be in the future.');
    onSave({ minutes: m, day, note }).catch((err: unknown) => setError(err instanceof Error ? err.message : String(err)));
  };
  return (
    <form className="entry-form" noValidate onSubmit={submit} aria-label={`Edit the entry of ${dayText(entry.day)}`}>
      <label className="field inline">
        <span>Minutes</span>
        <input type="number" min={1} max={1440} value={minutes} onChange={(e) => setMinutes(e.target.value)} />
      </label>
      <label className="field inline">
        <span>On</span>
        <input type="date" max={localToday()} value={day} onChange={(e) => setDay(e.target.value)} />
      </label>
      <label className="field inline grow">
        <span>Note</span>
        <input type="text" maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      <button type="submit">Save</button>
      <button type="button" className="ghost" onClick={onCancel}>
        Cancel
      </button>
      <FormError message={error} />
    </form>
  );
}
