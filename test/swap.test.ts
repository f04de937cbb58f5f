import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DOMAINS, type Profile } from '../shared/profile';
import { ok, profile, snapshot, tempService } from './helpers';

function goalWith(p: Profile, framework?: 'tensorflow' | 'pytorch') {
  const t = tempService();
  const plan = ok(t.service.call('createGoal', { profile: p, ...(framework ? { framework } : {}) }));
  return { ...t, plan, goalId: plan.goal.id };
}
const minutesIn = (db: ReturnType<typeof tempService>['db'], goalId: number) =>
  db.prepare("SELECT COALESCE(SUM(minutes), 0) FROM progress_log WHERE goal_id = ? AND kind = 'time'").pluck().get(goalId) as number;

describe('swapping a plan item for an alternative', () => {
  it('lists alternatives that teach the same ground, and swaps one in keeping status, notes and logged time', () => {
    const { service, db, plan, goalId } = goalWith(profile({ pythonLevel: 'none', mlLevel: 'none' }), 'pytorch');
    const basics = plan.items.find((i) => i.resourceId === 'pytorch-learn-basics')!;
    const alt = ok(service.call('itemAlternatives', { itemId: basics.id }));
    expect(alt.topics.map((t) => t.id)).toEqual(['framework-basics', 'training-workflow']);
    expect(alt.alternatives.map((a) => a.resourceId)).toContain('pytorch-60-minute-blitz');
    for (const a of alt.alternatives) {
      expect(a.topics.length).toBeGreaterThan(0);
      expect(plan.items.map((i) => i.resourceId)).not.toContain(a.resourceId);
    }
    ok(service.call('logTime', { itemId: basics.id, minutes: 95 }));
    ok(service.call('setItemNotes', { itemId: basics.id, notes: 'tensors done' }));
    const total = minutesIn(db, goalId);

    const after = ok(service.call('swapPlanItem', { itemId: basics.id, resourceId: 'pytorch-60-minute-blitz' }));
    const swapped = after.items.find((i) => i.id === basics.id)!;
    expect(swapped).toMatchObject({
      resourceId: 'pytorch-60-minute-blitz',
      status: 'in-progress',
      notes: 'tensors done',
      minutesLogged: 95,
      origin: 'learner',
    });
    expect(swapped.reason).toMatch(/^You chose this/);
    expect(after.items.map((i) => i.resourceId)).not.toContain('pytorch-learn-basics');
    expect(minutesIn(db, goalId)).toBe(total);
    // The swap survives a re-plan from new answers.
    const replanned = ok(service.call('updateGoal', { goalId, profile: profile({ pythonLevel: 'none', mlLevel: 'none', hoursPerWeek: 8 }) }));
    expect(replanned.items.find((i) => i.id === basics.id)?.resourceId).toBe('pytorch-60-minute-blitz');
  });

  it.each([
    ['a resource for the other framework', 'tf-quickstart', 'invalid_input', /is for tensorflow; this plan is for PyTorch/],
    ['one that teaches other ground', 'onnx', 'conflict', /does not teach the ground of "PyTorch Tutorials: Learn the Basics"/],
    ['a retired resource', 'torchscript', 'unavailable', /is deprecated; swap in "torch.export and AOTInductor"/],
    ['a whole certificate', 'pytorch-professional-certificate', 'invalid_input', /swap in one of its courses/],
    ['the same resource', 'pytorch-learn-basics', 'conflict', /already is/],
    ['an unknown resource', 'nope', 'not_found', /no resource with id "nope"/],
  ])('refuses %s, naming the problem, and changes nothing', (_name, resourceId, code, message) => {
    const { service, db, plan } = goalWith(profile({ pythonLevel: 'none', mlLevel: 'none' }), 'pytorch');
    const basics = plan.items.find((i) => i.resourceId === 'pytorch-learn-basics')!;
    const before = snapshot(db);
    const r = service.call('swapPlanItem', { itemId: basics.id, resourceId });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe(code);
      expect(r.error.message).toMatch(message);
    }
    expect(snapshot(db)).toEqual(before);
  });

  it('refuses an alternative that is already in the plan', () => {
    const { service, db, plan } = goalWith(profile({ pythonLevel: 'none', mlLevel: 'none', domains: ['tabular'] }), 'pytorch');
    const fastai = plan.items.find((i) => i.resourceId === 'fastai-course')!;
    const before = snapshot(db);
    // Deep Learning with Python teaches the same ground and is not in this plan; the NumPy docs are, but teach other ground.
    expect(service.call('swapPlanItem', { itemId: fastai.id, resourceId: 'numpy-basics' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(snapshot(db)).toEqual(before);
  });

  it('keeps every logged minute on the goal and on the swapped item, whatever is swapped (property)', () => {
    fc.assert(
      fc.property(
        fc.record({
          domains: fc.uniqueArray(fc.constantFrom(...DOMAINS), { minLength: 1, maxLength: 3 }),
          framework: fc.constantFrom('tensorflow' as const, 'pytorch' as const),
          pick: fc.nat(),
          choice: fc.nat(),
          minutes: fc.array(fc.integer({ min: 1, max: 600 }), { minLength: 1, maxLength: 4 }),
        }),
        ({ domains, framework, pick, choice, minutes }) => {
          const { service, db, plan, goalId } = goalWith(profile({ domains, pythonLevel: 'none', mlLevel: 'none' }), framework);
          const withAlternatives = plan.items
            .map((i) => ({ item: i, alt: ok(service.call('itemAlternatives', { itemId: i.id })).alternatives }))
            .filter((x) => x.alt.length > 0);
          if (withAlternatives.length === 0) return;
          const { item, alt } = withAlternatives[pick % withAlternatives.length]!;
          const others = plan.items.filter((i) => i.id !== item.id);
          const other = others[pick % others.length]!;
          for (const [k, m] of minutes.entries()) ok(service.call('logTime', { itemId: k % 2 === 0 ? item.id : other.id, minutes: m }));
          const onItem = minutes.filter((_, k) => k % 2 === 0).reduce((s, m) => s + m, 0);
          const total = minutes.reduce((s, m) => s + m, 0);

          const after = ok(service.call('swapPlanItem', { itemId: item.id, resourceId: alt[choice % alt.length]!.resourceId }));
          expect(after.items.find((i) => i.id === item.id)?.minutesLogged).toBe(onItem);
          expect(minutesIn(db, goalId)).toBe(total);
          expect(after.items.reduce((s, i) => s + i.minutesLogged, 0)).toBe(total);
          expect(ok(service.call('progressSummary', { goalId })).hoursLogged).toBeCloseTo(Math.round((total / 60) * 10) / 10, 5);
        },
      ),
      { numRuns: 25 },
    );
  });
});
