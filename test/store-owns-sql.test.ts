import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createService } from '../electron/core/service/index';
import { manualClock, ok, profile, tempDb } from './helpers';

const ROOT = join(__dirname, '..');
const SQL =
  /\b(SELECT\s+[\w*(]|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+(TABLE|INDEX|TRIGGER)|ALTER\s+TABLE|PRAGMA\b|VACUUM\b)|\.(prepare|pragma)\(/;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : sources(path);
    return /\.(ts|tsx|mjs)$/.test(e.name) ? [path] : [];
  });
}

/** Product files that hold SQL; only electron/core/store may. */
export function sqlOutsideStore(roots = ['electron', 'shared', 'renderer/src']): string[] {
  const store = join('electron', 'core', 'store') + sep;
  return roots
    .flatMap((r) => sources(join(ROOT, r)))
    .map((f) => relative(ROOT, f))
    .filter((f) => !f.startsWith(store) && SQL.test(readFileSync(join(ROOT, f), 'utf8')));
}

describe('the store owns all SQL', () => {
  it('no product file outside electron/core/store writes SQL', () => {
    expect(sqlOutsideStore()).toEqual([]);
  });

  it('the scan finds SQL where it is planted', () => {
    // Guards the guard: a pattern that matched nothing would pass the test above forever.
    expect(SQL.test("ctx.db.prepare('SELECT id FROM goals')")).toBe(true);
    expect(SQL.test('`UPDATE plan_items SET notes = ?`')).toBe(true);
    expect(SQL.test('const label = "Select a goal";')).toBe(false);
  });

  it('statements are prepared once per connection, not on every call', () => {
    const { db } = tempDb();
    const service = createService(db, manualClock());
    const round = () => {
      const plan = ok(service.call('createGoal', { profile: profile() }));
      const [a, b] = plan.items;
      ok(service.call('listGoals', {}));
      ok(service.call('getPlan', { goalId: plan.goal.id }));
      ok(service.call('logTime', { itemId: a!.id, minutes: 20 }));
      ok(service.call('setItemStatus', { itemId: b!.id, status: 'skipped' }));
      ok(service.call('setItemNotes', { itemId: a!.id, notes: 'n' }));
      ok(service.call('reorderPlan', { goalId: plan.goal.id, itemIds: plan.items.map((i) => i.id) }));
      ok(service.call('progressSummary', { goalId: plan.goal.id }));
      ok(service.call('listLog', { goalId: plan.goal.id }));
      ok(service.call('updateGoal', { goalId: plan.goal.id, title: 'Renamed' }));
      ok(service.call('exportGoal', { goalId: plan.goal.id, format: 'json' }));
    };
    round();
    let prepared = 0;
    const original = db.prepare.bind(db);
    db.prepare = ((sql: string) => {
      prepared++;
      return original(sql);
    }) as typeof db.prepare;
    round();
    expect(prepared).toBe(0);
    service.close();
  });
});
