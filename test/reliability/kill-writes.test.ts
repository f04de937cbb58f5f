import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createService } from '../../electron/core/service/index';
import { openDataFolder } from '../../electron/core/store/folder';
import { openDatabase } from '../../electron/core/store/open';
import { ok, profile, tempDir } from '../helpers';
import { startChild, sleep } from './child';
import { report, scaled, timeout } from './scale';

const KILLS = scaled(6, 100);

describe('SIGKILL during writes', () => {
  it(`loses no acknowledged write and leaves a sound database (${KILLS} kills)`, { timeout: timeout(170_000, 1_800_000) }, async () => {
    const dir = tempDir();
    const db = openDatabase(join(dir, 'pathwise.db'), { backupDir: dir });
    const plan = ok(createService(db).call('createGoal', { profile: profile(), title: 'Kill me' }));
    db.close();
    const item = plan.items[0]!.id;
    const acked = new Set<string>();
    let next = 0;
    for (let i = 0; i < KILLS; i++) {
      const child = startChild('test/reliability/workers/write-child.ts', [dir, String(item), String(next)]);
      await child.waitFor(/^\d+$/);
      await sleep(20 + Math.random() * 200);
      child.proc.kill('SIGKILL');
      await child.exited;
      for (const l of child.lines) if (/^\d+$/.test(l)) acked.add(`w${l}`);
      next += 1_000_000;
      // The next open after every kill: no damage reported, every acknowledged write present.
      const folder = openDataFolder(dir, 'cli');
      try {
        expect(folder.db.pragma('integrity_check', { simple: true })).toBe('ok');
        const notes = new Set(folder.db.prepare("SELECT note FROM progress_log WHERE kind = 'time'").pluck().all() as string[]);
        const lost = [...acked].filter((n) => !notes.has(n));
        expect(lost, `after kill ${i + 1}`).toEqual([]);
      } finally {
        folder.close();
      }
    }
    report('write SIGKILL loop', { kills: KILLS, acknowledgedWrites: acked.size, lost: 0 });
  });
});
