/// <reference lib="dom" />
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOG } from '../../shared/catalog/index';
import { profile, tempDir } from '../helpers';
import { launchChromium, startApp, watch, type RunningApp } from './harness';

const pad = (n: number) => String(n).padStart(2, '0');
const localDay = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const shown = (day: string) =>
  new Intl.DateTimeFormat('en-US', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
const hoursOf = new Map(CATALOG.map((r) => [r.id, r.hours]));

describe('the plan follows the learner (real Chromium)', () => {
  let browser: Browser;
  let app: RunningApp;
  let page: Page;
  let seen: ReturnType<typeof watch>;
  const today = localDay(new Date());

  beforeAll(async () => {
    browser = await launchChromium();
    app = await startApp(tempDir('file'));
    page = await (await browser.newContext({ viewport: { width: 1024, height: 700 }, locale: 'en-US' })).newPage();
    page.setDefaultTimeout(8000);
    seen = watch(page);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('edit the hours a week: the finish moves on the plan, the dashboard and the goal list', async () => {
    const made = app.service.call('createGoal', {
      title: 'Vision models',
      profile: profile({ pythonLevel: 'fluent', mlLevel: 'experienced', hoursPerWeek: 6, startDate: today }),
    });
    if (!made.ok) throw new Error(made.error.message);
    // By hand: the hours of every item not skipped, at a steady pace from today; the last hour's day.
    const total = made.value.items.filter((i) => i.status !== 'skipped').reduce((s, i) => s + hoursOf.get(i.resourceId)!, 0);
    const finishAt = (perWeek: number) => addDays(today, Math.ceil((total / perWeek) * 7) - 1);

    await page.goto(`${app.preview.url}#goal=${made.value.goal.id}&tab=plan`);
    await expect.poll(() => page.locator('.plan-screen .screen-head').textContent()).toContain(`finishes ${shown(finishAt(6))}`);

    await page.getByRole('button', { name: 'Edit goal…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit this goal' });
    await dialog.getByLabel('Hours a week').fill('12');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.locator('.plan-screen .screen-head').textContent()).toContain(`finishes ${shown(finishAt(12))}`);
    expect(await page.locator('.goal-header').textContent()).toContain('12 h a week');

    await page.getByRole('tab', { name: 'Dashboard' }).click();
    await expect.poll(() => page.locator('.card', { hasText: 'Projected finish' }).locator('.big-number').textContent()).toBe(shown(finishAt(12)));
    const listed = app.service.call('listGoals', {});
    expect(listed.ok && listed.value.find((g) => g.id === made.value.goal.id)?.finishDate).toBe(finishAt(12));
  });

  it('fall behind (started eight weeks ago, nothing done): the plan starts at this week and the finish counts from today', async () => {
    const started = addDays(today, -56);
    const made = app.service.call('createGoal', {
      title: 'Behind',
      profile: profile({ pythonLevel: 'fluent', mlLevel: 'experienced', hoursPerWeek: 6, startDate: started }),
    });
    if (!made.ok) throw new Error(made.error.message);
    const total = made.value.items.filter((i) => i.status !== 'skipped').reduce((s, i) => s + hoursOf.get(i.resourceId)!, 0);
    // Day 56 after the start is the first day of week 9: nothing is left in weeks 1 to 8.
    await page.goto(`${app.preview.url}#goal=${made.value.goal.id}&tab=plan`);
    await expect.poll(() => page.locator('.week-head').first().textContent()).toMatch(new RegExp(`^Week 9 ${shown(today)}`));
    await expect
      .poll(() => page.locator('.plan-screen .screen-head').textContent())
      .toContain(`finishes ${shown(addDays(today, Math.ceil((total / 6) * 7) - 1))}`);
    await page.getByRole('tab', { name: 'This week' }).click();
    await expect.poll(() => page.locator('.week-screen').textContent()).toContain(`Week 9, ${shown(today)}`);
    await expect.poll(() => page.getByRole('region', { name: /^Overdue/ }).count()).toBe(1);
    // Back to the first goal for the next journey.
    await page.goto(`${app.preview.url}#goal=1&tab=plan`);
  });

  it('log time twice, then delete one entry: the list and the dashboard follow', async () => {
    await page.getByRole('tab', { name: 'Plan' }).click();
    const row = page
      .locator('.plan-item')
      .filter({ hasNot: page.locator('.status-skipped') })
      .first();
    const id = Number(await row.getAttribute('data-item-id'));
    await row.getByRole('button', { name: /Details/ }).click();
    await row.getByRole('spinbutton', { name: 'Log time (minutes)' }).fill('25');
    await row.getByRole('button', { name: 'Log time' }).click();
    await expect.poll(() => page.getByText('Logged 25 minutes.').isVisible()).toBe(true);
    await expect.poll(() => row.getByRole('button', { name: 'Log time' }).isEnabled()).toBe(true);
    await row.getByRole('button', { name: 'Log time' }).click();
    const entries = row.getByRole('region', { name: 'Time logged' }).getByRole('listitem');
    await expect.poll(() => entries.count()).toBe(2);

    await entries
      .first()
      .getByRole('button', { name: /^Delete/ })
      .click();
    await expect.poll(() => entries.count()).toBe(1);
    const left = app.service.call('listTimeEntries', { goalId: 1 });
    expect(left.ok && left.value.map((e) => [e.itemId, e.minutes, e.day])).toEqual([[id, 25, today]]);
    await page.getByRole('tab', { name: 'Dashboard' }).click();
    await expect.poll(() => page.getByTestId('hours-logged').textContent()).toBe(`${Math.round((25 / 60) * 10) / 10} h`);
  });

  it('at 1024×700 shows at least five plan items, and long titles wrap instead of overflowing', async () => {
    const long = 'Pneumonoultramicroscopicsilicovolcanoconiosis_and_other_unbroken_words_in_a_reading_list_title';
    const own = app.service.call('addCustomResource', { title: long, url: 'https://example.com/long', hours: 2 });
    if (!own.ok) throw new Error(own.error.message);
    app.service.call('addToPlan', { goalId: 1, resourceId: own.value.id });
    app.service.call('updateGoal', { goalId: 1, title: `Goal ${long}` });
    await page.reload();
    await page.getByRole('tab', { name: 'Plan' }).click();
    await page.locator('.plan-item').first().waitFor();
    const visible = await page.locator('.plan-item').evaluateAll(
      (els) =>
        els.filter((e) => {
          const r = e.getBoundingClientRect();
          return r.top >= 0 && r.bottom <= window.innerHeight && r.left >= 0 && r.right <= window.innerWidth;
        }).length,
    );
    expect(visible).toBeGreaterThanOrEqual(5);

    await page.locator('.plan-scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await page.locator('.plan-item', { hasText: 'Pneumono' }).waitFor();
    const overflowing = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('h1, .goal-title, .plan-item .item-title'))
        .filter((e) => e.scrollWidth > e.clientWidth + 1)
        .map((e) => e.className || e.tagName),
    );
    expect(overflowing).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(seen.errors).toEqual([]);
  });

  // Fifteen axe passes take a while on a busy machine; this is not a speed target.
  it('the new screens pass axe in light, dark and high contrast', { timeout: 180_000 }, async () => {
    const problems: string[] = [];
    const check = async (where: string) => {
      const results = await new AxeBuilder({ page }).analyze();
      for (const v of results.violations.filter((x) => x.impact === 'serious' || x.impact === 'critical'))
        problems.push(`${where}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).slice(0, 2)}`);
    };
    for (const theme of ['light', 'dark', 'contrast']) {
      await page.evaluate((t) => localStorage.setItem('pathwise.theme', t), theme);
      await page.goto(`${app.preview.url}#goal=2&tab=week`);
      await page.getByRole('heading', { name: 'This week', exact: true }).waitFor();
      await check(`${theme} week`);
      await page.getByRole('tab', { name: 'Plan' }).click();
      const row = page
        .locator('.plan-item')
        .filter({ hasNot: page.locator('.status-skipped') })
        .first();
      await row.getByRole('button', { name: /Details/ }).click();
      await check(`${theme} details`);
      await page.getByRole('button', { name: 'Edit goal…' }).click();
      await check(`${theme} edit goal`);
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Add a resource' }).click();
      await page.getByRole('dialog', { name: 'Add a resource' }).getByRole('tab', { name: 'Your own' }).click();
      await check(`${theme} own resource`);
      await page.keyboard.press('Escape');
      await page.getByRole('tab', { name: 'Dashboard' }).click();
      await page.getByText(/weeks of the plan/).waitFor();
      await check(`${theme} dashboard`);
    }
    expect(problems).toEqual([]);
  });
});
