import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createService } from '../../electron/core/service/index';
import { openDatabase } from '../../electron/core/store/open';
import { METHOD_NAMES, type MethodName } from '../../shared/contract/methods';
import { ERROR_CODES } from '../../shared/contract/results';
import { manualClock, ok, profile, tempDir } from '../helpers';
import { report, scaled, timeout } from './scale';
import { join } from 'node:path';

const RUNS = scaled(150, 10_000);

/** A valid payload per method, so mutations reach past the schema into the handlers. */
const VALID: Record<MethodName, Record<string, unknown>> = {
  recommend: { profile: profile() },
  createGoal: { profile: profile(), title: 'Fuzzed' },
  previewPlan: { profile: profile() },
  listGoals: { includeArchived: true },
  getGoal: { goalId: 1 },
  updateGoal: { goalId: 1, title: 'Renamed' },
  archiveGoal: { goalId: 1, archived: false },
  deleteGoal: { goalId: 2 },
  getPlan: { goalId: 1 },
  getPlanLean: { goalId: 1, firstItems: 2 },
  reorderPlan: { goalId: 1, itemIds: [2, 1] },
  addToPlan: { goalId: 1, resourceId: 'keras-guides' },
  itemAlternatives: { itemId: 1 },
  swapPlanItem: { itemId: 1, resourceId: 'pytorch-60-minute-blitz' },
  setItemStatus: { itemId: 1, status: 'in-progress' },
  reopenItem: { itemId: 1 },
  setItemNotes: { itemId: 1, notes: 'n' },
  logTime: { itemId: 1, minutes: 5 },
  listLog: { goalId: 1 },
  listTimeEntries: { goalId: 1 },
  editTimeEntry: { entryId: 1, minutes: 10 },
  deleteTimeEntry: { entryId: 1 },
  removeItem: { itemId: 2 },
  listResources: { includeRetired: false },
  getResource: { resourceId: 'keras-guides' },
  addCustomResource: { title: 'Mine', url: 'https://example.com/x', hours: 2, prerequisites: [] },
  addOwnResource: { goalId: 1, resource: { title: 'Own', url: 'https://example.com/own', hours: 1 } },
  editCustomResource: { resourceId: 'mine', patch: { hours: 3 } },
  thisWeek: { goalId: 1 },
  progressSummary: { goalId: 1 },
  exportGoal: { goalId: 1, format: 'ics' },
  importGoal: { content: '{}' },
  listBackups: {},
  createBackup: {},
  getRhythm: {},
  setRhythm: { reminders: { days: ['mon', 'wed'], time: '19:00' } },
  snoozeReminder: { minutes: 10 },
  reminderNotice: {},
  startSession: { itemId: 1 },
  sessionStatus: {},
  stopSession: { minutes: 5 },
  cancelSession: {},
  dueRevisits: { goalId: 1, on: '2027-01-01' },
  gradeRevisit: { revisitId: 1, grade: 'good' },
  setRevisits: { goalId: 1, enabled: false },
  weeklyReview: { goalId: 1 },
  dismissWeeklyReview: {},
  reviewTime: { goalId: 1 },
};

const hostileKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'goalId', 'itemId', 'title', 'content', 'toString');
const hostileValue = fc.oneof(
  fc.anything(),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 2 ** 53, -1, 0, 1e308, '', '\u0000', '\ud800', 'a'.repeat(100_000), '../../etc/passwd'),
  fc.string({ unit: 'binary' }),
);

function payloads(method: MethodName) {
  return fc.oneof(
    fc.anything(),
    fc.dictionary(hostileKey, hostileValue),
    // One field of a valid payload replaced, added or removed.
    fc.tuple(fc.constantFrom(...Object.keys(VALID[method]), 'extra'), hostileValue, fc.boolean()).map(([k, v, drop]) => {
      const p: Record<string, unknown> = { ...VALID[method] };
      if (drop) delete p[k];
      else p[k] = v;
      return p;
    }),
    fc.constant(VALID[method]),
  );
}

describe('service fuzzing', () => {
  it(`answers ${RUNS} hostile payloads per method with data, never a throw or an untyped error`, { timeout: timeout(120_000, 3_600_000) }, () => {
    let calls = 0;
    let refused = 0;
    const untyped: string[] = [];
    for (const method of METHOD_NAMES) {
      // A fresh database per method, so thousands of goals made by createGoal do not slow the rest.
      const dir = tempDir();
      const db = openDatabase(join(dir, 'pathwise.db'), { backupDir: dir });
      const service = createService(db, manualClock(), { dataDir: dir });
      for (let i = 0; i < 3; i++) ok(service.call('createGoal', { profile: profile(), title: `Seed ${i}` }));
      fc.assert(
        fc.property(payloads(method), (payload) => {
          const r = service.call(method, payload);
          calls++;
          if (!r.ok) {
            refused++;
            expect(ERROR_CODES).toContain(r.error.code);
            expect(typeof r.error.message).toBe('string');
            if (r.error.code === 'internal' || r.error.code === 'storage' || r.error.code === 'damaged')
              untyped.push(`${method}: ${r.error.message.slice(0, 200)}`);
          }
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        }),
        { numRuns: RUNS, seed: 20261126 },
      );
      expect(db.pragma('integrity_check', { simple: true }), method).toBe('ok');
      expect(db.pragma('foreign_key_check'), method).toEqual([]);
      db.close();
    }
    expect(untyped).toEqual([]);
    report('service fuzzing', {
      methods: METHOD_NAMES.length,
      payloadsPerMethod: RUNS,
      calls,
      refusedAsData: refused,
      untypedErrors: untyped.length,
      crashes: 0,
    });
  });
});
