import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createService, type Service } from '../electron/core/service/index';
import { CATALOG } from '../shared/catalog/index';
import { manualClock, ok, profile, tempDb } from './helpers';

/**
 * The service keeps each plan's prerequisites and reasons between calls, since only a change of what
 * the plan holds moves them. Whatever the learner does, the plan a warm service answers must be the
 * plan a service that never saw it before reads from the same file.
 */
const op = fc.oneof(
  fc.record({
    kind: fc.constant('status' as const),
    pick: fc.nat(),
    status: fc.constantFrom('not-started' as const, 'in-progress' as const, 'done' as const, 'skipped' as const),
  }),
  fc.record({ kind: fc.constant('log' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('reorder' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('add' as const), resource: fc.constantFrom(...CATALOG.filter((r) => !r.parentId).map((r) => r.id)) }),
  fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }),
  fc.record({
    kind: fc.constant('answers' as const),
    certificate: fc.boolean(),
    domains: fc.constantFrom(['vision'] as const, ['nlp'] as const, ['vision', 'audio'] as const),
    python: fc.constantFrom('none' as const, 'basic' as const, 'fluent' as const),
    purpose: fc.constantFrom('production' as const, 'research' as const, 'career' as const),
  }),
  fc.record({ kind: fc.constant('own' as const), pick: fc.nat(), n: fc.nat(1000) }),
  fc.record({ kind: fc.constant('editOwn' as const), pick: fc.nat() }),
);

function run(service: Service, goalId: number, o: typeof op extends fc.Arbitrary<infer T> ? T : never): void {
  const items = ok(service.call('getPlan', { goalId })).items;
  const item = items[('pick' in o ? o.pick : 0) % items.length]!;
  // Refusals (a prerequisite in the way, a resource already planned) are part of the sequence too.
  switch (o.kind) {
    case 'status':
      service.call('setItemStatus', { itemId: item.id, status: o.status });
      break;
    case 'log':
      service.call('logTime', { itemId: item.id, minutes: 30 });
      break;
    case 'reorder':
      service.call('reorderPlan', { goalId, itemIds: [item.id, ...items.filter((i) => i !== item).map((i) => i.id)] });
      break;
    case 'swap': {
      const alt = ok(service.call('itemAlternatives', { itemId: item.id })).alternatives[0];
      if (alt) service.call('swapPlanItem', { itemId: item.id, resourceId: alt.resourceId });
      break;
    }
    case 'add':
      service.call('addToPlan', { goalId, resourceId: o.resource });
      break;
    case 'remove':
      service.call('removeItem', { itemId: item.id });
      break;
    case 'answers':
      service.call('updateGoal', {
        goalId,
        profile: profile({ wantsCertificate: o.certificate, budget: 'any', domains: [...o.domains], pythonLevel: o.python, purpose: o.purpose }),
      });
      break;
    case 'own':
      service.call('addOwnResource', {
        goalId,
        resource: { title: `Own ${o.n}`, url: `https://example.com/own-${o.n}`, hours: 2, prerequisites: [item.resourceId], topics: ['cnns'] },
      });
      break;
    case 'editOwn': {
      const own = ok(service.call('listResources', {})).filter((r) => r.custom);
      const mine = own[o.pick % Math.max(1, own.length)];
      if (mine) service.call('editCustomResource', { resourceId: mine.id, patch: { prerequisites: [item.resourceId].filter((id) => id !== mine.id) } });
      break;
    }
  }
}

describe('prerequisites and reasons kept between calls', () => {
  it('always equal what a fresh service reads from the same file (property)', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 8 }), (ops) => {
        const { db } = tempDb();
        const clock = manualClock();
        const warm = createService(db, clock);
        const goalId = ok(warm.call('createGoal', { profile: profile() })).goal.id;
        for (const o of ops) {
          run(warm, goalId, o);
          // The whole plan and the progress summary: schedule, figures and certificates come from the kept shape too.
          const fresh = createService(db, clock);
          expect(ok(warm.call('getPlan', { goalId }))).toEqual(ok(fresh.call('getPlan', { goalId })));
          expect(ok(warm.call('progressSummary', { goalId }))).toEqual(ok(fresh.call('progressSummary', { goalId })));
        }
        db.close();
      }),
      { numRuns: 25 },
    );
  });
});
