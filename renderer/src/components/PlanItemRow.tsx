import { memo, useState } from 'react';
import { STAGE_TITLE } from '../../../shared/catalog/stages';
import type { PlanItem, PlanView } from '../../../shared/contract/views';
import type { ItemStatus } from '../../../shared/planner/types';
import { STATUS_LABEL, hours, minutesText } from '../lib/format';
import { Alternatives } from './Alternatives';
import { ExternalLink } from './ExternalLink';
import { ItemWhy } from './ItemWhy';

interface Props {
  item: PlanItem;
  titles: ReadonlyMap<string, string>;
  expanded: boolean;
  dragging: boolean;
  onToggleExpanded(id: number): void;
  onStatus(id: number, status: ItemStatus): void;
  onNotes(id: number, notes: string): void;
  onLog(id: number, minutes: number, note: string): Promise<void>;
  onKey(e: React.KeyboardEvent<HTMLElement>, item: PlanItem): void;
  onDragStart(id: number): void;
  onDrop(targetId: number): void;
  /** A swap rebuilds the plan; without this the row offers no alternatives. */
  onPlan?(plan: PlanView): void;
}

/** One plan item: one click marks it done; keys d/i/s/n set the status, Alt+arrows move it. */
export const PlanItemRow = memo(function PlanItemRow({ item, titles, expanded, dragging, ...on }: Props) {
  const [minutes, setMinutes] = useState('30');
  const [logNote, setLogNote] = useState('');
  const [logError, setLogError] = useState<string | null>(null);
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
          onChange={() => on.onStatus(item.id, done ? 'in-progress' : 'done')}
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
          <ItemWhy item={item} />
          <p className="item-sub">Milestone: {STAGE_TITLE[item.stage]}</p>
          {item.prerequisites.length > 0 && (
            <p className="item-sub">After: {item.prerequisites.map((p) => titles.get(p) ?? p).join(', ')}</p>
          )}
          {item.skipReason && item.status === 'skipped' && <p className="item-sub">{item.skipReason}</p>}
          {(retired || item.replacementId) && (
            <p className="item-warning" role="note">
              {item.title} is {item.resourceStatus}. {item.statusReason}
              {item.replacementId && <> Consider {titles.get(item.replacementId) ?? item.replacementId} instead.</>}
            </p>
          )}
        </div>
        <label className="status-select">
          <span className="sr-only">Status of {item.title}</span>
          <select value={item.status} onChange={(e) => on.onStatus(item.id, e.target.value as ItemStatus)}>
            {(Object.keys(STATUS_LABEL) as ItemStatus[]).map((s) => (
              <option key={s} value={s}>
                {STATUS_LABEL[s]}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="ghost small" aria-expanded={expanded} onClick={() => on.onToggleExpanded(item.id)}>
          {expanded ? 'Hide' : 'Details'}
          <span className="sr-only"> for {item.title}</span>
        </button>
      </div>
      {expanded && (
        <div className="item-details">
          <label className="field">
            <span>Notes</span>
            <textarea defaultValue={item.notes} maxLength={20000} rows={3} onBlur={(e) => e.target.value !== item.notes && on.onNotes(item.id, e.target.value)} />
          </label>
          <form
            className="log-form"
            onSubmit={(e) => {
              e.preventDefault();
              const m = Number(minutes);
              if (!Number.isInteger(m) || m < 1 || m > 1440) return setLogError('Minutes must be a whole number from 1 to 1440.');
              setLogError(null);
              void on.onLog(item.id, m, logNote).then(() => setLogNote(''), (err: Error) => setLogError(err.message));
            }}
          >
            <label className="field inline">
              <span>Log time (minutes)</span>
              <input type="number" min={1} max={1440} value={minutes} onChange={(e) => setMinutes(e.target.value)} />
            </label>
            <label className="field inline grow">
              <span>What you did (optional)</span>
              <input type="text" maxLength={2000} value={logNote} onChange={(e) => setLogNote(e.target.value)} />
            </label>
            <button type="submit">Log time</button>
            {logError && (
              <p role="alert" className="error">
                {logError}
              </p>
            )}
          </form>
          {on.onPlan && <Alternatives item={item} onPlan={on.onPlan} />}
        </div>
      )}
    </article>
  );
});
