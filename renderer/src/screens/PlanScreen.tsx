import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { PlanItem, PlanView } from '../../../shared/contract/views';
import type { ItemStatus } from '../../../shared/planner/types';
import { AddResourceDialog } from '../components/AddResourceDialog';
import { PlanItemRow } from '../components/PlanItemRow';
import { call, messageOf } from '../lib/api';
import { day, hours } from '../lib/format';
import { moveBefore, moveBy, planRows } from '../lib/plan-rows';

interface Props {
  plan: PlanView;
  onPlan(plan: PlanView): void;
  onItem(item: PlanItem): void;
  notify(message: string): void;
}

const STATUS_KEYS: Record<string, ItemStatus> = { d: 'done', i: 'in-progress', s: 'skipped', n: 'not-started' };

/** The plan week by week, virtualized so thousands of items scroll smoothly. */
export function PlanScreen({ plan, onPlan, onItem, notify }: Props) {
  const rows = useMemo(() => planRows(plan), [plan]);
  const titles = useMemo(() => new Map(plan.items.map((i) => [i.resourceId, i.title])), [plan.items]);
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set());
  const [dragId, setDragId] = useState<number | null>(null);
  const [adding, setAdding] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const scroller = useRef<HTMLDivElement>(null);

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => (rows[i]!.kind === 'week' ? 44 : 92),
    overscan: 8,
    getItemKey: (i) => rows[i]!.key,
  });

  const ids = useMemo(() => plan.items.map((i) => i.id), [plan.items]);

  // Marks the first paint of a goal's plan, for the benchmark's render figure.
  useEffect(() => {
    requestAnimationFrame(() => performance.mark('pathwise:plan-painted'));
  }, [plan.goal.id]);

  const reorder = useCallback(
    async (order: number[], focusId?: number) => {
      setError(null);
      try {
        onPlan(await call('reorderPlan', { goalId: plan.goal.id, itemIds: order }));
        if (focusId !== undefined) requestAnimationFrame(() => scroller.current?.querySelector<HTMLElement>(`[data-item-id="${focusId}"]`)?.focus());
      } catch (e) {
        setError(messageOf(e));
      }
    },
    [plan.goal.id, onPlan],
  );

  const setStatus = useCallback(
    async (id: number, status: ItemStatus) => {
      const before = plan.items.find((i) => i.id === id);
      if (!before || before.status === status) return;
      setError(null);
      // Shown at once; the service confirms, or the error puts it back.
      onItem({ ...before, status });
      try {
        const item = await call('setItemStatus', { itemId: id, status });
        if (before.status === 'skipped' || status === 'skipped') onPlan(await call('getPlan', { goalId: plan.goal.id }));
        else onItem(item);
      } catch (e) {
        onItem(before);
        setError(messageOf(e));
      }
    },
    [plan, onItem, onPlan],
  );

  const setNotes = useCallback(
    async (id: number, notes: string) => {
      try {
        onItem(await call('setItemNotes', { itemId: id, notes }));
        notify('Notes saved.');
      } catch (e) {
        setError(messageOf(e));
      }
    },
    [onItem, notify],
  );

  const logTime = useCallback(
    async (id: number, minutes: number, note: string) => {
      await call('logTime', { itemId: id, minutes, ...(note.trim() ? { note: note.trim() } : {}) });
      onPlan(await call('getPlan', { goalId: plan.goal.id }));
      notify(`Logged ${minutes} minutes.`);
    },
    [plan.goal.id, onPlan, notify],
  );

  const onKey = useCallback(
    (e: React.KeyboardEvent<HTMLElement>, item: PlanItem) => {
      if (e.target !== e.currentTarget) return;
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
        const order = moveBy(ids, item.id, e.key === 'ArrowUp' ? -1 : 1);
        if (order) void reorder(order, item.id);
      } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        focusSibling(e.key === 'ArrowDown' ? 1 : -1);
      } else if (e.key === 'Enter') {
        e.preventDefault();
        setExpanded((s) => toggled(s, item.id));
      } else if (!e.ctrlKey && !e.metaKey && !e.altKey && STATUS_KEYS[e.key]) {
        e.preventDefault();
        void setStatus(item.id, STATUS_KEYS[e.key]!);
      }
    },
    [ids, reorder, rows, setStatus, virtualizer],
  );

  const onToggleExpanded = useCallback((id: number) => setExpanded((s) => toggled(s, id)), []);
  const onDrop = useCallback(
    (targetId: number) => {
      if (dragId !== null && dragId !== targetId) void reorder(moveBefore(ids, dragId, targetId), dragId);
      setDragId(null);
    },
    [dragId, ids, reorder],
  );

  const active = plan.items.filter((i) => i.status !== 'skipped');
  return (
    <section className="plan-screen" aria-labelledby="plan-h">
      <header className="screen-head">
        <div>
          <h2 id="plan-h">Plan</h2>
          <p className="muted">
            {active.length} items · {hours(plan.remainingHours)} left at {plan.goal.hoursPerWeek} h a week · finishes {day(plan.finishDate)}
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
              <strong>{m.title}</strong> <span className="muted">by {day(m.date)} · {hours(m.hours)}</span>
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
      <p className="hint">
        Tip: focus an item and press <kbd>d</kbd> done, <kbd>i</kbd> in progress, <kbd>s</kbd> skip, <kbd>n</kbd> not started, <kbd>Alt</kbd>+<kbd>↑</kbd>/<kbd>↓</kbd> to move it, <kbd>Enter</kbd> for details. Drag items to reorder.
      </p>
      {error && (
        <p role="alert" className="error banner">
          {error}
        </p>
      )}
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
                <div key={v.key} data-index={v.index} ref={virtualizer.measureElement} className="virtual-row" style={{ transform: `translateY(${v.start}px)` }}>
                  {row.kind === 'week' ? (
                    <h3 className="week-head">
                      Week {row.week} <span className="muted">{day(row.start)} – {day(row.end)} · {hours(row.hours)} planned</span>
                    </h3>
                  ) : (
                    <PlanItemRow
                      item={row.item}
                      titles={titles}
                      expanded={expanded.has(row.item.id)}
                      dragging={dragId === row.item.id}
                      onToggleExpanded={onToggleExpanded}
                      onStatus={setStatus}
                      onNotes={setNotes}
                      onLog={logTime}
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
      {adding && <AddResourceDialog goalId={plan.goal.id} inPlan={titles} onClose={() => setAdding(false)} onPlan={onPlan} notify={notify} />}
    </section>
  );
}

function toggled(set: ReadonlySet<number>, id: number): ReadonlySet<number> {
  const next = new Set(set);
  if (!next.delete(id)) next.add(id);
  return next;
}
