import { useState } from 'react';
import type { Input } from '../../../shared/contract/contract';
import type { Goal } from '../../../shared/contract/views';
import { FRAMEWORK, localToday } from '../lib/format';
import { Modal } from './Modal';
import { FormError } from './FormError';

interface Props {
  goal: Goal;
  onSave(change: Omit<Input<'updateGoal'>, 'goalId'>): Promise<unknown>;
  onAnswers(): void;
  onClose(): void;
}

type FrameworkChoice = 'recommended' | 'tensorflow' | 'pytorch';

/** The goal's settings; saving re-plans and keeps every status, time entry and note. */
export function EditGoalDialog({ goal, onSave, onAnswers, onClose }: Props) {
  const following = goal.framework === goal.recommendedFramework;
  const [title, setTitle] = useState(goal.title);
  const [hours, setHours] = useState(String(goal.hoursPerWeek));
  const [start, setStart] = useState(goal.startDate);
  const [hasTarget, setHasTarget] = useState(goal.targetDate !== null);
  const [target, setTarget] = useState(goal.targetDate ?? '');
  const [framework, setFramework] = useState<FrameworkChoice>(following ? 'recommended' : goal.framework);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    const h = Number(hours);
    if (!title.trim()) return setError('Title must not be empty.');
    if (!Number.isFinite(h) || h < 1 || h > 60) return setError('Hours a week must be between 1 and 60.');
    if (hasTarget && !target) return setError('Choose a target date, or untick “Aim for a date”.');
    if (hasTarget && target <= start) return setError('The target date must come after the start date.');
    if (hasTarget && target !== goal.targetDate && target < localToday()) return setError('The target date is in the past.');
    const change: Omit<Input<'updateGoal'>, 'goalId'> = {
      ...(title.trim() !== goal.title ? { title: title.trim() } : {}),
      ...(h !== goal.hoursPerWeek ? { hoursPerWeek: h } : {}),
      ...(start !== goal.startDate ? { startDate: start } : {}),
      ...((hasTarget ? target : null) !== goal.targetDate ? { targetDate: hasTarget ? target : null } : {}),
      ...(framework !== (following ? 'recommended' : goal.framework) ? { framework } : {}),
    };
    if (Object.keys(change).length === 0) return onClose();
    setBusy(true);
    setError(null);
    try {
      await onSave(change);
      onClose();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
      setBusy(false);
    }
  };

  return (
    <Modal title="Edit this goal" onClose={onClose}>
      <form className="edit-goal" noValidate onSubmit={save}>
        <label className="field">
          <span>Title</span>
          <input value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <label className="field">
          <span>Hours a week</span>
          <input type="number" min={1} max={60} step={0.5} value={hours} onChange={(e) => setHours(e.target.value)} />
        </label>
        <label className="field">
          <span>Start date</span>
          <input type="date" value={start} onChange={(e) => setStart(e.target.value)} />
        </label>
        <label className="check">
          <input type="checkbox" checked={hasTarget} onChange={(e) => setHasTarget(e.target.checked)} /> Aim for a date
        </label>
        {hasTarget && (
          <label className="field">
            <span>Target date</span>
            <input type="date" min={localToday()} value={target} onChange={(e) => setTarget(e.target.value)} />
          </label>
        )}
        <label className="field">
          <span>Framework</span>
          <select value={framework} onChange={(e) => setFramework(e.target.value as FrameworkChoice)}>
            <option value="recommended">Recommended for my answers ({FRAMEWORK[goal.recommendedFramework]})</option>
            <option value="tensorflow">TensorFlow</option>
            <option value="pytorch">PyTorch</option>
          </select>
        </label>
        <p className="muted">Saving re-plans this goal. Statuses, notes and logged time are kept.</p>
        <FormError message={error} />
        <div className="actions">
          <button type="button" className="ghost" onClick={onAnswers}>
            Change my answers…
          </button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {busy ? 'Re-planning…' : 'Save'}
          </button>
        </div>
      </form>
    </Modal>
  );
}
