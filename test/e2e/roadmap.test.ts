/// <reference lib="dom" />
// page.evaluate callbacks run in the browser, so these files see DOM types.
import AxeBuilder from '@axe-core/playwright';
import type Database from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareResourceWriter } from '../../electron/core/store/resource-rows';
import { CATALOG } from '../../shared/catalog/index';
import { STAGES } from '../../shared/catalog/stages';
import { tempDir } from '../helpers';
import { PERSONAS } from '../personas/personas';
import { launchChromium, startApp, watch, type RunningApp } from './harness';

const SIZE = 56;

/** A goal whose plan holds `n` custom items spread over every milestone, some done or in progress. */
function seedMilestonePlan(app: RunningApp, n: number): void {
  const created = app.service.call('createGoal', { title: `A ${n}-item roadmap`, profile: PERSONAS[0]!.profile });
  if (!created.ok) throw new Error(created.error.message);
  const goalId = created.value.goal.id;
  const db: Database.Database = app.db;
  const template = CATALOG.find((r) => r.id === 'torch-compile')!;
  const write = prepareResourceWriter(db);
  const hours = Array.from({ length: n }, (_, i) => 2 + (i % 4));
  // The schedule is derived from the order and the hours, so only the items themselves are stored.
  const insert = db.prepare("INSERT INTO plan_items (goal_id, resource_id, position, origin, relevance, status) VALUES (?, ?, ?, 'learner', 0, ?)");
  db.transaction(() => {
    db.prepare('DELETE FROM plan_items WHERE goal_id = ?').run(goalId);
    for (let i = 0; i < n; i++) {
      const id = `custom-roadmap-${i}`;
      // Long, realistic titles: the layout must wrap them, not shrink them.
      const title = `${['Convolutional networks', 'Attention and transformers', 'Training loops and optimisers', 'On-device deployment'][i % 4]} part ${i + 1}`;
      const stage = STAGES[Math.floor((i * STAGES.length) / n)]!;
      write({ ...template, id, title, stage, url: `https://example.com/r/${i}`, hours: hours[i]!, custom: true, prerequisites: [], pick: {} }, 20_000 + i);
      insert.run(goalId, id, i, i < 6 ? 'done' : i < 8 ? 'in-progress' : i === 9 ? 'skipped' : 'not-started');
    }
  })();
}

describe('the roadmap (real Chromium)', () => {
  let browser: Browser;
  let app: RunningApp;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    const dir = tempDir('file');
    app = await startApp(dir);
    seedMilestonePlan(app, SIZE);
    await app.stop();
    app = await startApp(dir);
    page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    page.setDefaultTimeout(10_000);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  async function openRoadmap(theme: string) {
    await page.goto(app.preview.url);
    await page.evaluate((t) => localStorage.setItem('pathwise.theme', t), theme);
    await page.reload();
    await page.getByRole('tab', { name: 'Roadmap' }).click();
    await page.locator('.roadmap-node').first().waitFor();
  }

  it(`draws a ${SIZE}-item plan top-down by milestone, every box open, text at least 12 px, no sideways scrolling at 1280×800`, async () => {
    const seen = watch(page);
    await openRoadmap('light');
    expect(await page.locator('.roadmap-node').count()).toBe(SIZE);
    expect(await page.locator('.roadmap-milestone-head button[aria-expanded="true"]').count()).toBe(STAGES.length);
    const sizes = await page.locator('.roadmap-graph').evaluate((root) =>
      Array.from(root.querySelectorAll<HTMLElement>('*'))
        .filter((el) => Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== ''))
        .map((el) => parseFloat(getComputedStyle(el).fontSize)),
    );
    expect(sizes.length).toBeGreaterThan(SIZE * 2);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
    // Milestones come down the page in the curriculum's order.
    const tops = await page.locator('.roadmap-milestone').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
    // Nothing is cut off at the side: every box lies inside the window, and the page does not scroll sideways.
    const overflow = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth - window.innerWidth,
      boxes: Array.from(document.querySelectorAll('.roadmap-node')).filter((b) => b.getBoundingClientRect().right > window.innerWidth).length,
    }));
    expect(overflow).toEqual({ page: 0, boxes: 0 });
    expect(seen.errors).toEqual([]);
  });

  it.each(['light', 'dark', 'contrast'])('has no serious accessibility finding in the %s theme', async (theme) => {
    await openRoadmap(theme);
    const results = await new AxeBuilder({ page }).include('.roadmap').analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(
      serious.map(
        (v) =>
          `${theme}: ${v.id} (${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join('; ')})`,
      ),
    ).toEqual([]);
    // A box's text differs from its background (the white-on-white bug).
    const colours = await page
      .locator('.roadmap-node')
      .first()
      .evaluate((b) => {
        const s = getComputedStyle(b);
        return [s.color, s.backgroundColor];
      });
    expect(colours[0]).not.toBe(colours[1]);
  });

  it('opens an item from its box, by mouse or keyboard, and folds a milestone on click', async () => {
    await openRoadmap('light');
    await page.locator('.roadmap-node', { hasText: 'part 7' }).first().click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.getByRole('heading').first().textContent()).toMatch(/part 7$/);
    expect(await dialog.textContent()).toMatch(/In progress/);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);

    await page.locator('.roadmap-node').nth(2).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('dialog').getByRole('heading').first().textContent()).toMatch(/part 3$/);
    await page.keyboard.press('Escape');

    const head = page.locator('.roadmap-milestone-head button').first();
    await head.click();
    await expect.poll(() => head.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('.roadmap-node').count()).toBeLessThan(SIZE);
    expect(await page.getByRole('list', { name: 'Roadmap in order' }).locator('li').count()).toBe(SIZE);
  });
});
