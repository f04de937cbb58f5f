/// <reference lib="dom" />
// page.evaluate callbacks run in the browser, so these files see DOM types.
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers';
import { launchChromium, startApp, watch, type RunningApp } from './harness';

const SHOTS = process.env.PATHWISE_SHOTS;

describe('why each item is there, and swapping in an alternative (real Chromium)', () => {
  let browser: Browser;
  let app: RunningApp;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    app = await startApp(tempDir('file'));
    const made = app.service.call('createGoal', {
      title: 'Vision on phones',
      framework: 'pytorch',
      profile: {
        purpose: 'production',
        domains: ['vision'],
        deployTargets: ['mobile'],
        pythonLevel: 'none',
        mlLevel: 'none',
        scale: 'small',
        needsCpp: false,
        wantsVisualTools: false,
        needsInterop: false,
        wantsCertificate: false,
        hoursPerWeek: 5,
        startDate: '2026-11-30',
        targetDate: '2027-03-01',
      },
    });
    if (!made.ok) throw new Error(made.error.message);
    const basics = made.value.items.find((i) => i.resourceId === 'pytorch-learn-basics')!;
    app.service.call('logTime', { itemId: basics.id, minutes: 75 });
    page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    page.setDefaultTimeout(8000);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('shows each reason, lists alternatives in the item details and swaps one in keeping the logged time', async () => {
    const seen = watch(page);
    await page.goto(app.preview.url);
    await page.getByRole('tab', { name: 'Plan' }).click();
    const row = page.locator('.plan-item[data-resource-id="pytorch-learn-basics"]');
    await row.waitFor();
    await row.getByRole('button', { name: /Details/ }).click();
    expect(await row.locator('.item-why').textContent()).toMatch(/The first hands-on step in your framework/);
    const alternatives = row.getByRole('region', { name: 'Other ways to learn this' });
    await alternatives.getByRole('button', { name: /Swap in Deep Learning with PyTorch: A 60 Minute Blitz/ }).waitFor();
    expect(await alternatives.textContent()).toMatch(/Time you logged here stays counted/);
    await alternatives.scrollIntoViewIfNeeded();

    for (const theme of ['light', 'dark', 'contrast']) {
      await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
      const results = await new AxeBuilder({ page }).include('.plan-item').analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${theme}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).slice(0, 2)}`)).toEqual([]);
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/alternatives-${theme}.png` });
    }

    await alternatives.getByRole('button', { name: /Swap in Deep Learning with PyTorch: A 60 Minute Blitz/ }).click();
    const swapped = page.locator('.plan-item[data-resource-id="pytorch-60-minute-blitz"]');
    await swapped.waitFor();
    expect(await swapped.locator('.item-why').textContent()).toMatch(/You chose this/);
    expect(await swapped.locator('.item-meta').textContent()).toMatch(/logged 1 h 15 min/);
    expect(await page.locator('.plan-item[data-resource-id="pytorch-learn-basics"]').count()).toBe(0);
    // The open details now offer what was swapped out.
    await swapped.getByRole('button', { name: /Swap in PyTorch Tutorials: Learn the Basics instead of Deep Learning with PyTorch/ }).waitFor();
    const plan = app.service.call('getPlan', { goalId: 1 });
    expect(plan.ok && plan.value.items.find((i) => i.resourceId === 'pytorch-60-minute-blitz')?.minutesLogged).toBe(75);
    if (SHOTS) {
      await page.setViewportSize({ width: 1024, height: 700 });
      await swapped.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/swapped-1024-contrast.png` });
    }

    // The dashboard offers ways to catch up with the missed target, each with its figure.
    await page.getByRole('tab', { name: 'Dashboard' }).click();
    const catchUp = page.locator('.recovery');
    await catchUp.waitFor();
    const text = (await catchUp.textContent()) ?? '';
    expect(text).toMatch(/Study \d+ h a week instead of 5 h\./);
    expect(text).toMatch(/Move the target to \d{4}-\d{2}-\d{2}/);
    expect(text).not.toMatch(/drop/i);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/catch-up-1024-contrast.png` });
    expect(seen.errors).toEqual([]);
  });
});
