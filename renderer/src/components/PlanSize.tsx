import { useEffect, useRef, useState } from 'react';
import type { PlanPreview } from '../../../shared/contract/preview';
import type { Profile } from '../../../shared/profile';
import { ApiError, call, messageOf } from '../lib/api';
import { FRAMEWORK, day } from '../lib/format';

/** "about 210 h: 42 weeks at 5 h a week, done by 14 Sept 2027" — the one sentence the preview is read as. */
export function planSizeText(p: PlanPreview): string {
  const weeks = p.weeks === 1 ? '1 week' : `${p.weeks} weeks`;
  return `About ${Math.round(p.totalHours)} h: ${weeks} at ${p.hoursPerWeek} h a week, done by ${day(p.finishDate)}.`;
}

/**
 * The size and finish date of the plan these answers would get, asked of the service as answers change.
 * Only the newest answer is shown, so a slow reply to an older answer never overwrites a newer one.
 */
export function PlanSize({ profile, delay = 150 }: { profile: Profile; delay?: number }) {
  const [shown, setShown] = useState<{ preview: PlanPreview; for: string } | null>(null);
  // The service is the one judge of a valid answer: an answer it refuses shows as "finish this step".
  const [error, setError] = useState<{ for: string; invalid: boolean; message: string } | null>(null);
  const latest = useRef(0);
  const key = JSON.stringify(profile);

  useEffect(() => {
    const id = ++latest.current;
    const t = setTimeout(() => {
      call('previewPlan', { profile })
        .then((preview) => id === latest.current && (setShown({ preview, for: key }), setError(null)))
        .catch(
          (e) => id === latest.current && setError({ for: key, invalid: e instanceof ApiError && e.data.code === 'invalid_input', message: messageOf(e) }),
        );
    }, delay);
    return () => clearTimeout(t);
    // `key` stands for the profile's content, so a new object with the same answers asks nothing.
  }, [key, delay]);

  const p = shown?.preview;
  const invalid = error?.for === key && error.invalid;
  return (
    <div className="plan-size" role="status" aria-live="polite" aria-busy={shown?.for !== key && error?.for !== key}>
      <p className="eyebrow">Your plan</p>
      {invalid ? (
        <p>Finish this step to see the plan&apos;s size.</p>
      ) : error ? (
        <p className="error">{error.message}</p>
      ) : p ? (
        <>
          <p className="plan-size-text" data-testid="plan-size">
            {planSizeText(p)}
          </p>
          <p className="muted">
            {p.items} items in {FRAMEWORK[p.framework]}
            {p.targetMet === false && ' — later than your target date'}
            {p.targetMet === true && ' — before your target date'}
          </p>
        </>
      ) : (
        <p>Sizing your plan…</p>
      )}
    </div>
  );
}
