import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDataHolder } from '../../electron/core/service/holder';
import { BackupError } from '../../electron/core/store/backup';
import { openDataFolder } from '../../electron/core/store/folder';
import { LATEST_VERSION } from '../../electron/core/store/migrations/index';
import { restoreBackup } from '../../electron/core/store/restore';
import Database from 'better-sqlite3';
import { ok, profile } from '../helpers';
import { cli, folderWithBackup, titles } from './fixtures';

/** A process that is surely dead: one that has already exited. */
const deadPid = () => spawnSync(process.execPath, ['-e', '0']).pid!;

describe('one owner for destructive operations', () => {
  it('a CLI restore while the app has the database open is refused, naming the window; every acknowledged write survives', () => {
    const { dir, backup } = folderWithBackup();
    const app = openDataHolder(dir, 'app', { log: () => undefined });
    const write = (n: number) => ok(app.service.call('createGoal', { profile: profile(), title: `Written ${n}` }));
    for (let n = 1; n <= 5; n++) write(n);
    const r = cli(dir, ['backup', 'restore', backup]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^pathwise: Cannot restore now: the Pathwise window \(pid \d+\) has the database open: close the Pathwise window, then try again\. The database was left unchanged\.\n$/,
    );
    for (let n = 6; n <= 10; n++) write(n);
    app.close();
    expect(readdirSync(dir).some((n) => n.startsWith('replaced-'))).toBe(false);
    const now = titles(dir);
    for (let n = 1; n <= 10; n++) expect(now).toContain(`Written ${n}`);
  });

  it('a restore while "npm run web" runs is refused naming it, and goes through once it stopped', async () => {
    const { dir, backup } = folderWithBackup();
    // The real command, as the learner runs it.
    const preview = spawn(process.execPath, [join(import.meta.dirname, '..', '..', 'electron', 'preview', 'bin.mjs'), '--port', '0', '--data-dir', dir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      preview.stdout!.on('data', (b: Buffer) => {
        out += b.toString();
        const m = /^(http:\/\/127\.0\.0\.1:\d+\/)$/m.exec(out);
        if (m) resolve(m[1]!);
      });
      preview.on('exit', (code) => reject(new Error(`npm run web exited (${code})`)));
    });
    try {
      expect(url).toMatch(/^http:/);
      let refused: unknown;
      try {
        restoreBackup(dir, backup);
      } catch (e) {
        refused = e;
      }
      expect(refused).toBeInstanceOf(BackupError);
      expect((refused as Error).message).toMatch(/"npm run web" \(pid \d+\) has the database open: stop npm run web/);
      expect(titles(dir).sort()).toEqual(['After backup', 'Kept']);
    } finally {
      // Stopped even when an expectation fails, so no server outlives the test.
      preview.kill('SIGTERM');
      await new Promise((r) => preview.on('exit', r));
    }
    restoreBackup(dir, backup);
    expect(titles(dir)).toEqual(['Kept']);
  });

  it('the record of a crashed process is stale and does not block a restore', () => {
    const { dir, backup } = folderWithBackup();
    mkdirSync(join(dir, 'owners'), { recursive: true });
    const pid = deadPid();
    writeFileSync(join(dir, 'owners', `${pid}-app.json`), '{');
    restoreBackup(dir, backup);
    expect(existsSync(join(dir, 'owners', `${pid}-app.json`))).toBe(false);
    expect(titles(dir)).toEqual(['Kept']);
  });

  it.runIf(process.platform === 'linux')('a record whose pid now belongs to another process is stale (Linux: start times in /proc)', async () => {
    const { dir, backup } = folderWithBackup();
    // A live process under the record's pid that started at another time: the pid was reused.
    const stranger = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    mkdirSync(join(dir, 'owners'), { recursive: true });
    const record = join(dir, 'owners', `${stranger.pid}-app.json`);
    writeFileSync(record, JSON.stringify({ pid: stranger.pid, kind: 'app', since: '2026-11-20T10:00:00.000Z', start: '1' }));
    writeFileSync(join(dir, 'owners', 'restore.lock'), `${stranger.pid} 1`);
    try {
      restoreBackup(dir, backup);
      expect(existsSync(record)).toBe(false);
      expect(titles(dir)).toEqual(['Kept']);
    } finally {
      stranger.kill('SIGKILL');
      await new Promise((r) => stranger.on('exit', r));
    }
  });

  it.runIf(process.platform === 'linux')('a restore lock left under our own pid by a process before a reboot does not block us', () => {
    const { dir, backup } = folderWithBackup();
    mkdirSync(join(dir, 'owners'), { recursive: true });
    // Same pid as this process, another start time: what a crash, a reboot and pid reuse leave behind.
    writeFileSync(join(dir, 'owners', 'restore.lock'), `${process.pid} 1`);
    restoreBackup(dir, backup);
    expect(titles(dir)).toEqual(['Kept']);
  });

  it('no process opens the database while another restores it', async () => {
    const { dir } = folderWithBackup();
    const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    mkdirSync(join(dir, 'owners'), { recursive: true });
    writeFileSync(join(dir, 'owners', 'restore.lock'), String(sleeper.pid));
    expect(() => openDataFolder(dir, 'cli')).toThrow(new RegExp(`a restore \\(pid ${sleeper.pid}\\) is replacing the database: wait for it to finish`));
    sleeper.kill('SIGKILL');
    await new Promise((r) => sleeper.on('exit', r));
    expect(titles(dir).sort()).toEqual(['After backup', 'Kept']);
  });
});

describe('restores', () => {
  it('refuse a backup written by a newer Pathwise with the newer-database message, leaving the database as it was', () => {
    const { dir } = folderWithBackup();
    const name = 'pathwise-20261120T100000000Z-manual.db';
    const newer = new Database(join(dir, 'backups', name));
    newer.pragma(`user_version = ${LATEST_VERSION + 1}`);
    newer.close();
    expect(() => restoreBackup(dir, name)).toThrow(
      /was written by a newer Pathwise \(schema version \d+; this version knows up to \d+\)\. It was left untouched: update Pathwise to open it\./,
    );
    expect(titles(dir).sort()).toEqual(['After backup', 'Kept']);
  });

  it('interrupted after the journal, are finished by the next open, whatever step the kill hit', () => {
    for (const step of ['copied', 'wal moved', 'database moved'] as const) {
      const { dir, file, backup } = folderWithBackup();
      const aside = join(dir, 'replaced-20261126T100000000Z');
      copyFileSync(join(dir, 'backups', backup), file + '.restoring');
      writeFileSync(join(dir, 'restore-journal.json'), JSON.stringify({ backup, setAside: aside }));
      mkdirSync(aside);
      if (step !== 'copied') writeFileSync(join(aside, 'pathwise.db-wal'), '');
      if (step === 'database moved') renameSync(file, join(aside, 'pathwise.db'));
      expect(titles(dir), step).toEqual(['Kept']);
      expect(existsSync(join(dir, 'restore-journal.json'))).toBe(false);
      const old = new Database(join(aside, 'pathwise.db'), { readonly: true });
      expect(old.prepare('SELECT title FROM goals ORDER BY id').pluck().all(), step).toEqual(['Kept', 'After backup']);
      old.close();
    }
  });

  it('killed before the journal was written, leave the database as it was', () => {
    const { dir, file, backup } = folderWithBackup();
    writeFileSync(file + '.restoring', 'half a copy');
    expect(titles(dir).sort()).toEqual(['After backup', 'Kept']);
    restoreBackup(dir, backup);
    expect(titles(dir)).toEqual(['Kept']);
  });
});
