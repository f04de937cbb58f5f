/// <reference lib="dom" />
import AxeBuilder from '@axe-core/playwright';
import { readdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { ok } from '../helpers';
import { DAMAGE, damageUnder, folderWithBackup } from '../reliability/fixtures';
import { launchChromium, startApp, watch, type RunningApp } from './harness';

const SHOTS = process.env.PATHWISE_SHOTS;

describe('the recovery screen (browser preview, real Chromium)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function damagedApp(): Promise<{ app: RunningApp; dir: string }> {
    const { dir, file } = folderWithBackup();
    DAMAGE['zeroed header'](file);
    return { app: await startApp(dir), dir };
  }

  it('lists the backups, says where the damaged files went, and passes axe in every theme and size', async () => {
    const { app, dir } = await damagedApp();
    try {
      for (const theme of ['light', 'dark', 'contrast'] as const) {
        for (const [width, height] of [
          [1280, 800],
          [1024, 700],
        ] as const) {
          const context = await browser.newContext({ viewport: { width, height }, colorScheme: theme === 'dark' ? 'dark' : 'light' });
          await context.addInitScript((t) => localStorage.setItem('pathwise.theme', t), theme);
          const page = await context.newPage();
          const seen = watch(page);
          await page.goto(app.preview.url);
          await page.getByRole('heading', { name: 'Pathwise cannot use its database' }).waitFor();
          const moved = readdirSync(dir).find((n) => n.startsWith('damaged-'))!;
          await expect.poll(() => page.getByRole('alert').first().textContent()).toMatch(/is not an SQLite database \(its header is wrong\)/);
          expect(await page.getByText(moved, { exact: false }).count()).toBeGreaterThan(0);
          await expect
            .poll(() =>
              page
                .getByRole('list', { name: 'Backups, newest first' })
                .getByRole('button', { name: /^Restore the backup of / })
                .count(),
            )
            .toBe(1);
          const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
          expect(axe.violations.map((v) => `${theme} ${width}: ${v.id}`)).toEqual([]);
          if (SHOTS) await page.screenshot({ path: `${SHOTS}/recovery-${theme}-${width}.png` });
          expect(seen.errors).toEqual([]);
          await context.close();
        }
      }
    } finally {
      await app.stop();
    }
  });

  it("restores a backup in one click from the keyboard, then shows the learner's goal", async () => {
    const { app } = await damagedApp();
    try {
      const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
      await page.goto(app.preview.url);
      const restore = page.getByRole('button', { name: /^Restore the backup of / });
      await restore.waitFor();
      for (let i = 0; i < 10 && !(await restore.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await page.getByRole('navigation', { name: 'Goals' }).getByRole('button', { name: /Kept/ }).waitFor({ timeout: 15_000 });
      expect(await page.getByRole('heading', { name: 'Pathwise cannot use its database' }).count()).toBe(0);
    } finally {
      await app.stop();
    }
  });

  it('takes the window there when damage turns up mid-session, and a restore brings the goal back', async () => {
    const { dir } = folderWithBackup();
    const app = await startApp(dir);
    try {
      const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
      const goal = ok(app.service.call('listGoals', {})).find((g) => g.title === 'After backup')!;
      await page.goto(`${app.preview.url}#goal=${goal.id}&tab=plan`);
      await page.getByRole('heading', { level: 1, name: 'After backup' }).waitFor();
      // The plan shows before the page's other first reads are done; the tick must be the next request.
      await page.waitForLoadState('networkidle');
      damageUnder(app.db, join(dir, 'pathwise.db'));
      // The learner's next tick is where SQLite meets the damaged pages.
      await page.getByRole('checkbox', { name: /done/i }).first().click();
      await page.getByRole('heading', { name: 'Pathwise cannot use its database' }).waitFor();
      await expect.poll(() => page.getByRole('alert').first().textContent()).toMatch(/The database is damaged/);
      await page.getByRole('button', { name: /^Restore the backup of / }).click();
      await page.getByRole('navigation', { name: 'Goals' }).getByRole('button', { name: /Kept/ }).waitFor({ timeout: 15_000 });
    } finally {
      await app.stop();
    }
  });
});
