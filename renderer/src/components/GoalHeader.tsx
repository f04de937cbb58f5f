import { useState } from 'react';
import type { Goal } from '../../../shared/contract/views';
import { FRAMEWORK, day } from '../lib/format';
import { Modal } from './Modal';
import { FormError } from './FormError';

interface Props {
  goal: Goal;
  onRename(title: string): Promise<void>;
  onArchive(archived: boolean): void;
  onDelete(): void;
  onExport(): void;
  onEdit(): void;
}

export function GoalHeader({ goal, onRename, onArchive, onDelete, onExport, onEdit }: Props) {
  const [editing, setEditing] = useState(false);
  const [title, setTitle] = useState(goal.title);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  return (
    <header className="goal-header">
      {editing ? (
        <form
          className="rename"
          onSubmit={(e) => {
            e.preventDefault();
            onRename(title).then(
              () => setEditing(false),
              (err: Error) => setError(err.message),
            );
          }}
        >
          <label className="sr-only" htmlFor="goal-title">
            Goal title
          </label>
          <input
            id="goal-title"
            value={title}
            maxLength={200}
            autoFocus
            onChange={(e) => setTitle(e.target.value)}
            onKeyDown={(e) => e.key === 'Escape' && setEditing(false)}
          />
          <button type="submit" className="primary">
            Save
          </button>
          <button type="button" onClick={() => setEditing(false)}>
            Cancel
          </button>
          <FormError message={error} />
        </form>
      ) : (
        <div>
          <h1>{goal.title}</h1>
          <p className="muted">
            <span className={`badge ${goal.framework}`}>{FRAMEWORK[goal.framework]}</span>
            {goal.framework !== goal.recommendedFramework && <> (you chose it over the recommended {FRAMEWORK[goal.recommendedFramework]})</>} ·{' '}
            {goal.hoursPerWeek} h a week from {day(goal.startDate)}
            {goal.targetDate && <> · target {day(goal.targetDate)}</>}
            {goal.archived && <> · archived</>}
          </p>
        </div>
      )}
      {!editing && (
        <div className="goal-actions">
          <button type="button" className="ghost" onClick={onEdit}>
            Edit goal…
          </button>
          <button type="button" className="ghost" onClick={onExport}>
            Export…
          </button>
          <button type="button" className="ghost" onClick={() => (setTitle(goal.title), setEditing(true))}>
            Rename
          </button>
          <button type="button" className="ghost" onClick={() => onArchive(!goal.archived)}>
            {goal.archived ? 'Restore' : 'Archive'}
          </button>
          <button type="button" className="ghost danger" onClick={() => setConfirming(true)}>
            Delete
          </button>
        </div>
      )}
      {confirming && (
        <Modal title="Delete this goal?" onClose={() => setConfirming(false)}>
          <p>“{goal.title}” and its progress log will be deleted. You can undo this for a few seconds afterwards.</p>
          <div className="actions">
            <button type="button" onClick={() => setConfirming(false)} data-autofocus>
              Keep it
            </button>
            <button type="button" className="danger" onClick={() => (setConfirming(false), onDelete())}>
              Delete goal
            </button>
          </div>
        </Modal>
      )}
    </header>
  );
}
