import type { PlanItem, PlanView } from '../../../shared/contract/views';

export type Row =
  { kind: 'week'; key: string; week: number; start: string; end: string; hours: number; items: number } | { kind: 'item'; key: string; item: PlanItem };

/** The rows of one plan, with what they were built from, so the next plan's rows can start from them. */
export interface PlanRows {
  items: readonly PlanItem[];
  weeks: PlanView['weeks'];
  rows: Row[];
  /** The row index of each item, by the item's index in the plan. */
  at: Int32Array;
}

/**
 * The plan as list rows: a header for each week that starts an item, then those items. Rows of `prev`
 * (built for the plan before) are reused wherever they still say the same, so after one item changes
 * every other row keeps its identity and memoized rows skip rendering. When only items' own fields
 * changed (same items in the same weeks), the old list is copied and those rows replaced.
 */
export function planRows(plan: Pick<PlanView, 'items' | 'weeks'>, prev?: PlanRows, patch?: { from: Pick<PlanView, 'items'>; at: number }): PlanRows {
  const patched = prev && (patch?.from.items === prev.items ? patchedAt(plan, prev, patch.at) : patchedRows(plan, prev));
  if (patched) return patched;
  const old = prev?.rows ?? [];
  const rows: Row[] = [];
  const at = new Int32Array(plan.items.length);
  const perWeek = new Map<number, number>();
  for (const i of plan.items) perWeek.set(i.startWeek, (perWeek.get(i.startWeek) ?? 0) + 1);
  let week = 0;
  plan.items.forEach((item, k) => {
    if (item.startWeek !== week) {
      week = item.startWeek;
      const w = plan.weeks[week - 1];
      const row: Row = { kind: 'week', key: `w${week}`, week, start: w?.start ?? '', end: w?.end ?? '', hours: w?.hours ?? 0, items: perWeek.get(week) ?? 0 };
      const before = old[rows.length];
      rows.push(before && sameWeekRow(before, row) ? before : row);
    }
    const before = old[rows.length];
    at[k] = rows.length;
    rows.push(before?.kind === 'item' && before.item === item ? before : { kind: 'item', key: `i${item.id}`, item });
  });
  return { items: plan.items, weeks: plan.weeks, rows, at };
}

/** The previous rows with item `at` swapped in (the caller knows no other item changed), or null if it moved. */
function patchedAt(plan: Pick<PlanView, 'items' | 'weeks'>, prev: PlanRows, at: number): PlanRows | null {
  const item = plan.items[at]!;
  const before = prev.items[at];
  if (plan.weeks !== prev.weeks || !before || before.id !== item.id || before.startWeek !== item.startWeek) return null;
  const rows = prev.rows.slice();
  rows[prev.at[at]!] = { kind: 'item', key: `i${item.id}`, item };
  return { items: plan.items, weeks: plan.weeks, rows, at: prev.at };
}

/** The previous rows with changed items swapped in, or null when any item moved, came or went. */
function patchedRows(plan: Pick<PlanView, 'items' | 'weeks'>, prev: PlanRows): PlanRows | null {
  const { items } = plan;
  if (plan.weeks !== prev.weeks || items.length !== prev.items.length) return null;
  const changed: number[] = [];
  for (let k = 0; k < items.length; k++) {
    const a = items[k]!;
    const b = prev.items[k]!;
    if (a === b) continue;
    if (a.id !== b.id || a.startWeek !== b.startWeek) return null;
    changed.push(k);
  }
  const rows = prev.rows.slice();
  for (const k of changed) rows[prev.at[k]!] = { kind: 'item', key: `i${items[k]!.id}`, item: items[k]! };
  return { items, weeks: plan.weeks, rows, at: prev.at };
}

function sameWeekRow(a: Row, b: Row): boolean {
  if (a.kind === 'item' || b.kind === 'item') return false;
  return a.key === b.key && a.start === b.start && a.end === b.end && a.hours === b.hours && a.items === b.items;
}

/** Whether two row lists have the same rows in the same places (what the virtualizer keys on). */
export function sameShape(a: readonly Row[], b: readonly Row[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k] && a[k]!.key !== b[k]!.key) return false;
  return true;
}

/** The order after moving `id` one place up or down, or null at the edge. */
export function moveBy(ids: readonly number[], id: number, delta: -1 | 1): number[] | null {
  const at = ids.indexOf(id);
  const to = at + delta;
  if (at < 0 || to < 0 || to >= ids.length) return null;
  const next = [...ids];
  next.splice(at, 1);
  next.splice(to, 0, id);
  return next;
}

/** The order after dropping `id` just before `beforeId`. */
export function moveBefore(ids: readonly number[], id: number, beforeId: number): number[] {
  const rest = ids.filter((x) => x !== id);
  const at = rest.indexOf(beforeId);
  rest.splice(at < 0 ? rest.length : at, 0, id);
  return rest;
}
