import Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { itemStatements } from '../electron/core/store/items';
import { storeFor } from '../electron/core/store/index';
import { inWriteTransaction } from '../electron/core/store/tx';
import { createService } from '../electron/core/service/index';
import { firstRevisit } from '../shared/rhythm/revisits';
import { manualClock, ok, profile, tempDb } from './helpers';

describe("a goal's item list kept between reads", () => {
  it('always equals a fresh read, through patched writes, log corrections and deletions, other writes, other connections and rollbacks (property)', () => {
    const { db, file } = tempDb();
    db.pragma('synchronous = OFF');
    const goalId = ok(createService(db, manualClock()).call('createGoal', { profile: profile() })).goal.id;
    const store = storeFor(db);
    const ids = store.items.ofGoal(goalId).map((i) => i.id);
    const other = new Database(file);
    const op = fc.oneof(
      fc.record({
        kind: fc.constant('status' as const),
        i: fc.nat(30),
        status: fc.constantFrom('not-started' as const, 'in-progress' as const, 'done' as const, 'skipped' as const),
      }),
      fc.record({ kind: fc.constant('notes' as const), i: fc.nat(30), text: fc.string({ maxLength: 8 }) }),
      fc.record({ kind: fc.constant('log' as const), i: fc.nat(30), minutes: fc.integer({ min: 0, max: 90 }) }),
      fc.record({ kind: fc.constant('raw' as const), i: fc.nat(30), text: fc.string({ maxLength: 8 }) }),
      fc.record({ kind: fc.constant('elsewhere' as const), i: fc.nat(30), text: fc.string({ maxLength: 8 }) }),
      fc.record({ kind: fc.constant('rollback' as const), i: fc.nat(30) }),
      fc.record({ kind: fc.constant('correct' as const), pick: fc.nat(50), minutes: fc.integer({ min: 1, max: 90 }) }),
      fc.record({ kind: fc.constant('delete' as const), pick: fc.nat(50) }),
      fc.record({ kind: fc.constant('revisit' as const), i: fc.nat(30), keep: fc.boolean() }),
      // A list already out of date stays out of date through a rhythm write.
      fc.record({ kind: fc.constant('rawThenRevisit' as const), i: fc.nat(30), text: fc.string({ maxLength: 8 }) }),
      // ... and through a patched write: only a list current before the write may be kept.
      fc.record({ kind: fc.constant('rawThenLog' as const), i: fc.nat(30), text: fc.string({ maxLength: 8 }) }),
      // Several rows written before the list is read again.
      fc.record({ kind: fc.constant('burst' as const), i: fc.nat(30), n: fc.integer({ min: 2, max: 6 }) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 25 }), (ops) => {
        store.items.ofGoal(goalId);
        for (const o of ops) {
          const id = ids[('i' in o ? o.i : 0) % ids.length]!;
          if (o.kind === 'status') store.items.setStatus(id, o.status, '2026-11-25');
          if (o.kind === 'notes') store.items.setNotes(id, o.text);
          if (o.kind === 'log') {
            inWriteTransaction(db, () =>
              store.log.append({
                goalId,
                itemId: id,
                at: 'now',
                day: '2026-11-25',
                kind: 'time',
                minutes: o.minutes,
                fromStatus: null,
                toStatus: null,
                note: '',
              }),
            );
          }
          if (o.kind === 'revisit') {
            if (o.keep) store.rhythm.saveRevisit(id, firstRevisit(Date.UTC(2026, 10, 25)));
            else store.rhythm.dropRevisit(id);
          }
          if (o.kind === 'burst') {
            for (let k = 0; k < o.n; k++) {
              const item = ids[(o.i + k * 3) % ids.length]!;
              if (k % 2) store.items.setNotes(item, `burst ${k}`);
              else
                inWriteTransaction(db, () =>
                  store.log.append({
                    goalId,
                    itemId: item,
                    at: 'now',
                    day: '2026-11-25',
                    kind: 'time',
                    minutes: k + 1,
                    fromStatus: null,
                    toStatus: null,
                    note: '',
                  }),
                );
            }
          }
          if (o.kind === 'rawThenLog') {
            db.prepare('UPDATE plan_items SET notes = ? WHERE id = ?').run(`raw ${o.text}`, id);
            const next = ids[(o.i + 1) % ids.length]!;
            inWriteTransaction(db, () =>
              store.log.append({ goalId, itemId: next, at: 'now', day: '2026-11-25', kind: 'time', minutes: 5, fromStatus: null, toStatus: null, note: '' }),
            );
          }
          if (o.kind === 'rawThenRevisit') {
            db.prepare('UPDATE plan_items SET notes = ? WHERE id = ?').run(`raw ${o.text}`, id);
            store.rhythm.dropRevisit(id);
          }
          if (o.kind === 'raw') db.prepare('UPDATE plan_items SET notes = ? WHERE id = ?').run(o.text, id);
          if (o.kind === 'elsewhere') other.prepare('UPDATE plan_items SET notes = ? WHERE id = ?').run(`other ${o.text}`, id);
          if (o.kind === 'correct' || o.kind === 'delete') {
            const entries = store.log.timeEntries(goalId);
            const e = entries[o.pick % Math.max(1, entries.length)];
            if (e && o.kind === 'correct') inWriteTransaction(db, () => store.log.correct(e.id, { minutes: o.minutes, day: e.day, note: e.note }));
            if (e && o.kind === 'delete') inWriteTransaction(db, () => store.log.delete(e.id));
          }
          if (o.kind === 'rollback') {
            expect(() =>
              inWriteTransaction(db, () => {
                store.items.setStatus(id, 'done', '2026-11-20');
                throw new Error('changed my mind');
              }),
            ).toThrow('changed my mind');
          }
          expect(store.items.ofGoal(goalId)).toEqual(itemStatements(other).ofGoal(goalId));
        }
      }),
      { numRuns: 40 },
    );
    other.close();
  });

  it('is not read again after writes to the rhythm tables, which leave every item as it was', () => {
    const { db } = tempDb();
    const goalId = ok(createService(db, manualClock()).call('createGoal', { profile: profile() })).goal.id;
    const store = storeFor(db);
    const [first, second] = store.items.ofGoal(goalId);
    store.items.setStatus(first!.id, 'done', '2026-11-25');
    const kept = store.items.ofGoal(goalId);
    store.rhythm.saveRevisit(first!.id, firstRevisit(Date.UTC(2026, 10, 25)));
    store.rhythm.startSession({ itemId: second!.id, startedAt: 1 });
    store.rhythm.endSession();
    store.rhythm.logGrade(first!.id, 1, '2026-11-25', 'good', 5);
    store.rhythm.setRevisitsEnabled(goalId, false);
    store.rhythm.dropRevisit(first!.id);
    expect(store.items.ofGoal(goalId)).toBe(kept);
  });
});
