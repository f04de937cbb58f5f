import { describe, expect, it } from 'vitest';
import { PlanPreviewSchema } from '../shared/contract/preview';
import { recommend } from '../shared/recommender/recommend';
import { ok, profile, snapshot, tempService } from './helpers';
import { PERSONAS } from './personas/personas';

/** Day arithmetic done here with Date, independently of shared/dates. */
function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

describe('previewPlan', () => {
  it('shows exactly the plan that creating the goal then gives, and writes nothing', () => {
    const { service, db } = tempService();
    for (const persona of PERSONAS.slice(0, 6)) {
      const before = snapshot(db);
      const preview = ok(service.call('previewPlan', { profile: persona.profile }));
      expect(PlanPreviewSchema.safeParse(preview).success).toBe(true);
      expect(snapshot(db)).toEqual(before);
      const plan = ok(service.call('createGoal', { profile: persona.profile }));
      const timed = plan.items.filter((i) => i.status !== 'skipped');
      expect(preview.framework).toBe(plan.goal.framework);
      expect(preview.items).toBe(timed.length);
      expect(preview.totalHours).toBeCloseTo(
        timed.reduce((s, i) => s + i.hours, 0),
        1,
      );
      expect(preview.finishDate).toBe(plan.finishDate);
      expect(preview.weeks).toBe(plan.weeks.length);
    }
  });

  it('states weeks and the finish date consistently with the hours and the pace', () => {
    const { service } = tempService();
    const p = profile({ hoursPerWeek: 5, startDate: '2026-12-07' });
    const preview = ok(service.call('previewPlan', { profile: p }));
    expect(preview.startDate).toBe('2026-12-07');
    expect(preview.weeks).toBe(Math.ceil(preview.totalHours / 5 - 1e-9));
    expect(preview.finishDate).toBe(addDays('2026-12-07', Math.ceil((preview.totalHours / 5) * 7 - 1e-9) - 1));
  });

  it('follows the answers: more hours a week finishes sooner with the same hours', () => {
    const { service } = tempService();
    const slow = ok(service.call('previewPlan', { profile: profile({ hoursPerWeek: 4 }) }));
    const fast = ok(service.call('previewPlan', { profile: profile({ hoursPerWeek: 12 }) }));
    expect(fast.totalHours).toBe(slow.totalHours);
    expect(fast.weeks).toBe(Math.ceil(fast.totalHours / 12 - 1e-9));
    expect(fast.weeks).toBeLessThan(slow.weeks);
    expect(fast.finishDate < slow.finishDate).toBe(true);
  });

  it('uses the recommended framework unless one is given, and starts today by default', () => {
    const { service } = tempService();
    const p = PERSONAS.find((x) => x.framework === 'tensorflow')!.profile;
    const { startDate: _s, ...noStart } = p;
    expect(ok(service.call('previewPlan', { profile: noStart })).framework).toBe(recommend(p).framework);
    const other = ok(service.call('previewPlan', { profile: noStart, framework: 'pytorch' }));
    expect(other.framework).toBe('pytorch');
    expect(other.startDate).toBe('2026-11-25');
  });

  it('reports whether a target date is met', () => {
    const { service } = tempService();
    const p = profile({ startDate: '2027-01-04', hoursPerWeek: 3 });
    expect(ok(service.call('previewPlan', { profile: p })).targetMet).toBeNull();
    expect(ok(service.call('previewPlan', { profile: { ...p, targetDate: '2027-01-11' } })).targetMet).toBe(false);
    expect(ok(service.call('previewPlan', { profile: { ...p, targetDate: '2040-01-01' } })).targetMet).toBe(true);
  });
});
