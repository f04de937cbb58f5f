export interface WeekFigures {
  week: number;
  start: string;
  planned: number;
  logged: number;
}

export interface ChartPoint {
  label: string;
  planned: number;
  logged: number;
}

/** Beyond this many weeks, bars a week wide become unreadable: the chart counts months instead. */
export const WEEKS_ON_CHART = 52;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const round1 = (n: number) => Math.round(n * 10) / 10;
const monthOf = (day: string) => `${MONTHS[Number(day.slice(5, 7)) - 1]} ${day.slice(0, 4)}`;

/**
 * The whole plan as chart points: one per week up to a year, one per month (by the week's first day)
 * past that. `target` is the label of the point holding the target date, for the target line.
 */
export function chartPoints(weeks: readonly WeekFigures[], targetDate: string | null): { points: ChartPoint[]; target: string | null; unit: 'week' | 'month' } {
  if (weeks.length <= WEEKS_ON_CHART) {
    const target = targetDate ? weeks.findLast((w) => w.start <= targetDate) : undefined;
    return {
      points: weeks.map((w) => ({ label: `W${w.week}`, planned: w.planned, logged: w.logged })),
      target: target ? `W${target.week}` : null,
      unit: 'week',
    };
  }
  const byMonth = new Map<string, ChartPoint>();
  for (const w of weeks) {
    const label = monthOf(w.start);
    const p = byMonth.get(label) ?? { label, planned: 0, logged: 0 };
    p.planned += w.planned;
    p.logged += w.logged;
    byMonth.set(label, p);
  }
  const points = [...byMonth.values()].map((p) => ({ ...p, planned: round1(p.planned), logged: round1(p.logged) }));
  return { points, target: targetDate ? monthOf(targetDate) : null, unit: 'month' };
}
