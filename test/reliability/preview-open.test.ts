import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DAMAGE, folderWithBackup, makeNewer } from './fixtures';

const BIN = join(import.meta.dirname, '..', '..', 'electron', 'preview', 'bin.mjs');

/** Runs `npm run web`'s entry until it exits or prints its URL; then stops it. */
function web(dir: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [BIN, '--port', '0', '--data-dir', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    p.stdout!.on('data', (b: Buffer) => {
      stdout += b.toString();
      if (/Press Ctrl\+C/.test(stdout)) setTimeout(() => p.kill('SIGTERM'), 300);
    });
    p.stderr!.on('data', (b: Buffer) => (stderr += b.toString()));
    p.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('npm run web on a database it cannot use', () => {
  it('a newer database: one line, no stack trace, exit 1, the file untouched', async () => {
    const { dir, file } = folderWithBackup();
    makeNewer(file);
    const bytes = readFileSync(file);
    const r = await web(dir);
    expect(readFileSync(file).equals(bytes)).toBe(true);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      /^pathwise web: The database .*pathwise\.db was written by a newer Pathwise \(schema version \d+; this version knows up to \d+\)\. It was left untouched: update Pathwise to open it\.\n$/,
    );
  });

  it('a damaged database: one line naming the problem and the commands; the page serves the recovery screen', async () => {
    const { dir, file } = folderWithBackup();
    DAMAGE['damaged page'](file);
    const r = await web(dir);
    expect(r.stdout.split('\n')[0]).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(
      /^pathwise web: The database .* (fails its integrity check|is damaged).*moved to .*damaged-.*"pathwise backup list", then "pathwise backup restore NAME"\. The page offers the backups too\.\n$/,
    );
  });
});
