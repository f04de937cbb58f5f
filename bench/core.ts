import { Graph, alg } from '@dagrejs/graphlib';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createService } from '../electron/core/service/index';
import { applyPragmas, openDatabase } from '../electron/core/store/open';
import { buildPlan } from '../shared/planner/plan';
import { interleaved, median, once, type Figure } from './measure';
import { profile as answers } from '../test/support/answers';
import { syntheticCatalog } from './synthetic';

// The bench's learner: ordinary answers at 10 h a week.
const profile = answers({ hoursPerWeek: 10 });

export function benchPlanning(): Figure[] {
  const resources = syntheticCatalog(10_000, 30_000);
  const catalog = new Map(resources.map((r) => [r.id, r]));
  const added = resources.map((r) => r.id);
  const g = new Graph();
  for (const r of resources) g.setNode(r.id);
  for (const r of resources) for (const p of r.prerequisites) g.setEdge(p, r.id);
  let items = 0;
  // Each measured alone first, then in alternation so machine drift falls on both sides alike.
  const planAlone = median(() => buildPlan({ profile, framework: 'tensorflow', catalog, today: '2026-11-25', added }), 41, 10);
  const topsortAlone = median(() => alg.topsort(g), 41, 10);
  const [plan, topsort] = interleaved(
    () => (items = buildPlan({ profile, framework: 'tensorflow', catalog, today: '2026-11-25', added }).items.length),
    () => alg.topsort(g),
    41,
  );
  if (items !== 10_000) throw new Error(`planned ${items} items, expected 10000`);
  return [
    { name: 'plan 10k resources / 30k edges', value: plan, unit: 'ms', target: '< 100 ms', pass: plan < 100 },
    { name: 'graphlib alg.topsort, same graph', value: topsort, unit: 'ms', target: '(baseline)', pass: null },
    { name: 'plan ÷ topsort (interleaved)', value: plan / topsort, unit: '×', target: '≤ 1.5×', pass: plan / topsort <= 1.5 },
    { name: 'plan alone', value: planAlone, unit: 'ms', target: '< 100 ms', pass: planAlone < 100 },
    { name: 'graphlib alg.topsort alone', value: topsortAlone, unit: 'ms', target: '(baseline)', pass: null },
    { name: 'plan ÷ topsort (each alone)', value: planAlone / topsortAlone, unit: '×', target: '≤ 1.5×', pass: planAlone / topsortAlone <= 1.5 },
  ];
}

function freshDir(): string {
  return mkdtempSync(join(tmpdir(), 'pathwise-bench-'));
}

/** A goal with items to log against, in a database opened the app's way. */
function seeded(dir: string, synchronous: 'FULL' | 'OFF') {
  const db = openDatabase(join(dir, 'pathwise.db'), { synchronous });
  const service = createService(db);
  const r = service.call('createGoal', { profile });
  if (!r.ok) throw new Error(r.error.message);
  return { db, service, goalId: r.value.goal.id, itemIds: r.value.items.map((i) => i.id) };
}

/**
 * The same write both ways: look the item up, then append a time entry in one transaction. The raw
 * side uses prepared statements with the same pragmas; the service adds validation and bookkeeping.
 */
function benchWrites(count: number, synchronous: 'FULL' | 'OFF'): Figure[] {
  const dirs = [freshDir(), freshDir()];
  try {
    const app = seeded(dirs[0]!, synchronous);
    const raw = seeded(dirs[1]!, synchronous);
    raw.service.close();
    const db = new Database(join(dirs[1]!, 'pathwise.db'));
    applyPragmas(db, synchronous);
    const item = db.prepare('SELECT id, goal_id, status FROM plan_items WHERE id = ?');
    const insert = db.prepare("INSERT INTO progress_log (goal_id, item_id, at, day, kind, minutes, note) VALUES (?, ?, ?, ?, 'time', ?, ?)");
    const write = db.transaction((id: number) => {
      const row = item.get(id) as { id: number; goal_id: number };
      insert.run(row.goal_id, row.id, new Date().toISOString(), '2026-11-25', 25, '');
    });
    const n = app.itemIds.length;
    // Alternate batches so the disk's moods (cache, journal checkpoints) fall on both sides alike.
    const batch = 1000;
    let rawMs = 0;
    let appMs = 0;
    for (let done = 0; done < count; done += batch) {
      rawMs += once(() => {
        for (let i = done; i < done + batch; i++) write(raw.itemIds[i % n]!);
      });
      appMs += once(() => {
        for (let i = done; i < done + batch; i++) {
          const r = app.service.call('logTime', { itemId: app.itemIds[i % n]!, minutes: 25 });
          if (!r.ok) throw new Error(r.error.message);
        }
      });
    }
    db.close();
    app.service.close();
    const ratio = appMs / rawMs;
    const label = `${count / 1000}k log writes, synchronous=${synchronous}`;
    return [
      { name: `${label}: raw`, value: (count / rawMs) * 1000, unit: 'writes/s', target: '(baseline)', pass: null, detail: `${rawMs.toFixed(0)} ms` },
      { name: `${label}: service`, value: (count / appMs) * 1000, unit: 'writes/s', target: '(measured)', pass: null, detail: `${appMs.toFixed(0)} ms` },
      { name: `${label}: service ÷ raw`, value: ratio, unit: '×', target: '≤ 1.3×', pass: ratio <= 1.3 },
    ];
  } finally {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  }
}

export function benchDurableWrites(): Figure[] {
  return benchWrites(10_000, 'FULL');
}

export function benchFastWrites(): Figure[] {
  return benchWrites(100_000, 'OFF');
}

export function benchSummary(): Figure[] {
  const dir = freshDir();
  try {
    const { db, service, goalId, itemIds } = seeded(dir, 'OFF');
    const insert = db.prepare("INSERT INTO progress_log (goal_id, item_id, at, day, kind, minutes) VALUES (?, ?, ?, ?, 'time', ?)");
    db.transaction(() => {
      for (let i = 0; i < 100_000; i++) {
        const day = new Date(Date.UTC(2025, 10, 25) + (i % 365) * 86_400_000).toISOString().slice(0, 10);
        insert.run(goalId, itemIds[i % itemIds.length]!, `${day}T12:00:00Z`, day, 1 + (i % 60));
      }
    })();
    db.pragma('optimize');
    const ms = median(() => {
      const r = service.call('progressSummary', { goalId });
      if (!r.ok) throw new Error(r.error.message);
    }, 25);
    service.close();
    return [{ name: 'progress summary over 100k log rows', value: ms, unit: 'ms', target: '< 20 ms', pass: ms < 20 }];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
