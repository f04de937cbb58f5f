import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * A crash or power cut can only be survived if data reaches the disk before the rename that publishes
 * it, and the rename before anything that relies on it. Nothing observable in a test run shows a missing
 * fsync, so these tests watch the calls themselves: every file system call the writers make, in order.
 */
const events: string[] = [];

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const opened = new Map<number, string>();
  return {
    ...fs,
    openSync: (path: string, ...rest: Parameters<typeof fs.openSync> extends [unknown, ...infer R] ? R : never) => {
      const fd = fs.openSync(path, ...rest);
      opened.set(fd, String(path));
      return fd;
    },
    closeSync: (fd: number) => {
      opened.delete(fd);
      fs.closeSync(fd);
    },
    fsyncSync: (fd: number) => {
      events.push(`fsync ${opened.get(fd)}`);
      fs.fsyncSync(fd);
    },
    renameSync: (from: string, to: string) => {
      events.push(`rename ${from} -> ${to}`);
      fs.renameSync(from, to);
    },
    copyFileSync: (from: string, to: string, mode?: number) => {
      events.push(`copy ${from} -> ${to}`);
      fs.copyFileSync(from, to, mode);
    },
  };
});

const { writeFileAtomic } = await import('../../electron/core/files/atomic');
const { restoreBackup } = await import('../../electron/core/store/restore');
const { folderWithBackup } = await import('./fixtures');
const { tempDir } = await import('../helpers');

/** Where an event matching `pattern` first happens, from `after` on; fails the test when it never does. */
function at(pattern: RegExp, after = 0): number {
  const i = events.findIndex((e, k) => k >= after && pattern.test(e));
  expect(i, `${pattern} after event ${after} in:\n${events.join('\n')}`).toBeGreaterThanOrEqual(0);
  return i;
}
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

beforeEach(() => {
  events.length = 0;
});

describe('durable writes, in the order a crash needs', () => {
  it('an atomic file write syncs the new content, then renames it in, then syncs the folder', () => {
    const dir = tempDir();
    const target = join(dir, 'plan.md');
    writeFileAtomic(target, 'hello');
    const synced = at(new RegExp(`^fsync ${esc(target)}\\.\\d+\\.partial$`));
    const renamed = at(new RegExp(`^rename ${esc(target)}\\.\\d+\\.partial -> ${esc(target)}$`), synced + 1);
    at(new RegExp(`^fsync ${esc(dir)}$`), renamed + 1);
  });

  it('a restore syncs the staged copy before the journal, the journal before the swap, and the folder after it', () => {
    const { dir, backup } = folderWithBackup();
    events.length = 0;
    restoreBackup(dir, backup);
    const live = join(dir, 'pathwise.db');
    const staged = `${live}.restoring`;
    const copied = at(new RegExp(`^copy .*${esc(backup)} -> ${esc(staged)}$`));
    const stagedSynced = at(new RegExp(`^fsync ${esc(staged)}$`), copied + 1);
    const journalSynced = at(/^fsync .*restore-journal\.json\.\d+\.partial$/, stagedSynced + 1);
    const journal = at(/^rename .*restore-journal\.json\.\d+\.partial -> .*restore-journal\.json$/, journalSynced + 1);
    const journalDir = at(new RegExp(`^fsync ${esc(dir)}$`), journal + 1);
    const setAside = at(new RegExp(`^rename ${esc(live)} -> .*replaced-`), journalDir + 1);
    const swapped = at(new RegExp(`^rename ${esc(staged)} -> ${esc(live)}$`), setAside + 1);
    at(new RegExp(`^fsync ${esc(dir)}$`), swapped + 1);
  });
});
