import { lazy, Suspense } from 'react';
import type { PlanView } from '../../../shared/contract/views';
import { STATUS_LABEL } from '../lib/format';

const RoadmapGraph = lazy(() => import('../components/RoadmapGraph'));

/** Above this many items a graph is a hairball; the ordered list carries the same information. */
const GRAPH_LIMIT = 300;

/** The prerequisite graph, coloured by status, beside an ordered list that carries the same information. */
export function Roadmap({ plan }: { plan: PlanView }) {
  const titles = new Map(plan.items.map((i) => [i.resourceId, i.title]));
  return (
    <section className="roadmap" aria-labelledby="roadmap-h">
      <h2 id="roadmap-h">Roadmap</h2>
      <p className="legend" aria-hidden="true">
        {Object.entries(STATUS_LABEL).map(([k, v]) => (
          <span key={k} className={`legend-item status-${k}`}>
            {v}
          </span>
        ))}
      </p>
      <div className="roadmap-body">
        {plan.items.length <= GRAPH_LIMIT ? (
          <Suspense fallback={<p role="status">Drawing the roadmap…</p>}>
            <RoadmapGraph items={plan.items} />
          </Suspense>
        ) : (
          <p className="muted">This plan has {plan.items.length} items: too many to draw clearly, so the roadmap is shown as a list.</p>
        )}
        <ol className="roadmap-list" aria-label="Roadmap in order" tabIndex={0}>
          {plan.items.map((i) => (
            <li key={i.id} className={`status-${i.status}`}>
              <strong>{i.title}</strong> — {STATUS_LABEL[i.status]}
              {i.prerequisites.length > 0 && <span className="muted"> · after {i.prerequisites.map((p) => titles.get(p) ?? p).join(', ')}</span>}
            </li>
          ))}
        </ol>
      </div>
    </section>
  );
}
