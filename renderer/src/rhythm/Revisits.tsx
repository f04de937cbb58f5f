import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { GRADES, type RevisitGrade } from '../../../shared/rhythm/revisits';
import { invalidateGoal, useApi } from '../data/query';
import { call, messageOf } from '../lib/api';
import { day } from '../lib/format';

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
  const list = due.data ?? [];
  if (list.length === 0 && !offerReopen) return null;

  const grade = async (id: number, title: string, itemId: number, g: RevisitGrade) => {
    try {
      const r = await call('gradeRevisit', { revisitId: id, grade: g });
      notify(`Next revisit of ${title}: ${day(r.nextDue)}.`);
      setOfferReopen(g === 'again' ? { itemId, title } : null);
      await client.invalidateQueries({ predicate: (q) => q.queryKey[0] === 'dueRevisits' || q.queryKey[0] === 'weeklyReview' });
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
