import type { ProgressSummary } from '../../../shared/contract/views';

/** Ways to catch up with a missed target, each with its figure; the plain verdict when none is enough. */
export function CatchUp({ target }: { target: NonNullable<ProgressSummary['recovery']> }) {
  if (target.options.length === 0) return null;
  return (
    <div className="recovery">
      <p>To catch up:</p>
      <ul>
        {target.options.map((o, i) => (
          <li key={i} className={o.enough ? 'enough' : undefined}>
            {o.text}
            {o.enough && o.kind !== 'later-target' && <span className="sr-only"> (enough on its own)</span>}
          </li>
        ))}
      </ul>
      {target.advice && <p role="note">{target.advice}</p>}
    </div>
  );
}
