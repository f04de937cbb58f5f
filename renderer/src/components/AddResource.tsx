import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { Resource } from '../../../shared/catalog/resource';
import type { PlanView } from '../../../shared/contract/views';
import { planKey } from '../data/plan-cache';
import { invalidateGoal, useApi } from '../data/query';
import { call, messageOf } from '../lib/api';
import { hours } from '../lib/format';
import { useFeedback } from '../state/feedback';
import { FormError } from './FormError';
import { Modal } from './Modal';
import { OwnResourceForm, type OwnFields } from './OwnResourceForm';
import { PlanStillLoading, usePlanCompleteness, type Membership } from './PlanStillLoading';

interface Props {
  goalId: number;
  inPlan: ReadonlyMap<string, string>;
  onClose(): void;
}

const isRetired = (r: Resource) => r.status === 'deprecated' || r.status === 'discontinued' || !!r.replacementId;

/**
 * The button that adds `target`: disabled once it is in the plan, and while that is not known yet (the
 * plan's first items only), so nothing further down the plan looks addable.
 */
function AddButton({ target, membership, label, onAdd }: { target: Resource; membership: Membership; label: string; onAdd(id: string): void }) {
  const name = membership === 'in' ? `${target.title}: in plan` : membership === 'unknown' ? `Checking whether ${target.title} is in the plan` : label;
  // A short button beside the resource itself; a replacement's button names the resource it adds. While
  // that is not known yet, every button says only "Checking…" (its name says what is being checked).
  const short = label === `Add ${target.title}`;
  const shown = membership === 'unknown' ? 'Checking…' : !short ? name : membership === 'in' ? 'In plan' : 'Add';
  return (
    <button type="button" onClick={() => onAdd(target.id)} disabled={membership !== 'out'} aria-label={shown === name ? undefined : name}>
      {shown}
    </button>
  );
}

/** Adds a catalog resource (retired ones explain themselves and offer their replacement) or your own. */
export function AddResource({ goalId, inPlan, onClose }: Props) {
  const client = useQueryClient();
  const { notify } = useFeedback();
  const [tab, setTab] = useState<'catalog' | 'own'>('catalog');
  const resources = useApi('listResources', { includeRetired: true });
  const [query, setQuery] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<Resource | null>(null);
  const { plan, partial, error: restError } = usePlanCompleteness(goalId);

  const all = useMemo(() => resources.data ?? [], [resources.data]);
  const byId = useMemo(() => new Map(all.map((r) => [r.id, r])), [all]);
  const children = useMemo(() => {
    const m = new Map<string, string[]>();
    for (const r of all) if (r.parentId) m.set(r.parentId, [...(m.get(r.parentId) ?? []), r.id]);
    return m;
  }, [all]);
  /** A specialization is in the plan once every one of its courses is. */
  const alreadyIn = (r: Resource) => {
    const courses = children.get(r.id);
    return courses?.length ? courses.every((id) => inPlan.has(id)) : inPlan.has(r.id);
  };
  const membership = (r: Resource): Membership => (alreadyIn(r) ? 'in' : partial ? 'unknown' : 'out');
  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    return all.filter((r) => !r.parentId && (!q || `${r.title} ${r.provider} ${r.skills.join(' ')}`.toLowerCase().includes(q))).slice(0, 200);
  }, [all, query]);
  const own = all.filter((r) => r.custom);

  const added = async (out: { plan: PlanView; added: string[] }) => {
    // A read of the rest of the plan still under way would land after this answer and put back the plan
    // without what was just added.
    await client.cancelQueries({ queryKey: planKey(goalId) });
    client.setQueryData(planKey(goalId), out.plan);
    void invalidateGoal(client, goalId, { plan: false });
    void client.invalidateQueries({ queryKey: ['listResources'] });
    notify(`Added ${out.added.length} item${out.added.length === 1 ? '' : 's'} to the plan.`);
    onClose();
  };

  const add = async (id: string) => {
    setError(null);
    try {
      await added(await call('addToPlan', { goalId, resourceId: id }));
    } catch (e) {
      setError(messageOf(e));
    }
  };

  const saveOwn = async (fields: OwnFields) => {
    if (editing) {
      await call('editCustomResource', { resourceId: editing.id, patch: fields });
      await client.invalidateQueries({ queryKey: ['listResources'] });
      await invalidateGoal(client, goalId, { plan: true });
      notify(`Saved “${fields.title}”.`);
      setEditing(null);
    } else await added(await call('addOwnResource', { goalId, resource: fields }));
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
      {partial && plan && <PlanStillLoading goalId={goalId} plan={plan} error={restError} />}
      <FormError message={error ?? resources.error?.message ?? null} />
      {tab === 'catalog' ? (
        <div role="tabpanel" aria-label="From the catalog">
          <label className="field">
            <span>Search</span>
            <input
              type="search"
              value={query}
              onChange={(e) => (setQuery(e.target.value), setError(null))}
              placeholder="Keras, ONNX, certificate…"
              data-autofocus
            />
          </label>
          {!resources.data ? (
            <p role="status">Loading the catalog…</p>
          ) : shown.length === 0 ? (
            <p role="status" className="empty">
              Nothing in the catalog matches “{query.trim()}”. Try another word, or add it as your own resource.
            </p>
          ) : (
            <ul className="catalog-list">
              {shown.map((r) => {
                const retired = isRetired(r);
                const replacement = r.replacementId ? byId.get(r.replacementId) : undefined;
                return (
                  <li key={r.id} className={retired ? 'retired' : ''}>
                    <div>
                      <strong>{r.title}</strong>
                      <span className="muted">
                        {' '}
                        · {r.provider} · {r.kind}
                        {/* A retired resource is not planned, so its hours mean nothing here. */}
                        {!retired && (
                          <>
                            {' '}
                            · {hours(r.hours)}
                            {r.hoursSource === 'estimate' && <abbr title="estimated">*</abbr>}
                          </>
                        )}{' '}
                        · {r.framework}
                      </span>
                      {retired && (
                        <p className="item-warning">
                          {r.status}: {r.statusReason}
                        </p>
                      )}
                    </div>
                    {retired ? (
                      replacement && (
                        <AddButton target={replacement} membership={membership(replacement)} label={`Add ${replacement.title} instead`} onAdd={add} />
                      )
                    ) : (
                      <AddButton target={r} membership={membership(r)} label={`Add ${r.title}`} onAdd={add} />
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      ) : (
        <div role="tabpanel" aria-label="Your own">
          <OwnResourceForm
            key={editing?.id ?? 'new'}
            editing={editing}
            inPlan={inPlan}
            planLoading={partial}
            onSave={saveOwn}
            onCancelEdit={() => setEditing(null)}
          />
          {own.length > 0 && (
            <section aria-labelledby="own-h" className="own-list">
              <h3 id="own-h">Your resources</h3>
              <ul>
                {own.map((r) => (
                  <li key={r.id}>
                    <span>
                      {r.title}{' '}
                      <span className="muted">
                        · {hours(r.hours)}
                        {membership(r) === 'in' ? ' · in this plan' : membership(r) === 'unknown' ? ' · checking the plan…' : ''}
                      </span>
                    </span>
                    <button type="button" className="ghost small" onClick={() => setEditing(r)}>
                      Edit<span className="sr-only"> {r.title}</span>
                    </button>
                    {membership(r) === 'out' && (
                      <button type="button" className="ghost small" onClick={() => add(r.id)}>
                        Add<span className="sr-only"> {r.title}</span> to this plan
                      </button>
                    )}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>
      )}
    </Modal>
  );
}
