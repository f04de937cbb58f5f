import { lazy, Suspense, useState } from 'react';
import { useApi } from '../data/query';
import { chartPoints } from '../lib/chart-points';
import { CatchUp } from '../components/CatchUp';
import { day, hours } from '../lib/format';
import { credentialProgressText, credentialShare } from '../../../shared/credential-progress';
import { WeeklyReview } from '../rhythm/WeeklyReview';
import { useFeedback } from '../state/feedback';

const WeeklyChart = lazy(() => import('../components/WeeklyChart'));

function Bar({ value, label }: { value: number; label: string }) {
  return (
    <div className="bar" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(value)} aria-label={label}>
      <div style={{ width: `${Math.min(100, value)}%` }} />
    </div>
  );
}

/** Where the learner stands: done by hours, milestones, hours a week, streak, and the projection. */
export function Dashboard({ goalId }: { goalId: number }) {
  const summary = useApi('progressSummary', { goalId });
  const review = useApi('reviewTime', { goalId });
  const { notify } = useFeedback();
  const [reviewing, setReviewing] = useState(false);
  const s = summary.data;
  if (summary.error)
    return (
      <p role="alert" className="error banner">
        {summary.error.message}
      </p>
    );
  if (!s)
    return (
      <p role="status" className="loading">
        Adding up your progress…
      </p>
    );

  const weeks = s.weeks;
  const chart = chartPoints(weeks, s.targetDate);
  return (
    <section className="dashboard" aria-labelledby="dash-h">
      <header className="screen-head">
        <h2 id="dash-h">Dashboard</h2>
        <button type="button" onClick={() => setReviewing(true)}>
          Weekly review
        </button>
      </header>
      {reviewing && <WeeklyReview goalId={goalId} onClose={() => setReviewing(false)} notify={notify} />}
      <div className="cards">
        <div className="card">
          <p className="card-label">Done, by hours</p>
          <p className="big-number" data-testid="percent-done">
            {s.percentDone}%
          </p>
          <Bar value={s.percentDone} label="Percent done" />
          <p className="muted">
            {hours(s.hoursDone)} of {hours(s.hoursPlanned)} · {s.itemsDone} of {s.itemsTotal} items
          </p>
        </div>
        <div className="card">
          <p className="card-label">Review time</p>
          <p className="big-number" data-testid="review-time">
            {hours((review.data?.totalMinutes ?? 0) / 60)}
          </p>
          <p className="muted">
            {review.data ? `${review.data.revisitsGraded} revisits graded · ${review.data.due} due now` : 'Spaced revisits of finished items'}
          </p>
        </div>
        <div className="card">
          <p className="card-label">Time logged</p>
          <p className="big-number" data-testid="hours-logged">
            {hours(s.hoursLogged)}
          </p>
          <p className="muted">Last activity {day(s.lastActivity)}</p>
        </div>
        <div className="card">
          <p className="card-label">Current streak</p>
          <p className="big-number" data-testid="streak">
            {s.streakDays} day{s.streakDays === 1 ? '' : 's'}
          </p>
          <p className="muted">Days in a row with logged study</p>
        </div>
        <div className={`card ${s.onTrack === false ? 'behind' : s.onTrack ? 'on-track' : ''}`}>
          <p className="card-label">Projected finish</p>
          <p className="big-number">{day(s.projectedFinish)}</p>
          {s.paceFinishDate && (
            <p>
              At your pace over the last 4 weeks ({s.paceHoursPerWeek} h a week): {day(s.paceFinishDate)}.
            </p>
          )}
          <p>
            {s.targetDate === null
              ? 'No target date set.'
              : s.onTrack
                ? `On track for ${day(s.targetDate)}.`
                : `Behind: ${s.daysLate} days after ${day(s.targetDate)}.`}
          </p>
          {s.recovery && <CatchUp target={s.recovery} />}
        </div>
      </div>

      <section aria-labelledby="ms-h" className="milestones">
        <h3 id="ms-h">Milestones</h3>
        <ul>
          {s.milestones.map((m) => (
            <li key={m.stage}>
              <span className="ms-title">{m.title}</span>
              <Bar value={m.percentDone} label={`${m.title}: ${m.percentDone}% done`} />
              <span className="muted">
                {m.percentDone}% of {hours(m.hours)} · by {day(m.date)}
              </span>
            </li>
          ))}
        </ul>
        {s.certificates.length > 0 && (
          <>
            <h3>Certificates and specializations</h3>
            <ul>
              {s.certificates.map((c) => (
                <li key={c.resourceId}>
                  <span className="ms-title">{c.title}</span>
                  <Bar value={credentialShare(c)} label={`${c.title}: ${credentialProgressText(c)}`} />
                  <span className="muted">{credentialProgressText(c)}</span>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="wk-h">
        <h3 id="wk-h">Hours {chart.unit === 'week' ? 'a week' : 'a month'}: planned and logged</h3>
        <p className="muted">
          All {weeks.length} weeks of the plan{chart.unit === 'month' ? ', by month' : ''}
          {s.targetDate && <>; the dashed line marks your target, {day(s.targetDate)}</>}.
        </p>
        <Suspense fallback={<p role="status">Drawing the chart…</p>}>
          <WeeklyChart data={chart.points} target={chart.target} />
        </Suspense>
        <details>
          <summary>Every week as a table</summary>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Week</th>
                <th scope="col">Starts</th>
                <th scope="col">Planned</th>
                <th scope="col">Logged</th>
              </tr>
            </thead>
            <tbody>
              {weeks.map((w) => (
                <tr key={w.week}>
                  <td>{w.week}</td>
                  <td>{day(w.start)}</td>
                  <td>{hours(w.planned)}</td>
                  <td>{hours(w.logged)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </section>
    </section>
  );
}
