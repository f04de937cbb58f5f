import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { GRADES, type RevisitGrade } from '../../../shared/rhythm/revisits';
import { invalidateGoal, useApi } from '../data/query';
import { call, messageOf } from '../lib/api';
import { day } from '../lib/format';

/** A revisit is a short look back; the learner corrects the minutes before grading if it took longer. */
const DEFAULT_MINUTES = 10;

const GRADE_LABEL: Record<RevisitGrade, string> = { again: 'Again', hard: 'Hard', good: 'Good', easy: 'Easy' };
const GRADE_HINT: Record<RevisitGrade, string> = {
  again: 'I have forgotten most of it',
  hard: 'I remember it with effort',
  good: 'I remember it',
  easy: 'I know it cold',
};

/**
 * Finished topics that are due for a short revisit: the learner's own notes and the resource's key
 * skills, then how well they remember. The answer sets the next date (FSRS).
 */
export function Revisits({ goalId, notify }: { goalId: number; notify(message: string): void }) {
  const client = useQueryClient();
  const due = useApi('dueRevisits', { goalId });
  const [offerReopen, setOfferReopen] = useState<{ itemId: number; title: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [spent, setSpent] = useState<Record<number, string>>({});
  const list = due.data ?? [];
  if (list.length === 0 && !offerReopen) return null;

  const grade = async (id: number, title: string, itemId: number, g: RevisitGrade) => {
    const minutes = Number(spent[id] ?? DEFAULT_MINUTES);
    if (!Number.isInteger(minutes) || minutes < 0 || minutes > 1440) return setError('Minutes spent must be a whole number from 0 to 1440.');
    try {
      const r = await call('gradeRevisit', { revisitId: id, grade: g, ...(minutes > 0 ? { minutes } : {}) });
      notify(`Next revisit of ${title}: ${day(r.nextDue)}.`);
      setOfferReopen(g === 'again' ? { itemId, title } : null);
      await client.invalidateQueries({ predicate: (q) => ['dueRevisits', 'weeklyReview', 'reviewTime'].includes(q.queryKey[0] as string) });
    } catch (e) {
      setError(messageOf(e));
    }
  };

  const reopen = async (itemId: number) => {
    try {
      await call('setItemStatus', { itemId, status: 'in-progress' });
      await invalidateGoal(client, goalId, { plan: true });
      notify('Back in your plan as in progress.');
      setOfferReopen(null);
    } catch (e) {
      setError(messageOf(e));
    }
  };

  return (
    <section className="revisits" aria-labelledby="revisits-title">
      <h2 id="revisits-title">Revisit what you finished</h2>
      {offerReopen && (
        <div className="notice">
          <p>Want to study {offerReopen.title} again?</p>
          <button type="button" onClick={() => void reopen(offerReopen.itemId)}>
            Reopen it
          </button>
          <button type="button" className="ghost" onClick={() => setOfferReopen(null)}>
            Not now
          </button>
        </div>
      )}
      <ul className="revisit-list">
        {list.map((r) => (
          <li key={r.id} className="revisit">
            <h3>{r.title}</h3>
            <p className="muted">Due {day(r.due)}</p>
            {r.skills.length > 0 && (
              <>
                <h4>Key skills</h4>
                <ul>
                  {r.skills.map((s) => (
                    <li key={s}>{s}</li>
                  ))}
                </ul>
              </>
            )}
            <h4>Your notes</h4>
            <p className="revisit-notes">{r.notes.trim() ? r.notes : 'You wrote no notes on this one.'}</p>
            <label className="field inline">
              <span>Minutes spent</span>
              <input
                type="number"
                min={0}
                max={1440}
                value={spent[r.id] ?? String(DEFAULT_MINUTES)}
                onChange={(e) => setSpent((m) => ({ ...m, [r.id]: e.target.value }))}
              />
            </label>
            <div className="grades" role="group" aria-label={`How well do you remember ${r.title}?`}>
              {GRADES.map((g) => (
                <button key={g} type="button" title={GRADE_HINT[g]} onClick={() => void grade(r.id, r.title, r.itemId, g)}>
                  {GRADE_LABEL[g]}
                </button>
              ))}
            </div>
          </li>
        ))}
      </ul>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </section>
  );
}
