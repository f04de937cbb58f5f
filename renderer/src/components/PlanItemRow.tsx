import { memo } from 'react';
import { STAGE_TITLE } from '../../../shared/catalog/stages';
import type { PlanItem, PlanView } from '../../../shared/contract/views';
import { STATUS_LABEL, hours, minutesText } from '../lib/format';
import type { PlanActions } from '../hooks/usePlanActions';
import { Alternatives } from './Alternatives';
import { ExternalLink } from './ExternalLink';
import { ItemDetails } from './ItemDetails';
import { ItemWhy } from './ItemWhy';
import { StatusSelect } from './StatusSelect';

interface Props {
  item: PlanItem;
  titles: ReadonlyMap<string, string>;
  expanded: boolean;
  dragging: boolean;
  actions: PlanActions;
  onToggleExpanded(id: number): void;
  onKey(e: React.KeyboardEvent<HTMLElement>, item: PlanItem): void;
  onDragStart(id: number): void;
  onDrop(targetId: number): void;
  /** A swap rebuilds the plan; without this the row offers no alternatives. */
  onPlan?(plan: PlanView): void;
}

/**
 * One plan item: the box ticks it done (and unticking returns it to its previous status); keys d/i/s/n
 * set the status, Alt+arrows move it. Memoized: every prop is stable unless this item changed.
 */
export const PlanItemRow = memo(function PlanItemRow({ item, titles, expanded, dragging, actions, ...on }: Props) {
  const done = item.status === 'done';
  const retired = item.resourceStatus === 'deprecated' || item.resourceStatus === 'discontinued';
  return (
    <article
      className={`plan-item status-${item.status}${dragging ? ' dragging' : ''}`}
      data-item-id={item.id}
      data-resource-id={item.resourceId}
      tabIndex={0}
      aria-label={`${item.title}, ${STATUS_LABEL[item.status]}, ${hours(item.hours)}`}
      onKeyDown={(e) => on.onKey(e, item)}
      draggable
      onDragStart={(e) => {
        e.dataTransfer.effectAllowed = 'move';
        e.dataTransfer.setData('text/plain', String(item.id));
        on.onDragStart(item.id);
      }}
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault();
        on.onDrop(item.id);
      }}
    >
      <div className="item-main">
        <span className="drag-handle" aria-hidden="true" title="Drag to reorder">
          ⠿
        </span>
        <input
          type="checkbox"
          className="done-box"
          checked={done}
          aria-label={`Mark "${item.title}" done`}
          onChange={() => void (done ? actions.untick(item.id) : actions.setStatus(item.id, 'done'))}
        />
        <div className="item-text">
          <p className="item-title">
            <ExternalLink href={item.url}>{item.title}</ExternalLink>
          </p>
          <p className="item-meta">
            <span className={`kind kind-${item.kind}`}>{item.kind}</span> · {item.provider} ·{' '}
            <span title={item.hoursEstimated ? 'Estimated hours' : "The provider's figure"}>
              {hours(item.hours)}
              {item.hoursEstimated && <abbr title="estimated">*</abbr>}
            </span>{' '}
            {item.status !== 'skipped' && <> · week {item.startWeek === item.endWeek ? item.startWeek : `${item.startWeek}–${item.endWeek}`}</>}
            {item.minutesLogged > 0 && <> · logged {minutesText(item.minutesLogged)}</>}
          </p>
          {(retired || item.replacementId) && (
            <p className="item-warning" role="note">
              {item.title} is {item.resourceStatus}. {item.statusReason}
              {item.replacementId && <> Consider {titles.get(item.replacementId) ?? item.replacementId} instead.</>}
            </p>
          )}
        </div>
        <StatusSelect title={item.title} status={item.status} onChange={(status) => void actions.setStatus(item.id, status)} />
        <button type="button" className="ghost small" aria-expanded={expanded} onClick={() => on.onToggleExpanded(item.id)}>
          {expanded ? 'Hide' : 'Details'}
          <span className="sr-only"> for {item.title}</span>
        </button>
      </div>
      {expanded && (
        <>
          <div className="item-context">
            {item.skipReason && item.status === 'skipped' && <p className="item-sub">{item.skipReason}</p>}
            <ItemWhy item={item} />
            <p className="item-sub">Milestone: {STAGE_TITLE[item.stage]}</p>
            {item.prerequisites.length > 0 && <p className="item-sub">After: {item.prerequisites.map((p) => titles.get(p) ?? p).join(', ')}</p>}
          </div>
          <ItemDetails item={item} actions={actions} />
          {on.onPlan && <Alternatives item={item} onPlan={on.onPlan} />}
        </>
      )}
    </article>
  );
});
