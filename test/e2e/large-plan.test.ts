/// <reference lib="dom" />
// page.evaluate callbacks run in the browser, so these files see DOM types.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers';
import { launchChromium, seedLargePlan, startApp, watch, type RunningApp } from './harness';

describe('a 2,000-item plan (real Chromium)', () => {
  let browser: Browser;
  let app: RunningApp;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    const dir = tempDir('file');
    app = await startApp(dir);
    seedLargePlan(app.db, 2000);
    await app.stop();
    app = await startApp(dir);
    page = await (await browser.newContext({ viewport: { width: 1360, height: 900 } })).newPage();
    page.setDefaultTimeout(10_000);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('renders only what is on screen and scrolls to the last item', async () => {
    const seen = watch(page);
    await page.goto(`${app.preview.url}#tab=plan`);
    await page.locator('.plan-item').first().waitFor();
    expect(await page.getByText(/2000 items/).count()).toBe(1);
    const rendered = await page.locator('.plan-item').count();
    expect(rendered).toBeGreaterThan(3);
    expect(rendered).toBeLessThan(60);

    await page.locator('.plan-scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await expect.poll(() => page.locator('.plan-item', { hasText: 'Seeded resource 2000' }).count()).toBe(1);
    expect(await page.locator('.plan-item').count()).toBeLessThan(60);

    await page.locator('.plan-scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight / 2));
    await expect.poll(() => page.locator('.plan-item').first().textContent()).toMatch(/Seeded resource 0[89]\d\d|Seeded resource 1[01]\d\d/);
    expect(seen.errors).toEqual([]);
  });

  it('marks an item done in a long plan, and the service records it', async () => {
    const id = Number(await page.locator('.plan-item').first().getAttribute('data-item-id'));
    const row = page.locator(`.plan-item[data-item-id="${id}"]`);
    await row.getByRole('checkbox').check();
    await expect.poll(() => row.getAttribute('class')).toContain('status-done');
    await expect
      .poll(() => {
        const r = app.service.call('getPlan', { goalId: 1 });
        return r.ok ? r.value.items.find((i) => i.id === id)?.status : null;
      })
      .toBe('done');
  });

  it('folds the roadmap of a large plan into milestones that open on click, beside the full list', async () => {
    await page.getByRole('tab', { name: 'Roadmap' }).click();
    const heads = page.locator('.roadmap-milestone-head button');
    await expect.poll(() => heads.count()).toBeGreaterThan(0);
    expect(await heads.evaluateAll((els) => els.map((e) => e.getAttribute('aria-expanded')))).not.toContain('true');
    expect(await page.locator('.roadmap-node').count()).toBe(0);
    await heads.first().click();
    await expect.poll(() => heads.first().getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => page.locator('.roadmap-node').count()).toBeGreaterThan(60);
    expect(await page.getByRole('list', { name: 'Roadmap in order' }).locator('li').count()).toBe(2000);
  });
});
