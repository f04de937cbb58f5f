import { useState } from 'react';
import type { Resource } from '../../../shared/catalog/resource';
import { TOPICS } from '../../../shared/catalog/topics';
import { FormError } from './FormError';

export interface OwnFields {
  title: string;
  url: string;
  hours: number;
  framework: Resource['framework'];
  prerequisites: string[];
  topics: string[];
}

interface Props {
  editing: Resource | null;
  inPlan: ReadonlyMap<string, string>;
  /** The page holds only the plan's first items: the prerequisites to pick from are not all there. */
  planLoading?: boolean;
  onSave(fields: OwnFields): Promise<void>;
  onCancelEdit(): void;
}

/** A resource of the learner's own, new or being edited. Links must be https, and the form says so. */
export function OwnResourceForm({ editing, inPlan, planLoading = false, onSave, onCancelEdit }: Props) {
  const [title, setTitle] = useState(editing?.title ?? '');
  const [url, setUrl] = useState(editing?.url ?? 'https://');
  const [hoursText, setHours] = useState(String(editing?.hours ?? 5));
  const [framework, setFramework] = useState<Resource['framework']>(editing?.framework ?? 'agnostic');
  const [prerequisites, setPrerequisites] = useState<string[]>(editing?.prerequisites ?? []);
  const [topics, setTopics] = useState<string[]>(editing?.topics ?? []);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Any change makes the last complaint out of date.
  const edit =
    <T,>(set: (v: T) => void) =>
    (v: T) => (set(v), setError(null));

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const h = Number(hoursText);
    if (!title.trim()) return setError('Title: give the resource a name.');
    if (!/^https:\/\/[^\s/]+\.[^\s]+$/.test(url.trim()))
      return setError('Link: must be a full address starting with https:// (Pathwise opens only secure links).');
    if (!Number.isFinite(h) || h <= 0 || h > 1000) return setError('Hours: more than 0 and at most 1000.');
    setBusy(true);
    try {
      await onSave({ title: title.trim(), url: url.trim(), hours: h, framework, prerequisites, topics });
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="own-form" noValidate onSubmit={submit} aria-label={editing ? `Edit ${editing.title}` : 'Add your own resource'}>
      <label className="field">
        <span>Title</span>
        <input maxLength={200} value={title} onChange={(e) => edit(setTitle)(e.target.value)} />
      </label>
      <label className="field">
        <span>Link (https)</span>
        <input type="url" inputMode="url" aria-describedby="own-url-hint" value={url} onChange={(e) => edit(setUrl)(e.target.value)} />
      </label>
      <p id="own-url-hint" className="muted">
        The address must start with https://. Pathwise opens only secure links.
      </p>
      <label className="field">
        <span>Hours</span>
        <input type="number" min={0.5} max={1000} step={0.5} value={hoursText} onChange={(e) => edit(setHours)(e.target.value)} />
      </label>
      <label className="field">
        <span>Framework</span>
        <select value={framework} onChange={(e) => edit(setFramework)(e.target.value as Resource['framework'])}>
          <option value="agnostic">Any</option>
          <option value="tensorflow">TensorFlow</option>
          <option value="pytorch">PyTorch</option>
          <option value="both">Both</option>
        </select>
      </label>
      <label className="field">
        <span>Comes after (prerequisites in your plan)</span>
        {/* Picking from the first items only would drop a prerequisite further down: wait for them all. */}
        <select
          multiple
          size={5}
          value={prerequisites}
          disabled={planLoading}
          aria-describedby={planLoading ? 'own-prereq-wait' : undefined}
          onChange={(e) => edit(setPrerequisites)([...e.target.selectedOptions].map((o) => o.value))}
        >
          {[...inPlan]
            .filter(([id]) => id !== editing?.id)
            .map(([id, t]) => (
              <option key={id} value={id}>
                {t}
              </option>
            ))}
        </select>
      </label>
      {planLoading && (
        <p id="own-prereq-wait" className="muted">
          The rest of your plan is still loading: its items can be picked once it is all here.
        </p>
      )}
      <label className="field">
        <span>Topics it teaches (optional)</span>
        <select
          multiple
          size={5}
          aria-describedby="own-topics-hint"
          value={topics}
          onChange={(e) => edit(setTopics)([...e.target.selectedOptions].map((o) => o.value))}
        >
          {TOPICS.map((t) => (
            <option key={t.id} value={t.id}>
              {t.title}
            </option>
          ))}
        </select>
      </label>
      <p id="own-topics-hint" className="muted">
        The plan puts it after what those topics build on; when it is rebuilt after you change your answers, it adds no second resource for them.
      </p>
      <FormError message={error} />
      <div className="actions">
        {editing && (
          <button type="button" onClick={onCancelEdit}>
            Cancel
          </button>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {editing ? 'Save changes' : 'Add to plan'}
        </button>
      </div>
    </form>
  );
}
