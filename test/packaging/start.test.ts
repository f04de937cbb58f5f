import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const installed = existsSync(join(ROOT, 'node_modules', 'electron', 'path.txt'));

describe("npm start without Electron's binary", () => {
  it.skipIf(installed)('says so in one line, with what to do, and no stack trace', () => {
    // An unreachable mirror makes the download fail at once, as it does offline.
    const r = spawnSync(process.execPath, ['scripts/start.mjs'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, ELECTRON_MIRROR: 'http://127.0.0.1:9/', electron_config_cache: join(ROOT, 'dist', 'no-cache') },
      timeout: 120_000,
    });
    expect(r.status).toBe(1);
    const lines = r.stderr
      .trim()
      .split('\n')
      .filter((l) => !/^npm warn/.test(l));
    expect(lines).toEqual([expect.stringMatching(/^pathwise: Electron's binary is not installed .* "npm run web"\.$/)]);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
