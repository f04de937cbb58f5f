/// <reference lib="dom" />
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers';
import { launchChromium, startApp, watch, type RunningApp } from './harness';

describe('onboarding with the plan-size preview (real Chromium, 1024×700)', () => {
  let browser: Browser;
  let app: RunningApp;

  beforeAll(async () => {
    browser = await launchChromium();
    app = await startApp(tempDir('file'));
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('a first run, with no goal yet, does not fetch the week view it cannot show', async () => {
    const page = await (await browser.newContext({ viewport: { width: 1024, height: 700 } })).newPage();
    const seen = watch(page);
    await page.goto(app.preview.url);
    await page.getByRole('button', { name: '+ New goal' }).waitFor();
    // Whatever the first screen needed has come by now; give a stray early fetch time to show itself.
    await page.waitForLoadState('networkidle');
    expect(seen.requests.filter((u) => u.includes('/assets/'))).not.toEqual([]);
    expect(seen.requests.filter((u) => /\/assets\/WeekScreen-/.test(u))).toEqual([]);
    expect(seen.errors).toEqual([]);
    await page.context().close();
  });

  it.each(['light', 'dark', 'contrast'])('shows the size of the plan before it exists, follows the pace, and is accessible in the %s theme', async (theme) => {
    const page = await (await browser.newContext({ viewport: { width: 1024, height: 700 } })).newPage();
    page.setDefaultTimeout(10_000);
    const seen = watch(page);
    await page.goto(app.preview.url);
    await page.evaluate((t) => localStorage.setItem('pathwise.theme', t), theme);
    await page.reload();
    await page.getByRole('button', { name: 'Start planning' }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('radio', { name: 'PyTorch' }).check();
    const size = page.getByTestId('plan-size');
    await expect.poll(() => size.textContent()).toMatch(/^About \d+ h: \d+ weeks at 6 h a week, done by /);
    const at6 = Number((await size.textContent())!.match(/: (\d+) weeks/)![1]);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${theme}: ${v.id}`)).toEqual([]);

    for (let i = 0; i < 6; i++) await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('spinbutton', { name: 'Hours a week' }).fill('12');
    await expect.poll(() => size.textContent()).toMatch(/at 12 h a week/);
    const at12 = Number((await size.textContent())!.match(/: (\d+) weeks/)![1]);
    // Twice the pace: about half the weeks (rounding up can add one).
    expect(at12).toBeGreaterThanOrEqual(Math.floor(at6 / 2));
    expect(at12).toBeLessThanOrEqual(Math.ceil(at6 / 2) + 1);
    // Nothing was created by looking.
    const goals = app.service.call('listGoals', {});
    expect(goals.ok && goals.value.length).toBe(0);
    expect(seen.errors).toEqual([]);
    await page.close();
  });
});
