import { useState } from 'react';
import type { PlanItem, PlanView } from '../../../shared/contract/views';
import { ExternalLink } from '../components/ExternalLink';
import { Modal } from '../components/Modal';
import { RoadmapGraph } from '../components/RoadmapGraph';
import { STATUS_LABEL, day, hours } from '../lib/format';

/** The roadmap by milestone, beside an ordered list that carries the same information for screen readers. */
export function Roadmap({ plan }: { plan: PlanView }) {
  const titles = new Map(plan.items.map((i) => [i.resourceId, i.title]));
  const [opened, setOpened] = useState<PlanItem | null>(null);
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
        <RoadmapGraph plan={plan} onOpen={setOpened} />
        <ol className="roadmap-list" aria-label="Roadmap in order" tabIndex={0}>
          {plan.items.map((i) => (
            <li key={i.id} className={`status-${i.status}`}>
              <strong>{i.title}</strong> — {STATUS_LABEL[i.status]}
              {i.prerequisites.length > 0 && <span className="muted"> · after {i.prerequisites.map((p) => titles.get(p) ?? p).join(', ')}</span>}
            </li>
          ))}
        </ol>
      </div>
      {opened && <ItemDetails item={opened} titles={titles} onClose={() => setOpened(null)} />}
    </section>
  );
}

function ItemDetails({ item, titles, onClose }: { item: PlanItem; titles: ReadonlyMap<string, string>; onClose(): void }) {
  return (
    <Modal title={item.title} onClose={onClose}>
      <dl className="roadmap-item-facts">
        <dt>Status</dt>
        <dd>{STATUS_LABEL[item.status]}</dd>
        <dt>Provider</dt>
        <dd>{item.provider}</dd>
        <dt>Time</dt>
        <dd>
          {hours(item.hours)}
          {item.hoursEstimated && ' (estimated)'}, weeks {item.startWeek}–{item.endWeek}
        </dd>
        {item.parentTitle && (
          <>
            <dt>Part of</dt>
            <dd>{item.parentTitle}</dd>
          </>
        )}
        {item.prerequisites.length > 0 && (
          <>
            <dt>After</dt>
            <dd>{item.prerequisites.map((p) => titles.get(p) ?? p).join(', ')}</dd>
          </>
        )}
        {item.completedOn && (
          <>
            <dt>Completed</dt>
            <dd>{day(item.completedOn)}</dd>
          </>
        )}
        {item.notes && (
          <>
            <dt>Notes</dt>
            <dd>{item.notes}</dd>
          </>
        )}
      </dl>
      <p>
        <ExternalLink href={item.url}>Open {item.title} in your browser</ExternalLink>
      </p>
    </Modal>
  );
}
