import { useMemo, useState } from 'react';
import type { Stage } from '../../../shared/catalog/stages';
import type { PlanItem, PlanView } from '../../../shared/contract/views';
import { STATUS_LABEL, day, hours } from '../lib/format';
import { initiallyOpen, roadmapGroups } from '../lib/roadmap-layout';

interface Props {
  plan: Pick<PlanView, 'items' | 'milestones'>;
  onOpen(item: PlanItem): void;
}

const weeks = (i: PlanItem) => (i.startWeek === i.endWeek ? `week ${i.startWeek}` : `weeks ${i.startWeek}–${i.endWeek}`);

/**
 * A top-down roadmap in the spirit of roadmap.sh: milestones down a spine, each with its items as
 * boxes in plan order. Plain HTML, so text keeps its size at any plan length and every box is a
 * button a keyboard reaches; large plans fold milestones, which open on click.
 */
export function RoadmapGraph({ plan, onOpen }: Props) {
  const groups = useMemo(() => roadmapGroups(plan), [plan]);
  const [open, setOpen] = useState<ReadonlySet<Stage>>(() => initiallyOpen(groups, plan.items.length));
  const toggle = (s: Stage) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (!next.delete(s)) next.add(s);
      return next;
    });

  return (
    <div className="roadmap-graph" role="group" aria-label="Roadmap by milestone">
      {groups.map((g, n) => {
        const isOpen = open.has(g.stage);
        const id = `roadmap-m-${g.stage}`;
        return (
          <section key={g.stage} className="roadmap-milestone" aria-labelledby={`${id}-h`}>
            <h3 id={`${id}-h`} className="roadmap-milestone-head">
              <button type="button" aria-expanded={isOpen} aria-controls={id} onClick={() => toggle(g.stage)}>
                <span className="roadmap-step" aria-hidden="true">
                  {n + 1}
                </span>
                <span className="roadmap-milestone-title">{g.title}</span>
                <span className="roadmap-milestone-meta">
                  {g.done}/{g.items.length} done · {hours(g.hours)}
                  {g.date && ` · by ${day(g.date)}`}
                </span>
              </button>
            </h3>
            <ul id={id} className="roadmap-nodes" hidden={!isOpen}>
              {/* A folded milestone draws nothing, so a 2,000-item plan costs only its headings. */}
              {isOpen &&
                g.items.map((item) => (
                  <li key={item.id}>
                    <button type="button" className={`roadmap-node status-${item.status}`} data-item-id={item.id} onClick={() => onOpen(item)}>
                      <span className="roadmap-node-title">{item.title}</span>
                      <span className="roadmap-node-meta">
                        <span className="roadmap-node-status">{STATUS_LABEL[item.status]}</span> · {hours(item.hours)} · {weeks(item)}
                      </span>
                      {item.parentTitle && <span className="roadmap-node-meta">Part of {item.parentTitle}</span>}
                    </button>
                  </li>
                ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
