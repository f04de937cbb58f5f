import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlanView } from '../../shared/contract/views';
import { manualClock, ok, profile, snapshot, tempService } from '../helpers';
import { richGoal } from './fixtures';

/** What must survive a round trip: order, statuses, hours, notes, dates and the whole log. */
function essence(service: ReturnType<typeof tempService>['service'], goalId: number) {
  const plan: PlanView = ok(service.call('getPlan', { goalId }));
  const log = ok(service.call('listLog', { goalId, limit: 10_000 }));
  const byId = new Map(plan.items.map((i) => [i.id, i.title]));
  return {
    goal: {
      title: plan.goal.title,
      framework: plan.goal.framework,
      profile: plan.goal.profile,
      startDate: plan.goal.startDate,
      hoursPerWeek: plan.goal.hoursPerWeek,
      customOrder: plan.goal.customOrder,
    },
    items: plan.items.map(
      ({ title, url, hours, status, notes, startWeek, endWeek, startedOn, completedOn, minutesLogged, origin, skipReason, prerequisites }) => ({
        title,
        url,
        hours,
        status,
        notes,
        startWeek,
        endWeek,
        startedOn,
        completedOn,
        minutesLogged,
        origin,
        skipReason,
        prerequisites: prerequisites.length,
      }),
    ),
    log: log.map((e) => ({
      item: byId.get(e.itemId),
      at: e.at,
      day: e.day,
      kind: e.kind,
      minutes: e.minutes,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      note: e.note,
    })),
  };
}

describe('JSON import', () => {
  it('import(export(goal)) equals the goal, in another database, custom resources and log included', () => {
    const src = richGoal();
    const json = ok(src.service.call('exportGoal', { goalId: src.goalId, format: 'json' })).content;
    // The schedule is laid out from today, so both sides look on the same day.
    const dst = tempService(manualClock(src.clock.now().toISOString()));
    const imported = ok(dst.service.call('importGoal', { content: json }));
    expect(essence(dst.service, imported.goal.id)).toEqual(essence(src.service, src.goalId));
    expect(imported.goal.uid).toBe(ok(src.service.call('getGoal', { goalId: src.goalId })).uid);
  });

  it('imports into the same database as a new goal with remapped ids', () => {
    const src = richGoal();
    const json = ok(src.service.call('exportGoal', { goalId: src.goalId, format: 'json' })).content;
    const copy = ok(src.service.call('importGoal', { content: json }));
    expect(copy.goal.id).not.toBe(src.goalId);
    expect(copy.goal.uid).not.toBe(ok(src.service.call('getGoal', { goalId: src.goalId })).uid);
    expect(essence(src.service, copy.goal.id)).toEqual(essence(src.service, src.goalId));
    // The identical custom resource is reused, not duplicated.
    expect(src.db.prepare('SELECT COUNT(*) FROM resources WHERE custom = 1').pluck().get()).toBe(1);
  });

  it('round-trips any sequence of learner actions (property)', () => {
    const action = fc.oneof(
      fc.record({
        kind: fc.constant('status' as const),
        item: fc.nat(30),
        status: fc.constantFrom('not-started' as const, 'in-progress' as const, 'done' as const, 'skipped' as const),
      }),
      fc.record({ kind: fc.constant('log' as const), item: fc.nat(30), minutes: fc.integer({ min: 1, max: 1440 }), note: fc.string({ maxLength: 30 }) }),
      fc.record({ kind: fc.constant('notes' as const), item: fc.nat(30), notes: fc.string({ unit: 'grapheme', maxLength: 60 }) }),
      fc.record({
        kind: fc.constant('custom' as const),
        title: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 40 }).filter((t) => t.trim().length > 0),
        hours: fc.integer({ min: 1, max: 40 }),
      }),
    );
    fc.assert(
      fc.property(fc.array(action, { maxLength: 12 }), (actions) => {
        const src = tempService();
        const goalId = ok(src.service.call('createGoal', { profile: profile() })).goal.id;
        for (const a of actions) {
          const items = ok(src.service.call('getPlan', { goalId })).items;
          const it = items[('item' in a ? a.item : 0) % items.length]!;
          if (a.kind === 'status') src.service.call('setItemStatus', { itemId: it.id, status: a.status });
          if (a.kind === 'log') src.service.call('logTime', { itemId: it.id, minutes: a.minutes, note: a.note });
          if (a.kind === 'notes') src.service.call('setItemNotes', { itemId: it.id, notes: a.notes });
          if (a.kind === 'custom') {
            const r = src.service.call('addCustomResource', { title: a.title, url: 'https://example.com/x', hours: a.hours });
            if (r.ok) src.service.call('addToPlan', { goalId, resourceId: r.value.id });
          }
        }
        const json = ok(src.service.call('exportGoal', { goalId, format: 'json' })).content;
        const dst = tempService();
        const copy = ok(dst.service.call('importGoal', { content: json }));
        expect(essence(dst.service, copy.goal.id)).toEqual(essence(src.service, goalId));
        src.service.close();
        dst.service.close();
      }),
      { numRuns: 25 },
    );
  });
});

