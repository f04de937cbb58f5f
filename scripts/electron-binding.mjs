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
    // An npm config that sets nodedir silently makes node-gyp build for Node's ABI (this happens on
    // machines set up for native addons), so node-gyp runs directly, without npm's config in its
    // environment. The ABI check below catches anything that still slips through.
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_config_/i.test(k)));
    const bundled = join(dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
    const [cmd, pre] = existsSync(bundled) ? [process.execPath, [bundled]] : ['npx', ['--yes', 'node-gyp']];
    const gyp = spawnSync(cmd, [...pre, 'rebuild', '--release', `--target=${version}`, '--runtime=electron', '--dist-url=https://electronjs.org/headers'], {
      cwd: join(work, 'better-sqlite3'),
      env,
      encoding: 'utf8',
    });
    if (gyp.status !== 0) {
      const cause = `${gyp.stderr ?? ''}`.split('\n').find((l) => /gyp ERR! stack Error:|gyp ERR! (configure|build) error/.test(l)) ?? '';
      throw new Error(
        `building better-sqlite3 for Electron ${version} failed (node-gyp exited ${gyp.status}${cause ? `: ${cause.replace(/^gyp ERR! (stack )?/, '').trim()}` : ''}); ` +
          "it needs a C++ toolchain and Electron's headers from electronjs.org",
      );
    }
    const built = join(work, 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
    assertModuleVersion(built, abi, `Electron ${version}`);
    mkdirSync(dirname(out), { recursive: true });
    cpSync(built, out);
    return out;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
