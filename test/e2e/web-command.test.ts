import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers';

const BIN = join(import.meta.dirname, '..', '..', 'electron', 'preview', 'bin.mjs');

/** A port nothing listens on right now, found by asking the OS for one. */
function freePort(): Promise<string> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(String(port)));
    });
  });
}

/** Starts the preview command and resolves with its first line of output, then stops it. */
function firstLine(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ line: string; code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env } });
    let out = '';
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.stdout.on('data', (d) => {
      out += d;
      if (out.includes('\n')) child.kill('SIGTERM');
    });
    child.on('exit', (code) => resolve({ line: out.split('\n')[0]!, code, stderr: err }));
    child.on('error', reject);
    setTimeout(() => child.kill('SIGKILL'), 20_000);
  });
}

describe('npm run web', () => {
  it('prints the URL to open as its first line, on 127.0.0.1 and the port asked for', async () => {
    const viaFlag = await firstLine(['--port', '0', '--data-dir', tempDir()]);
    expect(viaFlag.line).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const port = await freePort();
    const viaEnv = await firstLine([], { PORT: port, PATHWISE_DATA_DIR: tempDir() });
    expect(viaEnv.line).toBe(`http://127.0.0.1:${port}/`);
  });

  it('refuses a bad port in one line', async () => {
    const r = await firstLine(['--port', 'eighty', '--data-dir', tempDir()]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('pathwise web: --port must be a number from 0 to 65535, got "eighty"');
  });
});
