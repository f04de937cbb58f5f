import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const DIST = join(ROOT, 'dist', 'node');

/** The files an entry loads before it runs: itself and its static imports, transitively. */
function staticallyLoaded(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(join(DIST, file), 'utf8');
    for (const m of text.matchAll(/(?:^|[;\n])\s*(?:import|export)\s[^;'"]*?from\s*"\.\/([^"]+)"/g)) visit(m[1]!);
  };
  visit(entry);
  return [...seen];
}

describe('the node bundles (built by prepare and by npm test)', () => {
  it('the bins start plain JavaScript, never TypeScript through tsx', () => {
    for (const bin of ['electron/cli/bin.mjs', 'electron/preview/bin.mjs']) {
      const text = readFileSync(join(ROOT, bin), 'utf8');
      expect(text, bin).not.toMatch(/tsx|\.ts'/);
      expect(text, bin).toMatch(/dist\/node\/(cli|preview)\.mjs/);
    }
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; scripts: Record<string, string> };
    expect(Object.keys(pkg.dependencies)).not.toContain('tsx');
    expect(Object.keys(pkg.dependencies)).not.toContain('date-fns');
    expect(pkg.scripts.prepare).toMatch(/build-cli/);
  });

  it('a command that does not export never loads the exporters', () => {
    const loaded = staticallyLoaded('cli.mjs');
    const text = loaded.map((f) => readFileSync(join(DIST, f), 'utf8')).join('\n');
    expect(text).toMatch(/listGoals/);
    // The calendar writer and the CSV writer belong to the exporters alone.
    expect(text).not.toMatch(/BEGIN:VCALENDAR|ICalCalendar/);
    expect(text).not.toMatch(/csv-stringify|CsvError/);
    expect(readFileSync(join(DIST, 'cli.mjs'), 'utf8')).toMatch(/import\("\.\/export-[\w-]+\.mjs"\)/);
  });

  it('an install without dev dependencies finishes: prepare skips the build and says why; a build asked for fails', () => {
    // A folder with no node_modules above it resolves esbuild the way `npm ci --omit=dev` leaves it: not at all.
    const dir = mkdtempSync(join(tmpdir(), 'pathwise-prepare-'));
    try {
      copyFileSync(join(ROOT, 'scripts', 'build-cli.mjs'), join(dir, 'build-cli.mjs'));
      // A bundle from an older checkout must not survive to run as if it were this code.
      mkdirSync(join(dir, 'dist', 'node'), { recursive: true });
      writeFileSync(join(dir, 'dist', 'node', 'cli.mjs'), '// old');
      const run = (event: string) =>
        spawnSync(process.execPath, ['build-cli.mjs'], { cwd: dir, encoding: 'utf8', env: { ...process.env, npm_lifecycle_event: event } });
      const prepare = run('prepare');
      expect(prepare.status).toBe(0);
      expect(prepare.stderr).toMatch(/skipped building the command: esbuild is a dev dependency/);
      expect(existsSync(join(dir, 'dist', 'node'))).toBe(false);
      const asked = run('build:node');
      expect(asked.status).not.toBe(0);
      expect(asked.stderr).toMatch(/esbuild/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
