import type { Output } from '../../../shared/contract/contract';
import { FRAMEWORK } from '../lib/format';
import { ExternalLink } from './ExternalLink';

type Recommendation = Output<'recommend'>;

function Confidence({ value }: { value: number }) {
  const pct = Math.round(value * 100);
  const word = value >= 0.6 ? 'clear' : value >= 0.25 ? 'moderate' : 'narrow';
  return (
    <div className="confidence">
      <div className="meter" role="meter" aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct} aria-label="Confidence">
        <div style={{ width: `${Math.max(pct, 3)}%` }} />
      </div>
      <span>
        {pct}% — a {word} lead
      </span>
    </div>
  );
}

/** The compact form beside the questionnaire. */
export function RecommendationSummary({ rec }: { rec: Recommendation }) {
  return (
    <div className="rec-summary">
      <p className="eyebrow">So far we recommend</p>
      <p className={`framework-name ${rec.framework}`}>{FRAMEWORK[rec.framework]}</p>
      <Confidence value={rec.confidence} />
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
        <p className="eyebrow">We recommend</p>
        <p className={`framework-name big ${rec.framework}`}>{FRAMEWORK[rec.framework]}</p>
        <Confidence value={rec.confidence} />
        <p className="scores">
          Score: TensorFlow {rec.scores.tensorflow} · PyTorch {rec.scores.pytorch}
        </p>
        <p>{rec.summary}</p>
      </div>
      <section aria-labelledby="reasons-h">
        <h2 id="reasons-h">Why, strongest reason first</h2>
        {rec.reasons.length === 0 ? (
          <p>Your answers do not favour either framework; PyTorch wins the tie for its current momentum.</p>
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
                {r.sources.length > 0 && (
                  <p className="sources">
                    Sources:{' '}
                    {r.sources.map((s, k) => (
                      <span key={k}>
                        {k > 0 && '; '}
                        <ExternalLink href={s.url}>{s.title}</ExternalLink> ({s.date})
                      </span>
                    ))}
                  </p>
                )}
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
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
