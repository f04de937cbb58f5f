import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createService } from '../../electron/core/service/index';
import { createBackup } from '../../electron/core/store/backup';
import { openDataFolder } from '../../electron/core/store/folder';
import { openDatabase } from '../../electron/core/store/open';
import { restoreBackup } from '../../electron/core/store/restore';
import { ok, profile, tempDir } from '../helpers';
import { startChild, sleep } from './child';
import { report, scaled, timeout } from './scale';

const KILLS = scaled(6, 100);
const MB = 30;

/** A data folder with a database of at least 30 MB and two backups of it, "Alpha" and "Beta". */
function bigFolder() {
  const dir = tempDir();
  const db = openDatabase(join(dir, 'pathwise.db'), { backupDir: dir });
  const service = createService(db, undefined, { dataDir: dir });
  const goal = ok(service.call('createGoal', { profile: profile(), title: 'Alpha' })).goal.id;
  // Padding the learner's notes up to the size of a long-used database.
  db.prepare("INSERT INTO settings (key, value) VALUES ('padding', ?)").run(randomBytes((MB * 1024 * 1024) / 2).toString('hex'));
  const alpha = createBackup(db, dir, 'manual', new Date('2026-11-01T00:00:00Z')).name;
  ok(service.call('updateGoal', { goalId: goal, title: 'Beta' }));
  const beta = createBackup(db, dir, 'manual', new Date('2026-11-02T00:00:00Z')).name;
  db.close();
  return { dir, backups: { Alpha: alpha, Beta: beta } };
}

function titleIn(dir: string): string[] {
  const folder = openDataFolder(dir, 'cli');
  try {
    return ok(createService(folder.db).call('listGoals', {})).map((g) => g.title);
  } finally {
    folder.close();
  }
}

describe('SIGKILL during restores of a 30 MB database', () => {
  it(`never leaves the learner without their data (${KILLS} kills)`, { timeout: timeout(170_000, 1_800_000) }, async () => {
    const { dir, backups } = bigFolder();
    expect(titleIn(dir)).toEqual(['Beta']);
    // How long one restore takes here, so the kills fall across all of it.
    const t0 = performance.now();
    restoreBackup(dir, backups.Alpha);
    const restoreMs = performance.now() - t0;
    let state = 'Alpha';
    let completed = 0;
    let interrupted = 0;
    let withoutData = 0;
    let finishedByNextOpen = 0;
    for (let i = 0; i < KILLS; i++) {
      const target = state === 'Alpha' ? 'Beta' : 'Alpha';
      const child = startChild('test/reliability/workers/restore-child.ts', [dir, backups[target as 'Alpha' | 'Beta']]);
      await child.waitFor(/^ready$/);
      // A third of the kills at a random moment; the rest aimed at the narrow windows that matter:
      // while the copy is being written, and once the journal exists (the swap itself).
      const aim = ['random', 'copying', 'swapping'][i % 3]!;
      if (aim === 'random') await sleep(Math.random() * restoreMs * 2.5);
      else {
        const marker = join(dir, aim === 'copying' ? 'pathwise.db.restoring' : 'restore-journal.json');
        let gone = false;
        void child.exited.then(() => (gone = true));
        while (!gone && !existsSync(marker)) await new Promise((r) => setImmediate(r));
        if (Math.random() < 0.5) await new Promise((r) => setImmediate(r));
      }
      child.proc.kill('SIGKILL');
      await child.exited;
      if (child.lines.includes('done')) completed++;
      else interrupted++;
      if (existsSync(join(dir, 'restore-journal.json'))) finishedByNextOpen++;
      let now: string[];
      try {
        now = titleIn(dir);
      } catch (e) {
        throw new Error(`after kill ${i + 1} the data folder could not be opened: ${(e as Error).message}`, { cause: e });
      }
      if (now.length !== 1 || (now[0] !== state && now[0] !== target)) withoutData++;
      expect([[state], [target]]).toContainEqual(now);
      state = now[0]!;
      // The set-aside copies are 30 MB each: the test (not the app) clears them between rounds.
      for (const n of readdirSync(dir)) if (n.startsWith('replaced-')) rmSync(join(dir, n), { recursive: true });
    }
    expect(existsSync(join(dir, 'restore-journal.json'))).toBe(false);
    report('restore SIGKILL loop', {
      databaseMB: MB,
      restoreMs: Math.round(restoreMs),
      kills: KILLS,
      interruptedMidway: interrupted,
      completedBeforeKill: completed,
      killedMidSwapAndFinishedByNextOpen: finishedByNextOpen,
      runsWithoutData: withoutData,
    });
    expect(withoutData).toBe(0);
  });
});
