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
