import { useEffect, useRef, useState } from 'react';
import { focusPhase } from '../../../shared/rhythm/session';
import { useApi } from '../data/query';
import { formatElapsed, localTime } from './clock';
import { showBrowserNotice } from './browser-notices';
import { useFeedback } from '../state/feedback';
import { useSession, type StopAnswer } from './useSession';

/**
 * The running study session, in the header on every screen: it survives closing the app because
 * the session lives in the database, and the clock here is only a view of its start time.
 */
export function SessionBar() {
  const { session, stop, discard } = useSession();
  const { notify } = useFeedback();
  const rhythm = useApi('getRhythm', {});
  const [now, setNow] = useState(() => Date.now());
  const [ask, setAsk] = useState<Extract<StopAnswer, { outcome: 'confirm' }> | null>(null);
  const [minutes, setMinutes] = useState('');
  const lastPhase = useRef<string | null>(null);

  useEffect(() => {
    if (!session) return;
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, [session]);

  const focus = rhythm.data?.settings.focus;
  const startedAt = session ? Date.parse(session.startedAt) : 0;
  const phase = session && focus?.enabled ? focusPhase({ itemId: session.itemId, startedAt }, now, focus) : null;
  const phaseKey = phase ? `${phase.phase}-${phase.round}` : null;

  // A gentle word at each turn of the focus rhythm: in the page, and from the browser when allowed.
  useEffect(() => {
    if (!phase || !focus) return;
    if (lastPhase.current !== null && lastPhase.current !== phaseKey) {
      const text = phase.phase === 'break' ? `Time for a ${focus.breakMinutes}-minute break.` : `Break over: focus round ${phase.round}.`;
      notify(text);
      showBrowserNotice({ title: 'Pathwise', body: text });
    }
    lastPhase.current = phaseKey;
  }, [phaseKey, phase, focus, notify]);

  if (!session) return null;
  const onStop = async () => {
    const r = await stop();
    if (r?.outcome === 'confirm') setAsk(r);
  };
  return (
    <section className="session-bar" aria-label="Study timer">
      <p className="session-what">
        <span className="session-dot" aria-hidden="true" />
        Studying <strong>{session.title}</strong>
      </p>
      <p className="session-time">
        <span aria-label={`Elapsed ${formatElapsed(now - startedAt)}`} role="timer">
          {formatElapsed(now - startedAt)}
        </span>
        {phase && (
          <span className="session-phase">
            {phase.phase === 'focus' ? `Focus ${phase.round}` : 'Break'} · {phase.phase === 'focus' ? 'break' : 'back'} at{' '}
            {localTime(new Date(phase.nextTurnAt).toISOString())}
          </span>
        )}
      </p>
      {ask ? (
        <form
          className="session-confirm"
          onSubmit={(e) => {
            e.preventDefault();
            const n = Number(minutes);
            void stop(minutes ? { minutes: n } : { confirm: true }).then((r) => r && r.outcome !== 'confirm' && setAsk(null));
          }}
        >
          <p role="alert">{ask.reason}</p>
          <label>
            Minutes to log{' '}
            <input type="number" min={1} max={1440} value={minutes} placeholder={String(ask.minutes)} onChange={(e) => setMinutes(e.target.value)} />
          </label>
          <button type="submit" className="primary">
            {minutes ? `Log ${minutes} min` : `Log ${ask.minutes} min`}
          </button>
          <button type="button" className="ghost" onClick={() => void discard().then(() => setAsk(null))}>
            Discard
          </button>
        </form>
      ) : (
        <div className="session-actions">
          <button type="button" className="primary" onClick={() => void onStop()}>
            Stop and log
          </button>
          <button type="button" className="ghost" onClick={() => void discard()}>
            Discard
          </button>
        </div>
      )}
    </section>
  );
}