describe('hostile imports get a clear error and change nothing', () => {
  const base = () => {
    const src = richGoal();
    return {
      src,
      doc: JSON.parse(ok(src.service.call('exportGoal', { goalId: src.goalId, format: 'json' })).content) as Record<string, unknown> & {
        log: unknown[];
        items: unknown[];
      },
    };
  };

  const cases: [string, (doc: ReturnType<typeof base>['doc']) => string, RegExp][] = [
    ['a __proto__ key', (d) => JSON.stringify(d).replace('{"format"', '{"__proto__":{"polluted":true},"format"'), /key "__proto__", which is refused/],
    [
      'a constructor key deep inside',
      (d) => JSON.stringify(d).replace('"log":[', '"log":[{"constructor":{"prototype":{}}},'),
      /key "(constructor|prototype)", which is refused/,
    ],
    ['a 50 MB file', (d) => JSON.stringify({ ...d, padding: 'x'.repeat(50 * 1024 * 1024) }), /50\.0 MB; an import can be at most 20 MB/],
    ['100,000-deep nesting', () => '['.repeat(100_000) + ']'.repeat(100_000), /nests deeper than 32 levels/],
    ['wrong types', (d) => JSON.stringify({ ...d, goal: { ...(d.goal as object), hoursPerWeek: 'ten' } }), /goal\.hoursPerWeek/],
    [
      'a bad record at the very end',
      (d) => JSON.stringify({ ...d, log: [...d.log, { ...(d.log.at(-1) as object), kind: 'teleport' }] }),
      new RegExp(`log\\.\\d+\\.kind`),
    ],
    [
      'a log entry pointing past the items',
      (d) => JSON.stringify({ ...d, log: [...d.log, { ...(d.log.at(-1) as object), item: 9999 }] }),
      /refers to item 9999/,
    ],
    [
      'an unknown resource',
      (d) => JSON.stringify({ ...d, items: [...d.items, { ...(d.items.at(-1) as object), resourceId: 'no-such-course' }] }),
      /unknown resource "no-such-course"/,
    ],
    ['a truncated file', (d) => JSON.stringify(d).slice(0, Math.floor(JSON.stringify(d).length / 2)), /not valid JSON/],
    ['a newer file version', (d) => JSON.stringify({ ...d, version: 2 }), /newer Pathwise \(goal file version 2; this one reads up to 1\)/],
    ['not a goal file', () => JSON.stringify({ hello: 'world' }), /not a Pathwise goal file/],
    ['an extra field', (d) => JSON.stringify({ ...d, surprise: 1 }), /unknown field "surprise"/],
    ['empty', () => '', /not valid JSON/],
  ];

  it.each(cases)('%s', (_name, make, message) => {
    const { src, doc } = base();
    const content = make(doc);
    const before = snapshot(src.db);
    const r = src.service.call('importGoal', { content });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('invalid_input');
      expect(r.error.message).toMatch(message);
    }
    expect(snapshot(src.db)).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
