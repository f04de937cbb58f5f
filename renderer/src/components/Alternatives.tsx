import { useEffect, useState } from 'react';
import type { Alternatives as AlternativesView, PlanItem, PlanView } from '../../../shared/contract/views';
import { call, messageOf } from '../lib/api';
import { hours } from '../lib/format';
import { ExternalLink } from './ExternalLink';

interface Props {
  item: Pick<PlanItem, 'id' | 'resourceId' | 'title' | 'minutesLogged'>;
  onPlan(plan: PlanView): void;
}

/**
 * Other resources that teach the same ground as an item, each with its format, cost and hours, and a
 * button to swap it in. Time already logged on the item stays counted after a swap.
 */
export function Alternatives({ item, onPlan }: Props) {
  const [view, setView] = useState<AlternativesView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    setView(null);
    call('itemAlternatives', { itemId: item.id }).then(
      (v) => live && setView(v),
      (e: unknown) => live && setError(messageOf(e)),
    );
    return () => {
      live = false;
    };
    // A swap keeps the item's id but changes its resource: the list is then asked for again.
  }, [item.id, item.resourceId]);

  const swap = async (resourceId: string) => {
    setBusy(resourceId);
    setError(null);
    try {
      onPlan(await call('swapPlanItem', { itemId: item.id, resourceId }));
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(null);
    }
  };

  const headingId = `alt-h-${item.id}`;
  return (
    <section className="alternatives" aria-labelledby={headingId}>
      <h4 id={headingId}>Other ways to learn this</h4>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {!view && !error && <p className="muted">Looking for alternatives…</p>}
      {view && view.alternatives.length === 0 && <p className="muted">No other resource in the catalog teaches the same ground.</p>}
      {view && view.alternatives.length > 0 && (
        <>
          <p className="muted">
            Teaches {view.topics.map((t) => t.title).join(', ')}.{item.minutesLogged > 0 && ' Time you logged here stays counted if you swap.'}
          </p>
          <ul>
            {view.alternatives.map((a) => (
              <li key={a.resourceId}>
                <span className="alt-text">
                  <ExternalLink href={a.url}>{a.title}</ExternalLink>
                  <span className="muted">
                    {' '}
                    · {a.format} · {a.cost === 'free' ? 'free' : a.cost} · {hours(a.hours)}
                    {a.hoursEstimated && <abbr title="estimated">*</abbr>}
                    {a.certificate && ' · certificate'}
                    {a.partOf && ` · part of ${a.partOf.title}`}
                    {a.unverified.length > 0 && ` · unverified: ${a.unverified.join(', ')}`}
                  </span>
                </span>
                <button
                  type="button"
                  className="small"
                  disabled={busy !== null}
                  aria-label={`Swap in ${a.title} instead of ${item.title}`}
                  onClick={() => void swap(a.resourceId)}
                >
                  {busy === a.resourceId ? 'Swapping…' : 'Swap in'}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
