import { describe, expect, it, vi } from 'vitest';
import type { Context } from '../electron/core/service/context';
import { previewPlan } from '../electron/core/service/preview-plan';
import { CATALOG } from '../shared/catalog/index';
import { buildPlan } from '../shared/planner/plan';
import { deriveTimeline } from '../shared/planner/timeline';
import { profile } from './helpers';

// Every timeline's weeks go through a getter that throws while `built` is armed: a caller that only
// counts weeks must never build them.
const weeksRead = vi.hoisted(() => ({ armed: false }));
vi.mock('../shared/planner/timeline', async (importOriginal) => {
  const real = await importOriginal<typeof import('../shared/planner/timeline')>();
  return {
    ...real,
    deriveTimeline: (input: Parameters<typeof real.deriveTimeline>[0]) => {
      const t = real.deriveTimeline(input);
      const own = Object.getOwnPropertyDescriptors(t);
      return Object.defineProperties(
        {},
        {
          ...own,
          weeks: {
            enumerable: true,
            get() {
              if (weeksRead.armed) throw new Error('the weeks were built');
              return own.weeks!.get!.call(t);
            },
          },
        },
      );
    },
  };
});

describe('counting a plan’s weeks', () => {
  it('counts week 1 to the last week anything falls in, as worked out by hand', () => {
    // Start Monday 2026-11-02, today 2026-11-16 (week 3). 2 h done on 11-03 (week 1); 12 h open at
    // 5 h a week take 16.8 days from today, the last on day 16: 2026-12-02, 30 days after the start: week 5.
    const t = deriveTimeline({
      items: [
        { hours: 2, status: 'done', completedOn: '2026-11-03', stage: 'foundations' },
        { hours: 12, status: 'not-started', stage: 'core' },
        { hours: 40, status: 'skipped', stage: 'core' },
      ],
      hoursPerWeek: 5,
      startDate: '2026-11-02',
      today: '2026-11-16',
    });
    expect(t.weekCount).toBe(5);
    expect(t.finishDate).toBe('2026-12-02');
    // Nothing open, and today before the start: one week, the start's.
    const idle = deriveTimeline({ items: [{ hours: 3, status: 'skipped', stage: 'core' }], hoursPerWeek: 5, startDate: '2026-12-07', today: '2026-11-27' });
    expect(idle.weekCount).toBe(1);
    // A done item finished weeks after everything else still counts its week (2026-11-30 is week 5).
    const late = deriveTimeline({
      items: [{ hours: 1, status: 'done', completedOn: '2026-11-30', stage: 'core' }],
      hoursPerWeek: 5,
      startDate: '2026-11-02',
      today: '2026-11-16',
    });
    expect(late.weekCount).toBe(5);
    // The count is the length of the weeks themselves, once built.
    expect(t.weeks).toHaveLength(5);
    expect(late.weeks).toHaveLength(5);
  });

  it('the preview of a plan that runs for years counts its weeks without building one', () => {
    // The catalog with every resource 100 times as long: a plan of thousands of weeks.
    const catalog = new Map(CATALOG.map((r) => [r.id, { ...r, hours: Math.min(10_000, r.hours * 100) }]));
    const today = '2026-11-27';
    const ctx = { catalog: () => catalog, today: () => today } as unknown as Context;
    const answers = profile({ hoursPerWeek: 3, startDate: today });
    const plan = buildPlan({ profile: answers, framework: 'pytorch', catalog, today });
    const hours = plan.items.filter((i) => i.status !== 'skipped').reduce((s, i) => s + i.hours, 0);
    // From the start, at a steady 3 h a week: the last hour falls in week ⌈hours ÷ 3⌉.
    const expected = Math.ceil(hours / 3 - 1e-9);
    expect(expected).toBeGreaterThan(1000);

    weeksRead.armed = true;
    try {
      expect(previewPlan(ctx, { profile: answers, framework: 'pytorch' }).weeks).toBe(expected);
    } finally {
      weeksRead.armed = false;
    }
    expect(plan.weeks).toHaveLength(expected);
  });
});
