import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createService } from '../../electron/core/service/index';
import { openDataFolder } from '../../electron/core/store/folder';
import { openDatabase } from '../../electron/core/store/open';
import { ok, profile, tempDir } from '../helpers';
import { report, SOAK, timeout } from './scale';

const ROOT = join(import.meta.dirname, '..', '..');
const SECONDS = SOAK ? 30 : 8;

function run(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [join(ROOT, 'electron', 'cli', 'bin.mjs'), ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    p.stderr!.on('data', (b: Buffer) => (stderr += b.toString()));
    p.on('exit', (code) => resolve({ code, stderr }));
  });
}

describe('writers that never collide', () => {
  it(`three CLI writers and the preview, writing for ${SECONDS} s: no failure, no lost write`, { timeout: timeout(120_000, 300_000) }, async () => {
    const dir = tempDir();
    const db = openDatabase(join(dir, 'pathwise.db'), { backupDir: dir });
    const item = ok(createService(db).call('createGoal', { profile: profile(), title: 'Shared' })).items[0]!.id;
    db.close();

    const preview = spawn(process.execPath, [join(ROOT, 'electron', 'preview', 'bin.mjs'), '--port', '0', '--data-dir', dir], {
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
    const html = await (await fetch(url)).text();
    const token = /name="pathwise-token" content="([^"]+)"/.exec(html)![1]!;

    const acked: string[] = [];
    const failures: string[] = [];
    const deadline = Date.now() + SECONDS * 1000;
    const cliWriter = async (w: number) => {
      for (let n = 0; Date.now() < deadline; n++) {
        const note = `cli${w}-${n}`;
        const r = await run(['item', 'log', String(item), '--minutes', '1', '--note', note, '--data-dir', dir]);
        if (r.code === 0) acked.push(note);
        else failures.push(`${note}: ${r.stderr.trim()}`);
      }
    };
    const previewWriter = async () => {
      for (let n = 0; Date.now() < deadline; n++) {
        const note = `web-${n}`;
        const res = await fetch(`${url}api/logTime`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Pathwise-Token': token },
          body: JSON.stringify({ itemId: item, minutes: 1, note }),
        });
        const r = (await res.json()) as { ok: boolean; error?: { message: string } };
        if (r.ok) acked.push(note);
        else failures.push(`${note}: ${r.error?.message}`);
      }
    };
    await Promise.all([cliWriter(1), cliWriter(2), cliWriter(3), previewWriter()]);
    preview.kill('SIGTERM');
    await new Promise((r) => preview.on('exit', r));

    const folder = openDataFolder(dir, 'cli');
    const notes = new Set(folder.db.prepare("SELECT note FROM progress_log WHERE kind = 'time'").pluck().all() as string[]);
    folder.close();
    const lost = acked.filter((n) => !notes.has(n));
    const busy = failures.filter((f) => /BUSY|locked/i.test(f));
    report('concurrent writers', {
      seconds: SECONDS,
      cliWrites: acked.filter((n) => n.startsWith('cli')).length,
      previewWrites: acked.filter((n) => n.startsWith('web')).length,
      failures: failures.length,
      busyFailures: busy.length,
      lostWrites: lost.length,
    });
    expect(failures).toEqual([]);
    expect(lost).toEqual([]);
    expect(acked.filter((n) => n.startsWith('cli')).length).toBeGreaterThanOrEqual(3);
  });
});
