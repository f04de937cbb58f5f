import { addDaysTo } from '../../../shared/dates';
import type { PlanItem, PlanView } from '../../../shared/contract/views';

export { STATUS_LABEL as STATUS_TEXT } from '../../../shared/constants';

export function weekStart(plan: Pick<PlanView, 'goal'>, week: number): string {
  return addDaysTo(plan.goal.startDate, (week - 1) * 7);
}

export function weekEnd(plan: Pick<PlanView, 'goal'>, week: number): string {
  return addDaysTo(plan.goal.startDate, week * 7 - 1);
}

/** Items grouped by the week they start in, in plan order. */
export function byWeek(items: readonly PlanItem[]): { week: number; items: PlanItem[] }[] {
  const groups: { week: number; items: PlanItem[] }[] = [];
  for (const it of items) {
    const last = groups[groups.length - 1];
    if (last && last.week === it.startWeek) last.items.push(it);
    else groups.push({ week: it.startWeek, items: [it] });
  }
  return groups;
}

export const hoursText = (h: number) => `${Math.round(h * 10) / 10} h`;

/**
 * Characters no export carries: NUL (RFC 5545 forbids it in a calendar; spreadsheets cut the cell at
 * it) and the bidirectional embedding, override and isolate controls, which can make a cell or event
 * read differently from what it holds ("Trojan Source").
 */
const UNSAFE = /[\u0000\u202a-\u202e\u2066-\u2069]/g;
export function exportSafe(text: string): string {
  return text.replace(UNSAFE, '');
}
