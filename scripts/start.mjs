// `npm start`: builds what the app needs and opens it. Every missing prerequisite is reported in one
// line that says what to do, never as a stack trace.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const fail = (message) => {
  process.stderr.write(`pathwise: ${message}\n`);
  process.exit(1);
};

function run(cmd, args, what) {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (r.status !== 0) fail(`${what} failed: ${(r.stderr || '').trim().split('\n').pop() || `exit ${r.status}`}`);
}

if (!existsSync(join(ROOT, 'node_modules', 'electron', 'package.json'))) fail('dependencies are missing; run "npm install" first.');

/** Electron's binary downloads on first use; where that cannot happen we say so instead of hanging. */
function electronBinary() {
  const dir = join(ROOT, 'node_modules', 'electron');
  const pathFile = join(dir, 'path.txt');
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH)
    return join(process.env.ELECTRON_OVERRIDE_DIST_PATH, existsSync(pathFile) ? readFileSync(pathFile, 'utf8') : 'electron');
  if (existsSync(pathFile)) {
    const exe = join(dir, 'dist', readFileSync(pathFile, 'utf8'));
    if (existsSync(exe)) return exe;
  }
  const install = spawnSync(process.execPath, [join(dir, 'install.js')], { cwd: dir, stdio: 'ignore', timeout: 120_000 });
  if (install.status === 0 && existsSync(pathFile)) return join(dir, 'dist', readFileSync(pathFile, 'utf8'));
  return null;
}

const exe = electronBinary();
if (!exe) {
  fail(
    "Electron's binary is not installed and could not be downloaded (this machine may be offline). " +
      'Run "npx install-electron" once you are online, or open Pathwise in your browser with "npm run web".',
  );
}

run('npx', ['vite', 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'error'], 'building the renderer');
run(process.execPath, ['scripts/build-electron.mjs'], 'building the main process');

try {
  const { ensureElectronBinding } = await import('./electron-binding.mjs');
  ensureElectronBinding();
} catch (e) {
  fail(`SQLite for Electron is not ready: ${e instanceof Error ? e.message : String(e)}`);
}

const r = spawnSync(exe, ['.', ...process.argv.slice(2)], { cwd: ROOT, stdio: 'inherit' });
process.exit(r.status ?? 0);
