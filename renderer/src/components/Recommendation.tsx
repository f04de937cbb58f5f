import type { Output } from '../../../shared/contract/contract';
import { FRAMEWORK } from '../lib/format';
import { ExternalLink } from './ExternalLink';

type Recommendation = Output<'recommend'>;

const STRENGTH_TEXT = { close: 'a close call', leaning: 'leaning', clear: 'a clear choice' } as const;

/** The pick's strength in words first; the percentage is how likely a mentor would make the same pick. */
function Confidence({ rec }: { rec: Recommendation }) {
  const pct = Math.round(rec.confidence * 100);
  return (
    <div className={`confidence strength-${rec.strength}`}>
      <div className="meter" role="meter" aria-valuemin={50} aria-valuemax={100} aria-valuenow={pct} aria-label="Confidence">
        <div style={{ width: `${Math.max(0, (pct - 50) * 2)}%` }} />
      </div>
      <span>{rec.strength === 'close' ? 'A close call: either works' : `${STRENGTH_TEXT[rec.strength]} (${pct}%)`}</span>
    </div>
  );
}

function Sources({ sources }: { sources: Recommendation['reasons'][number]['sources'] }) {
  if (sources.length === 0) return <p className="sources">Based on your answer.</p>;
  return (
    <p className="sources">
      Sources:{' '}
      {sources.map((s, k) => (
        <span key={k}>
          {k > 0 && '; '}
          <ExternalLink href={s.url}>{s.title}</ExternalLink> ({s.date}, read {s.read})
          {s.unverified && <em className="unverified"> — unverified: {s.unverified.replace(/\.$/, '')}</em>}
        </span>
      ))}
    </p>
  );
}

/** The compact form beside the questionnaire. */
export function RecommendationSummary({ rec }: { rec: Recommendation }) {
  return (
    <div className="rec-summary">
      <p className="eyebrow">{rec.strength === 'close' ? 'So far, a close call; leaning to' : 'So far we recommend'}</p>
      <p className={`framework-name ${rec.framework}`}>{FRAMEWORK[rec.framework]}</p>
      <Confidence rec={rec} />
      <ul className="reason-list compact">
        {rec.reasons.slice(0, 3).map((r, i) => (
          <li key={i} className={r.favors}>
            <strong>{FRAMEWORK[r.favors]}</strong> +{r.weight}: {r.factor}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The full recommendation: reasons ranked with explanations and sources, what would change it, what else to consider. */
export function RecommendationView({ rec }: { rec: Recommendation }) {
  return (
    <div className="recommendation">
      <div className="rec-head">
        <p className="eyebrow">{rec.strength === 'close' ? 'Either works; we would start with' : 'We recommend'}</p>
        <p className={`framework-name big ${rec.framework}`}>{FRAMEWORK[rec.framework]}</p>
        <Confidence rec={rec} />
        <p className="scores">
          Score: TensorFlow {rec.scores.tensorflow} · PyTorch {rec.scores.pytorch}
        </p>
        <p>{rec.summary}</p>
      </div>
      <section aria-labelledby="reasons-h">
        <h2 id="reasons-h">Why, strongest reason first</h2>
        {rec.reasons.length === 0 ? (
          <p>None of your answers favours either framework.</p>
        ) : (
          <ol className="reason-list">
            {rec.reasons.map((r, i) => (
              <li key={i} className={r.favors}>
                <p>
                  <span className={`badge ${r.favors}`}>
                    {FRAMEWORK[r.favors]} +{r.weight}
                  </span>{' '}
                  <strong>{r.factor}</strong>
                </p>
                <p>{r.explanation}</p>
                <Sources sources={r.sources} />
              </li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="change-h">
        <h2 id="change-h">What would change the answer</h2>
        {rec.whatWouldChange.length ? (
          <ul>
            {rec.whatWouldChange.map((c, i) => (
              <li key={i}>{c.description}</li>
            ))}
          </ul>
        ) : (
          <p>No single change of answer would flip this recommendation.</p>
        )}
      </section>
      {rec.alsoConsider.length > 0 && (
        <section aria-labelledby="also-h">
          <h2 id="also-h">Also consider</h2>
          <ul>
            {rec.alsoConsider.map((s, i) => (
              <li key={i}>
                <strong>{s.title}</strong>: {s.why}
                {s.sources && <Sources sources={s.sources} />}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
