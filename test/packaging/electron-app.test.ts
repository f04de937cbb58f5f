/// <reference lib="dom" />
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { _electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers';

const ROOT = join(import.meta.dirname, '..', '..');

/** The Electron binary, if this machine has one; it is downloaded on first use and may be missing. */
function electronBinary(): string | null {
  const pathFile = join(ROOT, 'node_modules', 'electron', 'path.txt');
  if (!existsSync(pathFile)) return null;
  const exe = join(ROOT, 'node_modules', 'electron', 'dist', readFileSync(pathFile, 'utf8'));
  return existsSync(exe) ? exe : null;
}

describe("the real desktop app (Playwright's Electron driver)", () => {
  it('starts on a throw-away data folder, completes onboarding, and every window is isolated and sandboxed', async (ctx) => {
    const exe = electronBinary();
    if (!exe) return ctx.skip("Electron's binary is not installed on this machine (it cannot be downloaded here); this test runs wherever it is");
    expect(spawnSync(process.execPath, ['scripts/build-electron.mjs'], { cwd: ROOT }).status).toBe(0);
    const { ensureElectronBinding } = await import('../../scripts/electron-binding.mjs' as string);
    ensureElectronBinding();
    const app = await _electron.launch({ executablePath: exe, args: ['.'], cwd: ROOT, env: { ...process.env, PATHWISE_DATA_DIR: tempDir() } });
    try {
      const page = await app.firstWindow();
      await page.getByRole('button', { name: 'Start planning' }).click();
      for (let i = 0; i < 6; i++) await page.getByRole('button', { name: 'Next' }).click();
      await page.getByRole('button', { name: /Create my .* plan/ }).click();
      await page.locator('.plan-item').first().waitFor();
      // getLastWebPreferences is not in Electron's public types; read it where the runtime has it.
      const prefs = await app.evaluate(({ BrowserWindow }) =>
        BrowserWindow.getAllWindows().map(
          (w) => (w.webContents as unknown as { getLastWebPreferences?: () => Record<string, unknown> }).getLastWebPreferences?.() ?? null,
        ),
      );
      expect(prefs.length).toBeGreaterThan(0);
      for (const p of prefs) if (p) expect(p).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
      // And from inside the page: no Node, and the bridge is the only thing the preload added.
      expect(await page.evaluate(() => typeof (globalThis as unknown as { process?: unknown }).process)).toBe('undefined');
      expect(await page.evaluate(() => location.href)).toBe('app://pathwise/index.html');
      expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
    } finally {
      await app.close();
    }
  }, 120_000);
});
