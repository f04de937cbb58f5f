import { useQueryClient } from '@tanstack/react-query';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { PlanItem, PlanView } from '../../../shared/contract/views';
import type { ItemStatus } from '../../../shared/planner/types';
import { AddResourceDialog } from '../components/AddResourceDialog';
import { PlanItemRow } from '../components/PlanItemRow';
import { RestOfPlanFailed, usePlanCompleteness } from '../components/PlanStillLoading';
import { isPartial } from '../data/partial-plans';
import { patchOf, planKey } from '../data/plan-cache';
import { invalidateGoal } from '../data/query';
import { usePlanActions, type PlanActions } from '../hooks/usePlanActions';
import { useLatest } from '../hooks/useLatest';
import { useFeedback } from '../state/feedback';
import { clearDraft, draftItemIds, readDraft } from '../lib/drafts';
import { day, hours } from '../lib/format';
import { moveBefore, moveBy, planRows, sameShape, type PlanRows, type Row } from '../lib/plan-rows';

interface Props {
  plan: PlanView;
}

const STATUS_KEYS: Record<string, ItemStatus> = { d: 'done', i: 'in-progress', s: 'skipped', n: 'not-started' };

/** Titles by resource id; the same map object while no title changed, so memoized rows keep it. */
function useTitles(plan: PlanView): ReadonlyMap<string, string> {
  const { items } = plan;
  const last = useRef<{ items: readonly PlanItem[]; titles: Map<string, string> } | null>(null);
  return useMemo(() => {
    const prev = last.current;
    const patch = patchOf(plan);
    // One item replaced (a status change): the titles stay unless that item's did.
    const same =
      prev !== null &&
      (patch?.from.items === prev.items
        ? sameTitle(items[patch.at]!, prev.items[patch.at]!)
        : prev.items.length === items.length && items.every((i, k) => sameTitle(i, prev.items[k]!)));
    last.current = { items, titles: same ? prev.titles : new Map(items.map((i) => [i.resourceId, i.title])) };
    return last.current.titles;
  }, [plan, items]);
}

const sameTitle = (a: PlanItem, b: PlanItem) => a === b || (a.resourceId === b.resourceId && a.title === b.title);

/** The rows, rebuilt from the last ones so unchanged rows keep their identity. */
function useRows(plan: PlanView): { rows: Row[]; shape: readonly Row[] } {
  const last = useRef<{ built?: PlanRows; shape: readonly Row[] }>({ shape: [] });
  return useMemo(() => {
    const prev = last.current;
    const built = planRows(plan, prev.built, patchOf(plan));
    // The virtualizer re-measures every row when its key function changes: only when rows moved.
    const shape = built.at === prev.built?.at || sameShape(built.rows, prev.shape) ? prev.shape : built.rows;
    last.current = { built, shape };
    return { rows: built.rows, shape };
  }, [plan]);
}

