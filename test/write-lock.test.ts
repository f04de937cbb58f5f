import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createService } from '../electron/core/service/index';
import { openDatabase } from '../electron/core/store/open';
import { manualClock, ok, profile, tempDir } from './helpers';

/** Another process takes the write lock, says so, holds it for `ms`, then commits. */
function holdWriteLock(file: string, ms: number): Promise<() => Promise<void>> {
  const script = `
    const Database = require('better-sqlite3');
    const db = new Database(process.argv[1]);
    db.exec('BEGIN IMMEDIATE');
    db.prepare("INSERT INTO settings (key, value) VALUES ('lock-holder', 'x') ON CONFLICT(key) DO UPDATE SET value = value || 'x'").run();
    process.stdout.write('locked\\n');
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number(process.argv[2]));
    db.exec('COMMIT');
    db.close();`;
  const child = spawn(process.execPath, ['-e', script, file, String(ms)], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] });
  const done = new Promise<void>((resolve, reject) => child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`lock holder exited ${code}`)))));
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => (d.toString().includes('locked') ? resolve(() => done) : undefined));
    child.on('error', reject);
  });
}

describe('write transactions', () => {
  it('wait for another writer (busy timeout) instead of failing when they read before writing', async () => {
    const file = join(tempDir(), 'pathwise.db');
    const service = createService(openDatabase(file), manualClock());
    const plan = ok(service.call('createGoal', { profile: profile() }));
    const item = plan.items[0]!;
    const finished = await holdWriteLock(file, 400);
    // logTime reads the item first, then writes: a deferred transaction would get SQLITE_BUSY at once.
    const entry = service.call('logTime', { itemId: item.id, minutes: 30 });
    expect(entry.ok ? 'ok' : entry.error.message).toBe('ok');
    await finished();
    const status = service.call('setItemStatus', { itemId: item.id, status: 'done' });
    expect(status.ok).toBe(true);
    service.close();
  });

  it('all begin through the one IMMEDIATE helper', () => {
    const root = join(__dirname, '..', 'electron');
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
    const offenders = walk(root).filter((f) => !f.endsWith(join('store', 'tx.ts')) && /\.transaction\(|['"`]BEGIN\b/.test(readFileSync(f, 'utf8')));
    expect(offenders.map((f) => relative(root, f))).toEqual([]);
  });
});
