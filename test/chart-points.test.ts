import { describe, expect, it } from 'vitest';
import { chartPoints } from '../renderer/src/lib/chart-points';

const weeksFrom = (first: string, n: number, planned = 5) => {
  const start = Date.parse(`${first}T00:00:00Z`);
  return Array.from({ length: n }, (_, i) => ({ week: i + 1, start: new Date(start + i * 7 * 86_400_000).toISOString().slice(0, 10), planned, logged: 0 }));
};

describe('the dashboard chart covers the whole plan', () => {
  it('shows a year or less week by week, with the target in the week that holds it', () => {
    const { points, target, unit } = chartPoints(weeksFrom('2027-01-04', 10), '2027-01-20');
    expect(unit).toBe('week');
    expect(points.map((p) => p.label)).toEqual(['W1', 'W2', 'W3', 'W4', 'W5', 'W6', 'W7', 'W8', 'W9', 'W10']);
    // 2027-01-20 falls in the week that starts on the 18th, the third.
    expect(target).toBe('W3');
  });

  it('groups a longer plan by month, losing no week and no hour', () => {
    // 60 weeks of Mondays from 2027-01-04: the last starts on 2028-02-21, so 14 months.
    const { points, target, unit } = chartPoints(weeksFrom('2027-01-04', 60), '2027-06-15');
    expect(unit).toBe('month');
    expect(points).toHaveLength(14);
    expect(points.slice(0, 3)).toEqual([
      { label: 'Jan 2027', planned: 20, logged: 0 },
      { label: 'Feb 2027', planned: 20, logged: 0 },
      { label: 'Mar 2027', planned: 25, logged: 0 },
    ]);
    expect(points.at(-1)!.label).toBe('Feb 2028');
    expect(points.reduce((s, p) => s + p.planned, 0)).toBe(60 * 5);
    expect(target).toBe('Jun 2027');
  });
});
