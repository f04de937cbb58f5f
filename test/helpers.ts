import type Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach } from 'vitest';
import { createService, type Service } from '../electron/core/service/index';
import type { Clock } from '../electron/core/service/context';
import { openDatabase, type OpenOptions } from '../electron/core/store/open';

const perTest: string[] = [];
const perFile: string[] = [];
afterEach(() => {
  while (perTest.length) rmSync(perTest.pop()!, { recursive: true, force: true });
});
afterAll(() => {
  while (perFile.length) rmSync(perFile.pop()!, { recursive: true, force: true });
});

/** A fresh folder under the OS temp dir, removed after the test (or, with 'file', after the test file). */
export function tempDir(lifetime: 'test' | 'file' = 'test'): string {
  const dir = mkdtempSync(join(tmpdir(), 'pathwise-test-'));
  (lifetime === 'test' ? perTest : perFile).push(dir);
  return dir;
}

export function tempDb(options?: OpenOptions): { db: Database.Database; file: string; dir: string } {
  const dir = tempDir();
  const file = join(dir, 'pathwise.db');
  return { db: openDatabase(file, options), file, dir };
}

/** A clock the test moves by hand. */
export function manualClock(iso = '2026-11-25T10:00:00Z'): Clock & { set(iso: string): void; advanceDays(n: number): void } {
  let now = new Date(iso);
  return {
    now: () => new Date(now),
    set: (v) => (now = new Date(v)),
    advanceDays: (n) => (now = new Date(now.getTime() + n * 86_400_000)),
  };
}

export function tempService(clock = manualClock()): { service: Service; db: Database.Database; file: string; clock: typeof clock } {
  const { db, file } = tempDb();
  return { service: createService(db, clock), db, file, clock };
}

/** Every row of every table, for proving that a refused call changed nothing. */
export function snapshot(db: Database.Database): Record<string, unknown[]> {
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
  return Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT * FROM "${t}" ORDER BY 1, 2`).all()]));
}

export { baseProfile, profile } from './support/answers';

export function ok<T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!r.ok) throw new Error(`expected success, got: ${r.error.message}`);
  return r.value;
}
