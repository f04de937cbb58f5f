import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Modal } from '../components/Modal';
import { invalidateGoal, useApi } from '../data/query';
import { call, messageOf } from '../lib/api';
import { day } from '../lib/format';
import { formatHours } from './hours';

interface Props {
  goalId: number;
  onClose(): void;
  notify(message: string): void;
}

/** Last week planned against done, the streak, what is next, and the two adjustments that matter. */
export function WeeklyReview({ goalId, onClose, notify }: Props) {
  const client = useQueryClient();
  const review = useApi('weeklyReview', { goalId });
  const [error, setError] = useState<string | null>(null);
  const r = review.data;

  const close = async (dismiss: boolean) => {
    if (dismiss) {
      try {
        await call('dismissWeeklyReview', {});
        await client.invalidateQueries({ predicate: (q) => q.queryKey[0] === 'weeklyReview' });
      } catch (e) {
        return setError(messageOf(e));
      }
    }
    onClose();
  };

  const adjust = async (patch: { hoursPerWeek?: number; targetDate?: string }, message: string) => {
    try {
      const goal = await call('getGoal', { goalId });
      await call('updateGoal', { goalId, profile: { ...goal.profile, ...patch } });
      await invalidateGoal(client, goalId, { plan: true });
      notify(message);
    } catch (e) {
      setError(messageOf(e));
    }
  };

  const laterTarget = (target: string, finish: string) => (finish > target ? finish : target);
  return (
    <Modal title="Your week in review" onClose={() => void close(false)}>
      {!r ? (
        <p role="status">Loading your week…</p>
      ) : (
        <div className="weekly-review">
          <p>
            {day(r.weekStart)} to {day(r.weekEnd)}
          </p>
          <dl className="review-figures">
            <dt>Planned</dt>
            <dd>{formatHours(r.plannedMinutes)}</dd>
            <dt>Done</dt>
            <dd>{formatHours(r.doneMinutes)}</dd>
            {r.reviewMinutes > 0 && (
              <>
                <dt>Revisits</dt>
                <dd>{formatHours(r.reviewMinutes)}</dd>
              </>
            )}
            <dt>Streak</dt>
            <dd>
              {r.streakDays} day{r.streakDays === 1 ? '' : 's'}
            </dd>
          </dl>
          <meter min={0} max={r.plannedMinutes} value={Math.min(r.doneMinutes, r.plannedMinutes)} aria-label="Done against planned last week" />
          <p>
            Projected finish: <strong>{day(r.projectedFinish)}</strong>
            {r.targetDate && (r.onTrack ? ` — on track for ${day(r.targetDate)}.` : ` — after your target of ${day(r.targetDate)}.`)}
          </p>
          {r.next.length > 0 && (
            <>
              <h3>Next up</h3>
              <ol>
                {r.next.map((n) => (
                  <li key={n.itemId}>
                    {n.title} <span className="muted">({n.hours} h)</span>
                  </li>
                ))}
              </ol>
            </>
          )}
          <div className="actions wrap">
            {r.hoursPerWeek < 60 && (
              <button type="button" onClick={() => void adjust({ hoursPerWeek: r.hoursPerWeek + 1 }, `Now ${r.hoursPerWeek + 1} h a week.`)}>
                Study {r.hoursPerWeek + 1} h a week
              </button>
            )}
            {r.hoursPerWeek > 1 && (
              <button type="button" onClick={() => void adjust({ hoursPerWeek: r.hoursPerWeek - 1 }, `Now ${r.hoursPerWeek - 1} h a week.`)}>
                Ease to {r.hoursPerWeek - 1} h a week
              </button>
            )}
            {r.targetDate && r.onTrack === false && (
              <button
                type="button"

                onClick={() => void adjust({ targetDate: laterTarget(r.targetDate!, r.projectedFinish) }, `Target moved to ${day(r.projectedFinish)}.`)}
              >
                Move my target to {day(r.projectedFinish)}
              </button>
            )}
          </div>
          {error && (
            <p role="alert" className="error">
              {error}
            </p>
          )}
          <div className="actions">
            <button type="button" className="primary" onClick={() => void close(true)}>
              Done for this week
            </button>
          </div>
        </div>
      )}
    </Modal>
  );
}
