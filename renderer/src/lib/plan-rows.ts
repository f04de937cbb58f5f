import type { PlanItem, PlanView } from '../../../shared/contract/views';

export type Row =
  | { kind: 'week'; key: string; week: number; start: string; end: string; hours: number; items: number }
  | { kind: 'item'; key: string; item: PlanItem };

/** The plan as list rows: a header for each week that starts an item, then those items. */
export function planRows(plan: Pick<PlanView, 'items' | 'weeks'>): Row[] {
  const rows: Row[] = [];
  const perWeek = new Map<number, number>();
  for (const i of plan.items) perWeek.set(i.startWeek, (perWeek.get(i.startWeek) ?? 0) + 1);
  let week = 0;
  for (const item of plan.items) {
    if (item.startWeek !== week) {
      week = item.startWeek;
      const w = plan.weeks[week - 1];
      rows.push({ kind: 'week', key: `w${week}`, week, start: w?.start ?? '', end: w?.end ?? '', hours: w?.hours ?? 0, items: perWeek.get(week) ?? 0 });
    }
    rows.push({ kind: 'item', key: `i${item.id}`, item });
  }
  return rows;
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
