import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers';

const ROOT = join(import.meta.dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { build: Record<string, unknown>; scripts: Record<string, string> };

describe('electron-builder configuration', () => {
  it("passes electron-builder's own schema, which does reject a broken one", async () => {
    const { validateConfiguration } = await import('app-builder-lib/out/util/config/config.js');
    const { DebugLogger } = await import('builder-util');
    await expect(validateConfiguration(pkg.build as never, new DebugLogger(false))).resolves.toBeUndefined();
    await expect(validateConfiguration({ ...pkg.build, npmRebuld: false } as never, new DebugLogger(false))).rejects.toThrow(/npmRebuld/);
  });

  it("names the app, its icon and categories, and every OS's installer in one place", () => {
    const b = pkg.build as Record<string, Record<string, unknown>> & { appId: string; productName: string };
    expect(b.appId).toBe('app.pathwise.desktop');
    expect(b.productName).toBe('Pathwise');
    expect(b.linux).toMatchObject({ target: ['AppImage', 'deb'], category: 'Education', icon: 'build/icon.png' });
    expect(b.win).toMatchObject({ target: ['nsis'] });
    expect(b.mac).toMatchObject({ target: ['dmg'], category: 'public.app-category.education' });
    expect(existsSync(join(ROOT, 'build', 'icon.png'))).toBe(true);
    expect(pkg.scripts.dist).toMatch(/electron-builder --publish never$/);
  });

  it('rebuilds no native module on install or by electron-builder, and flips the hardening fuses', () => {
    expect(pkg.scripts.postinstall).toBeUndefined();
    expect(pkg.build.npmRebuild).toBe(false);
    expect(pkg.build.afterPack).toBe('scripts/after-pack.cjs');
    expect(pkg.build.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(pkg.scripts['dist:e2e']).toContain('-c.electronFuses.enableNodeCliInspectArguments=true');
  });
});

describe('the real app.asar, built with a stand-in Electron', () => {
  let listing: string[];
  let asar: typeof import('@electron/asar');
  let out: string;

  beforeAll(async () => {
    const built = spawnSync(process.execPath, ['scripts/build-electron.mjs'], { cwd: ROOT, encoding: 'utf8' });
    expect(built.status, built.stderr).toBe(0);
    const standIn = join(tempDir('file'), 'electron-dist');
    mkdirSync(standIn, { recursive: true });
    writeFileSync(join(standIn, 'electron'), '#!/bin/sh\necho stand-in\n');
    chmodSync(join(standIn, 'electron'), 0o755);
    writeFileSync(join(standIn, 'LICENSE'), 'stand-in');
    writeFileSync(join(standIn, 'version'), '45.4.1');
    out = join(tempDir('file'), 'release');
    const { build, Platform } = await import('electron-builder');
    process.env.PATHWISE_LAYOUT_ONLY = '1';
    try {
      await build({
        projectDir: ROOT,
        targets: Platform.LINUX.createTarget('dir'),
        // A stand-in binary has no fuse wire; the real build's fuses are read back by scripts/check-fuses.mjs.
        config: {
          ...(pkg.build as object),
          electronFuses: null,
          electronDist: standIn,
          electronVersion: '45.4.1',
          directories: { output: out, buildResources: 'build' },
        } as never,
        publish: 'never',
      });
    } finally {
      delete process.env.PATHWISE_LAYOUT_ONLY;
    }
    asar = await import('@electron/asar');
    listing = asar.listPackage(join(out, 'linux-unpacked', 'resources', 'app.asar'), { isPack: false });
  }, 120_000);

  it('holds the renderer, the main process, the preload and the catalog', () => {
    for (const f of ['/package.json', '/dist/electron/main.cjs', '/dist/electron/preload.cjs', '/dist/renderer/index.html', '/build/icon.png'])
      expect(listing).toContain(f);
    expect(listing.some((f) => /^\/dist\/renderer\/assets\/index-.*\.js$/.test(f))).toBe(true);
    const main = asar.extractFile(join(out, 'linux-unpacked', 'resources', 'app.asar'), 'dist/electron/main.cjs').toString();
    expect(main).toContain('tf-developer-certificate');
    expect(main).toContain('Deep Learning Specialization');
  });

  it('leaves out sources, tests, source maps and dev-only packages', () => {
    const bad = listing.filter(
      (f) =>
        /\.(ts|tsx|map)$/.test(f) ||
        /^\/(electron|shared|test|bench|scripts|renderer|docs|examples|release|\.ci)(\/|$)/.test(f) ||
        (f.startsWith('/node_modules/') && !/^\/node_modules\/(better-sqlite3|bindings|file-uri-to-path)(\/|$)/.test(f)),
    );
    expect(bad).toEqual([]);
  });

  it('keeps the native module unpacked beside the archive', () => {
    const native = 'node_modules/better-sqlite3/build/Release/better_sqlite3.node';
    expect(existsSync(join(out, 'linux-unpacked', 'resources', 'app.asar.unpacked', native))).toBe(true);
    expect((asar.statFile(join(out, 'linux-unpacked', 'resources', 'app.asar'), native) as { unpacked?: boolean }).unpacked).toBe(true);
  });
});
