/// <reference lib="dom" />
// page.evaluate callbacks run in the browser, so these files see DOM types.
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { profile, tempDir } from '../helpers';
import { launchChromium, startApp, watch, type RunningApp } from './harness';

describe('several goals, themes and the empty state (real Chromium)', () => {
  let browser: Browser;
  let app: RunningApp;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    app = await startApp(tempDir('file'));
    page = await (await browser.newContext({ viewport: { width: 1280, height: 860 } })).newPage();
    page.setDefaultTimeout(8000);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('starts from a welcome screen that can open a sample goal', async () => {
    await page.goto(app.preview.url);
    await page.getByRole('button', { name: 'Explore a sample goal' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Sample: deep learning for vision and NLP');
  });

  it('switches between goals, renames, archives and restores', async () => {
    app.service.call('createGoal', { profile: profile({ purpose: 'production', deployTargets: ['mobile'] }), title: 'Ship a phone app' });
    await page.reload();
    const goals = page.getByRole('navigation', { name: 'Goals' });
    await goals.getByRole('button', { name: /Ship a phone app/ }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Ship a phone app');

    await page.getByRole('button', { name: 'Rename' }).click();
    await page.getByLabel('Goal title').fill('Ship an Android app');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => goals.getByRole('button', { name: /Ship an Android app/ }).count()).toBe(1);

    await page.getByRole('button', { name: 'Archive' }).click();
    await expect.poll(() => goals.getByRole('button', { name: /Ship an Android app/ }).count()).toBe(0);
    await page.getByLabel('Show archived').check();
    await goals.getByRole('button', { name: /Ship an Android app/ }).click();
    await page.getByRole('button', { name: 'Restore' }).click();
    await page.getByLabel('Show archived').uncheck();
    await expect.poll(() => goals.getByRole('button', { name: /Ship an Android app/ }).count()).toBe(1);
  });

  it('deletes only after confirmation, and can undo', async () => {
    const goals = page.getByRole('navigation', { name: 'Goals' });
    await goals.getByRole('button', { name: /Ship an Android app/ }).click();
    await page.getByRole('button', { name: 'Delete' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete this goal?' });
    await dialog.getByRole('button', { name: 'Keep it' }).click();
    expect(await goals.getByRole('button', { name: /Ship an Android app/ }).count()).toBe(1);

    await page.getByRole('button', { name: 'Delete' }).click();
    await dialog.getByRole('button', { name: 'Delete goal' }).click();
    await expect.poll(() => goals.getByRole('button', { name: /Ship an Android app/ }).count()).toBe(0);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => goals.getByRole('button', { name: /Ship an Android app/ }).count()).toBe(1);
    const list = app.service.call('listGoals', {});
    expect(list.ok && list.value.map((g) => g.title)).toContain('Ship an Android app');
  });

  it('cycles light, dark and high-contrast themes, each accessible', async () => {
    const seen = watch(page);
    const themeButton = page.getByRole('button', { name: /theme; switch theme/ });
    for (const theme of ['light', 'dark', 'contrast']) {
      await themeButton.click();
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${theme}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).slice(0, 2)}`)).toEqual([]);
    }
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('contrast');
    expect(seen.errors).toEqual([]);
  });
});
