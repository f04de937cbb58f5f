import { useEffect, useMemo, useState } from 'react';
import type { Resource } from '../../../shared/catalog/resource';
import { useQueryClient } from '@tanstack/react-query';
import { planKey } from '../data/plan-cache';
import { invalidateGoal } from '../data/query';
import { useFeedback } from '../state/feedback';
import { call, messageOf } from '../lib/api';
import { hours } from '../lib/format';
import { Modal } from './Modal';

interface Props {
  goalId: number;
  inPlan: ReadonlyMap<string, string>;
  onClose(): void;
}

/** Adds a catalog resource (retired ones explain themselves and offer their replacement) or your own. */
export function AddResourceDialog({ goalId, inPlan, onClose }: Props) {
  const client = useQueryClient();
  const { notify } = useFeedback();
  const [tab, setTab] = useState<'catalog' | 'own'>('catalog');
  const [resources, setResources] = useState<Resource[] | null>(null);
  const [query, setQuery] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [own, setOwn] = useState({ title: '', url: 'https://', hours: '5', framework: 'agnostic', prerequisites: [] as string[] });

  useEffect(() => {
    call('listResources', { includeRetired: true }).then(setResources, (e) => setError(messageOf(e)));
  }, []);

  const byId = useMemo(() => new Map((resources ?? []).map((r) => [r.id, r])), [resources]);
  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    return (resources ?? []).filter((r) => !r.parentId && (!q || `${r.title} ${r.provider} ${r.skills.join(' ')}`.toLowerCase().includes(q))).slice(0, 200);
  }, [resources, query]);

  const add = async (id: string) => {
    setError(null);
    try {
      const out = await call('addToPlan', { goalId, resourceId: id });
      client.setQueryData(planKey(goalId), out.plan);
      void invalidateGoal(client, goalId, { plan: false });
      notify(`Added ${out.added.length} item${out.added.length === 1 ? '' : 's'} to the plan.`);
      onClose();
    } catch (e) {
      setError(messageOf(e));
    }
  };

  const addOwn = async (e: React.FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      const r = await call('addCustomResource', {
        title: own.title,
        url: own.url,
        hours: Number(own.hours),
        framework: own.framework as Resource['framework'],
        prerequisites: own.prerequisites,
      });
      await add(r.id);
    } catch (err) {
      setError(messageOf(err));
    }
  };

  return (
    <Modal title="Add a resource" onClose={onClose} wide>
      <div role="tablist" aria-label="Where the resource comes from" className="tabs">
        <button role="tab" type="button" aria-selected={tab === 'catalog'} onClick={() => setTab('catalog')}>
          From the catalog
        </button>
        <button role="tab" type="button" aria-selected={tab === 'own'} onClick={() => setTab('own')}>
          Your own
        </button>
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {tab === 'catalog' ? (
        <div role="tabpanel" aria-label="From the catalog">
          <label className="field">
            <span>Search</span>
            <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Keras, ONNX, certificate…" autoFocus />
          </label>
          {resources === null ? (
            <p role="status">Loading the catalog…</p>
          ) : (
            <ul className="catalog-list">
              {shown.map((r) => {
                const retired = r.status === 'deprecated' || r.status === 'discontinued' || !!r.replacementId;
                const replacement = r.replacementId ? byId.get(r.replacementId) : undefined;
                return (
                  <li key={r.id} className={retired ? 'retired' : ''}>
                    <div>
                      <strong>{r.title}</strong>
                      <span className="muted">
                        {' '}
                        · {r.provider} · {r.kind} · {hours(r.hours)}
                        {r.hoursSource === 'estimate' && '*'} · {r.framework}
                      </span>
                      {retired && (
                        <p className="item-warning">
                          {r.status}: {r.statusReason}
                        </p>
                      )}
                    </div>
                    {retired ? (
                      replacement && (
                        <button type="button" onClick={() => add(replacement.id)} disabled={inPlan.has(replacement.id)}>
                          Add {replacement.title} instead
                        </button>
                      )
                    ) : (
                      <button type="button" onClick={() => add(r.id)} disabled={inPlan.has(r.id)} aria-label={`Add ${r.title}`}>
                        {inPlan.has(r.id) ? 'In plan' : 'Add'}
                      </button>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      ) : (
        <form role="tabpanel" aria-label="Your own" className="own-form" onSubmit={addOwn}>
          <label className="field">
            <span>Title</span>
            <input required maxLength={200} value={own.title} onChange={(e) => setOwn({ ...own, title: e.target.value })} />
          </label>
          <label className="field">
            <span>Link (https)</span>
            <input required type="url" value={own.url} onChange={(e) => setOwn({ ...own, url: e.target.value })} />
          </label>
          <label className="field">
            <span>Hours</span>
            <input required type="number" min={0.5} max={1000} step={0.5} value={own.hours} onChange={(e) => setOwn({ ...own, hours: e.target.value })} />
          </label>
          <label className="field">
            <span>Framework</span>
            <select value={own.framework} onChange={(e) => setOwn({ ...own, framework: e.target.value })}>
              <option value="agnostic">Any</option>
              <option value="tensorflow">TensorFlow</option>
              <option value="pytorch">PyTorch</option>
              <option value="both">Both</option>
            </select>
          </label>
          <label className="field">
            <span>Comes after (prerequisites in your plan)</span>
            <select multiple size={5} value={own.prerequisites} onChange={(e) => setOwn({ ...own, prerequisites: [...e.target.selectedOptions].map((o) => o.value) })}>
              {[...inPlan].map(([id, title]) => (
                <option key={id} value={id}>
                  {title}
                </option>
              ))}
            </select>
          </label>
          <div className="actions">
            <button type="submit" className="primary">
              Add to plan
            </button>
          </div>
        </form>
      )}
    </Modal>
  );
}