/** The plan week by week, virtualized so thousands of items scroll smoothly. */
export function PlanScreen({ plan }: Props) {
  const goalId = plan.goal.id;
  const actions = usePlanActions(goalId);
  const { notify } = useFeedback();
  const { rows, shape } = useRows(plan);
  const titles = useTitles(plan);
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set());
  const [dragId, setDragId] = useState<number | null>(null);
  const [adding, setAdding] = useState(false);
  const scroller = useRef<HTMLDivElement>(null);

  // A week heading and a one-line item as styles.css draws them: most rows then need no correction.
  const estimateSize = useCallback((i: number) => (shape[i]!.kind === 'week' ? 30 : 51), [shape]);
  const getItemKey = useCallback((i: number) => shape[i]!.key, [shape]);
  // Three rows beyond each edge: enough for the arrow keys to find the next row drawn; every row more
  // is more to lay out before the list first paints (eight cost ~40 ms on this machine).
  // Until the list is laid out, its height is taken as the window's: the first render then draws every
  // row the list shows, not one row that a second render and a second forced layout would extend.
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize,
    overscan: 3,
    getItemKey,
    initialRect: { width: 0, height: window.innerHeight },
  });

  // Callbacks read these when called, so they stay the same functions while the plan changes.
  const current = useLatest({ plan, rows, items: plan.items, virtualizer, dragId });

  const client = useQueryClient();
  // When reading the rest of a plan that opened on its first items fails, the learner sees why and can
  // ask again, not a list that silently stops.
  const { error: restFailed } = usePlanCompleteness(goalId);

  // A swap answers the rebuilt plan: show it at once, and let the goal's other reads catch up.
  const onPlan = useCallback(
    (next: PlanView) => {
      client.setQueryData(planKey(goalId), next);
      void invalidateGoal(client, goalId, { plan: false });
    },
    [client, goalId],
  );

  // Marks the first paint of a goal's plan, for the benchmark's render figure.
  useEffect(() => {
    requestAnimationFrame(() => performance.mark('pathwise:plan-painted'));
  }, [goalId]);

  // Notes typed just before a reload or crash were kept as drafts: save them now.
  useSavedDrafts(plan.items, actions, isPartial(plan));

  const reorder = useCallback(
    async (order: number[], focusId?: number) => {
      // An order made from the first items only would leave the rest out: the service would refuse it.
      if (isPartial(current.current.plan)) return notify('The rest of the plan is still loading: move it again in a moment.');
      const ok = await actions.reorder(order);
      if (ok && focusId !== undefined) requestAnimationFrame(() => scroller.current?.querySelector<HTMLElement>(`[data-item-id="${focusId}"]`)?.focus());
    },
    [actions, current, notify],
  );

  const onKey = useCallback(
    (e: React.KeyboardEvent<HTMLElement>, item: PlanItem) => {
      if (e.target !== e.currentTarget) return;
      const { rows, items, virtualizer } = current.current;
      const focusSibling = (delta: number) => {
        const all = [...(scroller.current?.querySelectorAll<HTMLElement>('.plan-item') ?? [])];
        const at = all.indexOf(e.currentTarget);
        const next = all[at + delta];
        if (next) next.focus();
        else {
          const idx = rows.findIndex((r) => r.kind === 'item' && r.item.id === item.id);
          virtualizer.scrollToIndex(Math.max(0, Math.min(rows.length - 1, idx + delta * 2)));
        }
      };
      if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
        e.preventDefault();
        const order = moveBy(idsOf(items), item.id, e.key === 'ArrowUp' ? -1 : 1);
        if (order) void reorder(order, item.id);
      } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        focusSibling(e.key === 'ArrowDown' ? 1 : -1);
      } else if (e.key === 'Enter') {
        e.preventDefault();
        setExpanded((s) => toggled(s, item.id));
      } else if (!e.ctrlKey && !e.metaKey && !e.altKey && STATUS_KEYS[e.key]) {
        e.preventDefault();
        void actions.setStatus(item.id, STATUS_KEYS[e.key]!);
      }
    },
    [actions, reorder, current],
  );

  const onToggleExpanded = useCallback((id: number) => setExpanded((s) => toggled(s, id)), []);
  const onDrop = useCallback(
    (targetId: number) => {
      const { dragId, items } = current.current;
      if (dragId !== null && dragId !== targetId) void reorder(moveBefore(idsOf(items), dragId, targetId), dragId);
      setDragId(null);
    },
    [reorder, current],
  );

  return (
    <section className="plan-screen" aria-labelledby="plan-h">
      <header className="screen-head">
        <div>
          <h2 id="plan-h" className="sr-only">
            Plan
          </h2>
          <p className="muted">
            {plan.itemsTotal} items · {hours(plan.remainingHours)} left at {plan.goal.hoursPerWeek} h a week · finishes {day(plan.finishDate)}
            {plan.paceFinishDate && <> · at your pace over the last 4 weeks: {day(plan.paceFinishDate)}</>}
            {plan.target && !plan.target.met && <> · {plan.target.daysLate} days after your target</>}
          </p>
        </div>
        <button type="button" onClick={() => setAdding(true)}>
          Add a resource
        </button>
      </header>
      {plan.milestones.length > 0 && (
        <ol className="milestone-strip" aria-label="Milestones">
          {plan.milestones.map((m) => (
            <li key={m.stage}>
              <strong>{m.title}</strong>{' '}
              <span className="muted">
                by {day(m.date)} · {hours(m.hours)}
              </span>
            </li>
          ))}
        </ol>
      )}
      {plan.goal.notes.length > 0 && (
        <ul className="plan-notes" aria-label="Notes about this plan">
          {plan.goal.notes.map((n) => (
            <li key={n.resourceId}>{n.message}</li>
          ))}
        </ul>
      )}
      {restFailed && <RestOfPlanFailed goalId={goalId} plan={plan} error={restFailed} />}
      <details className="hint">
        <summary>Keys and tips</summary>
        Focus an item and press <kbd>d</kbd> done, <kbd>i</kbd> in progress, <kbd>s</kbd> skip, <kbd>n</kbd> not started, <kbd>Alt</kbd>+<kbd>↑</kbd>/
        <kbd>↓</kbd> to move it, <kbd>Enter</kbd> for details. <kbd>Ctrl</kbd>+<kbd>Z</kbd> undoes the last change. Drag items to reorder.
      </details>
      {plan.items.length === 0 ? (
        <div className="empty">
          <p>This plan is empty. Add a resource to get started.</p>
        </div>
      ) : (
        <div className="plan-scroll" ref={scroller} role="region" aria-label="Plan items by week">
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((v) => {
              const row = rows[v.index]!;
              return (
                <div
                  key={v.key}
                  data-index={v.index}
                  ref={virtualizer.measureElement}
                  className="virtual-row"
                  style={{ transform: `translateY(${v.start}px)` }}
                >
                  {row.kind === 'week' ? (
                    <h3 className="week-head">
                      Week {row.week}{' '}
                      <span className="muted">
                        {day(row.start)} – {day(row.end)} · {hours(row.hours)} planned
                      </span>
                    </h3>
                  ) : (
                    <PlanItemRow
                      item={row.item}
                      titles={titles}
                      expanded={expanded.has(row.item.id)}
                      dragging={dragId === row.item.id}
                      actions={actions}
                      onToggleExpanded={onToggleExpanded}
                      onKey={onKey}
                      onDragStart={setDragId}
                      onDrop={onDrop}
                      onPlan={onPlan}
                    />
                  )}
                </div>
              );
            })}
          </div>
        </div>
      )}
      {adding && <AddResourceDialog goalId={goalId} inPlan={titles} onClose={() => setAdding(false)} />}
    </section>
  );
}

const idsOf = (items: readonly PlanItem[]) => items.map((i) => i.id);

function toggled(set: ReadonlySet<number>, id: number): ReadonlySet<number> {
  const next = new Set(set);
  if (!next.delete(id)) next.add(id);
  return next;
}

/**
 * Runs once per goal opened, when its whole plan is there (a draft may be for any item): drafts typed
 * from now on are saved by their own rows.
 */
function useSavedDrafts(items: readonly PlanItem[], actions: PlanActions, partial: boolean) {
  const latestItems = useLatest(items);
  useEffect(() => {
    if (partial) return;
    const drafts = draftItemIds();
    if (drafts.length === 0) return;
    const byId = new Map(latestItems.current.map((i) => [i.id, i]));
    for (const id of drafts) {
      const item = byId.get(id);
      const text = readDraft(id);
      if (!item || text === null) continue;
      if (text === item.notes) clearDraft(id);
      else
        void actions.setNotes(id, text).then(
          () => clearDraft(id, text),
          () => undefined,
        );
    }
  }, [actions, latestItems, partial]);
}
