import type { PlanView } from '../../shared/contract/views';

/** Control characters in user text must never reach the terminal as escapes. */
export function clean(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
}

function fit(text: string, width: number): string {
  const t = clean(text);
  return t.length > width ? t.slice(0, width - 1) + '…' : t;
}

export interface Column<T> {
  header: string;
  value: (row: T) => string | number;
  max?: number;
  align?: 'left' | 'right';
}

/** A plain, aligned text table: readable in any terminal and when piped. */
export function table<T>(rows: readonly T[], columns: readonly Column<T>[]): string {
  const cells = rows.map((r) => columns.map((c) => fit(String(c.value(r)), c.max ?? 60)));
  const widths = columns.map((c, i) => Math.max(c.header.length, ...cells.map((row) => row[i]!.length)));
  const line = (values: readonly string[]) =>
    values
      .map((v, i) => (columns[i]!.align === 'right' ? v.padStart(widths[i]!) : v.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(columns.map((c) => c.header)), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n') + '\n';
}

export function hours(h: number, estimated = false): string {
  const v = Number.isInteger(h) ? String(h) : h.toFixed(1);
  return `${v} h${estimated ? '*' : ''}`;
}

/** A goal as `goal create` and `goal set` print it: its settings and the plan's size and finish. */
export function goalJson(plan: Pick<PlanView, 'goal' | 'items' | 'finishDate' | 'target'>) {
  return { ...plan.goal, items: plan.items.length, finishDate: plan.finishDate, target: plan.target };
}
