import { useRef, useState } from 'react';
import type { PlanItem } from '../../../shared/contract/views';
import { ExternalLink } from '../components/ExternalLink';
import { useApi } from '../data/query';
import { usePlanActions, type PlanActions } from '../hooks/usePlanActions';
import { day, hours, minutesText } from '../lib/format';
import { Revisits } from '../rhythm/Revisits';
import { StartTimer } from '../rhythm/StartTimer';
import { useFeedback } from '../state/feedback';
import { StatusSelect } from '../components/StatusSelect';

const QUICK_MINUTES = 30;

/** What to do now: this week's work in plan order, anything overdue, and the hours left this week. */
export function WeekScreen({ goalId }: { goalId: number }) {
  const week = useApi('thisWeek', { goalId });
  const actions = usePlanActions(goalId);
  const { notify } = useFeedback();
  const w = week.data;
  if (week.error)
    return (
      <p role="alert" className="error banner">
        {week.error.message}
      </p>
    );
  if (!w)
    return (
      <p role="status" className="loading">
        Looking at this week…
      </p>
    );
  return (
    <section className="week-screen" aria-labelledby="week-h">
      <header className="screen-head">
        <div>
          <h2 id="week-h">This week</h2>
          <p className="muted">
            Week {w.week}, {day(w.start)} – {day(w.end)}
          </p>
        </div>
        <p className="week-hours" data-testid="hours-left">
          <strong>{hours(w.hoursLeft)}</strong> left of {hours(w.hoursPerWeek)} · {hours(w.hoursLogged)} logged
        </p>
      </header>
      {w.overdue.length > 0 && (
        <section aria-labelledby="overdue-h">
          <h3 id="overdue-h" className="overdue-h">
            Overdue ({w.overdue.length})
          </h3>
          <ul className="week-list">
            {w.overdue.map((i) => (
              <WeekRow key={i.id} item={i} actions={actions} />
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="now-h">
        <h3 id="now-h">To do this week</h3>
        {w.items.length === 0 ? (
          <p className="empty">Nothing else is planned for this week. Look ahead in the Plan tab.</p>
        ) : (
          <ol className="week-list">
            {w.items.map((i) => (
              <WeekRow key={i.id} item={i} actions={actions} />
            ))}
          </ol>
        )}
      </section>
      <Revisits goalId={goalId} notify={notify} />
    </section>
  );
}

/** One click marks it done or logs half an hour; the status menu does the rest. */
function WeekRow({ item, actions }: { item: PlanItem; actions: PlanActions }) {
  const [busy, setBusy] = useState(false);
  const inFlight = useRef(false);
  const logQuick = async () => {
    if (inFlight.current) return;
    inFlight.current = true;
    setBusy(true);
    try {
      await actions.logTime(item.id, QUICK_MINUTES, '');
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  };
  return (
    <li className={`week-item status-${item.status}`} data-item-id={item.id}>
      <input
        type="checkbox"
        className="done-box"
        checked={false}
        aria-label={`Mark "${item.title}" done`}
        onChange={() => void actions.setStatus(item.id, 'done')}
      />
      <div className="item-text">
        <p className="item-title">
          <ExternalLink href={item.url}>{item.title}</ExternalLink>
        </p>
        <p className="item-meta">
          {hours(item.hours)} · weeks {item.startWeek === item.endWeek ? item.startWeek : `${item.startWeek}–${item.endWeek}`}
          {item.minutesLogged > 0 && <> · logged {minutesText(item.minutesLogged)}</>}
        </p>
      </div>
      <StatusSelect title={item.title} status={item.status} onChange={(status) => void actions.setStatus(item.id, status)} />
      {/* The second click of a double-click (detail 2) is not a second half hour, however fast the first was saved. */}
      <button type="button" onClick={(e) => e.detail < 2 && void logQuick()} disabled={busy}>
        +{QUICK_MINUTES} min<span className="sr-only"> on {item.title}</span>
      </button>
      <StartTimer itemId={item.id} title={item.title} />
    </li>
  );
}
