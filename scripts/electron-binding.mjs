// Builds better-sqlite3 for Electron's ABI into dist/native, leaving node_modules (built for Node,
// which the tests use) untouched, so `npm test` and `npm start` work in one checkout in any order.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assertModuleVersion } from './abi.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export function electronTarget() {
  const dir = join(ROOT, 'node_modules', 'electron');
  return {
    version: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version,
    abi: readFileSync(join(dir, 'abi_version'), 'utf8').trim(),
  };
}

export function bindingPath(abi) {
  return join(ROOT, 'dist', 'native', `better_sqlite3-electron-${abi}.node`);
}

export function ensureElectronBinding() {
  const { version, abi } = electronTarget();
  const out = bindingPath(abi);
  if (existsSync(out)) {
    assertModuleVersion(out, abi, `Electron ${version}`);
    return out;
  }
  const work = mkdtempSync(join(tmpdir(), 'pathwise-native-'));
  try {
    const src = join(ROOT, 'node_modules', 'better-sqlite3');
    cpSync(src, join(work, 'better-sqlite3'), { recursive: true, filter: (p) => !p.includes(`${'better-sqlite3'}/build`) });
    // This machine's npm config sets nodedir, which silently makes node-gyp build for Node's ABI.
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_config_nodedir$/i.test(k)));
    const gyp = spawnSync(
      'npx',
      ['--yes', 'node-gyp', 'rebuild', '--release', `--target=${version}`, '--runtime=electron', '--dist-url=https://electronjs.org/headers', '--nodedir='],
      { cwd: join(work, 'better-sqlite3'), env, stdio: 'inherit' },
    );
    if (gyp.status !== 0) throw new Error(`building better-sqlite3 for Electron ${version} failed (node-gyp exited ${gyp.status}); it needs Electron's headers from electronjs.org`);
    const built = join(work, 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
    assertModuleVersion(built, abi, `Electron ${version}`);
    mkdirSync(dirname(out), { recursive: true });
    cpSync(built, out);
    return out;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
