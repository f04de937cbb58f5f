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

  it('draws a full list in its first render: no row is added once the list is on the page', async () => {
    const page2 = await page.context().newPage();
    // Rows added to a list already on the page come as records of their own; the first render's rows
    // arrive inside the plan screen's element.
    await page2.addInitScript(() => {
      const later: string[] = [];
      (window as unknown as { rowsAddedLater: string[] }).rowsAddedLater = later;
      new MutationObserver((records) => {
        for (const r of records) {
          if (!(r.target as Element).parentElement?.classList.contains('plan-scroll')) continue;
          for (const n of Array.from(r.addedNodes)) if ((n as Element).classList?.contains('virtual-row')) later.push((n as HTMLElement).dataset.index!);
        }
      }).observe(document, { childList: true, subtree: true });
    });
    try {
      await page2.goto(`${app.preview.url}#goal=1&tab=plan`);
      await page2.waitForFunction(() => performance.getEntriesByName('pathwise:plan-painted').length > 0);
      const first = await page2.evaluate(() => {
        const list = document.querySelector('.plan-scroll')!.getBoundingClientRect();
        const rows = Array.from(document.querySelectorAll('.virtual-row')).map((r) => r.getBoundingClientRect());
        return {
          later: (window as unknown as { rowsAddedLater: string[] }).rowsAddedLater,
          listBottom: list.bottom,
          lastRowBottom: Math.max(...rows.map((r) => r.bottom)),
        };
      });
      expect(first.later).toEqual([]);
      // The rows reach past the list's bottom edge: no empty band at the first paint.
      expect(first.lastRowBottom).toBeGreaterThanOrEqual(first.listBottom);
    } finally {
      await page2.close();
    }
  });

  it('opening on "This week" fetches its chunk beside the app, before the plan has arrived', async () => {
    const page2 = await page.context().newPage();
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    // The plan's answer waits: without the early fetch, nothing asks for the week's chunk until it comes.
    await page2.route('**/api/getPlanLean', async (route) => {
      await held;
      await route.continue();
    });
    const chunk = page2.waitForRequest(/\/assets\/WeekScreen-[\w-]+\.js$/, { timeout: 5_000 });
    try {
      await page2.goto(`${app.preview.url}#goal=1&tab=week`);
      try {
        await chunk;
      } finally {
        release();
      }
      await page2.getByRole('heading', { level: 2, name: 'This week' }).waitFor();
    } finally {
      await page2.close();
    }
  });

  it('fetches the dialogs\' code once the page is idle, so a dialog then opens with no "Opening…"', async () => {
    const page2 = await page.context().newPage();
    try {
      await page2.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { openings: string[] }).openings = seen;
        new MutationObserver(() => {
          const opening = document.querySelector('.deferred-opening');
          if (opening) seen.push(opening.textContent ?? '');
        }).observe(document, { childList: true, subtree: true });
      });
      const fetched = page2.waitForRequest(/\/assets\/EditGoalDialog-[\w-]+\.js$/, { timeout: 10_000 });
      await page2.goto(`${app.preview.url}#goal=1&tab=plan`);
      // Nothing was clicked: the page fetched it by itself.
      await fetched;
      await page2.waitForLoadState('networkidle');
      await page2.getByRole('button', { name: 'Edit goal…' }).click();
      await page2.getByRole('dialog', { name: 'Edit this goal' }).waitFor();
      expect(await page2.evaluate(() => (window as unknown as { openings: string[] }).openings)).toEqual([]);
    } finally {
      await page2.close();
    }
  });

  it('paints its first 200 items from a small first read, then reads the whole plan: the last row takes d', async () => {
    const page2 = await page.context().newPage();
    const seen = watch(page2);
    const reads: { firstItems?: number; bytes: number }[] = [];
    page2.on('requestfinished', (r) => {
      if (!r.url().endsWith('/api/getPlanLean')) return;
      const { firstItems } = JSON.parse(r.postData() ?? '{}') as { firstItems?: number };
      void r.sizes().then((s) => reads.push({ firstItems, bytes: s.responseBodySize }));
    });
    await page2.goto(`${app.preview.url}#goal=1&tab=plan`);
    await page2.locator('.plan-item').first().waitFor();
    // Seeded: 2,000 items, none skipped.
    expect(await page2.getByText(/^2000 items ·/).count()).toBe(1);
    await page2.waitForFunction(() => performance.getEntriesByName('pathwise:plan-whole').length > 0);
    await expect.poll(() => reads.length).toBe(2);
    expect(reads[0]!.firstItems).toBe(200);
    expect(reads[1]!.firstItems).toBeUndefined();
    // The first read is a small part of the whole one.
    expect(reads[0]!.bytes * 5).toBeLessThan(reads[1]!.bytes);

    await page2.locator('.plan-scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    const last = page2.locator('.plan-item', { hasText: 'Seeded resource 2000' });
    await expect.poll(() => last.count()).toBe(1);
    await last.focus();
    await page2.keyboard.press('d');
    await expect.poll(() => last.getAttribute('class')).toContain('status-done');
    await expect
      .poll(() => {
        const r = app.service.call('getPlan', { goalId: 1 });
        return r.ok ? r.value.items.at(-1)!.status : null;
      })
      .toBe('done');
    expect(await page2.getByText(/^2000 items ·/).count()).toBe(1);
    expect(seen.errors).toEqual([]);
    // Back as it was, for the tests after this one.
    await last.focus();
    await page2.keyboard.press('n');
    await expect
      .poll(() => {
        const r = app.service.call('getPlan', { goalId: 1 });
        return r.ok ? r.value.items.at(-1)!.status : null;
      })
      .toBe('not-started');
    await page2.close();
  });

  it('says why when the rest of the plan cannot be read, and reads it again on request', async () => {
    const page3 = await page.context().newPage();
    let leanReads = 0;
    // The first read goes through; the whole plan's read after it answers an error, as the service would.
    await page3.route('**/api/getPlanLean', async (route) => {
      leanReads++;
      if (leanReads !== 2) return route.continue();
      const error = { code: 'unavailable', message: 'The data folder cannot be read right now.' };
      return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ ok: false, error }) });
    });
    await page3.goto(`${app.preview.url}#goal=1&tab=plan`);
    const notice = page3.locator('.plan-rest-failed');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('Only the first 200 of 2000 items could be read: The data folder cannot be read right now.');
    await notice.getByRole('button', { name: 'Read the rest again' }).click();
    await notice.waitFor({ state: 'detached' });
    await page3.locator('.plan-scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await expect.poll(() => page3.locator('.plan-item', { hasText: 'Seeded resource 2000' }).count()).toBe(1);
    expect(leanReads).toBe(3);
    await page3.close();
  });

  it('opens Add a resource from the keyboard and offers nothing further down the plan until the whole plan is read', async () => {
    const page4 = await page.context().newPage();
    page4.setDefaultTimeout(10_000);
    const seen = watch(page4);
    let release!: () => void;
    const whole = new Promise<void>((r) => (release = r));
    // The first items come at once; the whole plan's read waits until released.
    await page4.route('**/api/getPlanLean', async (route) => {
      const { firstItems } = JSON.parse(route.request().postData() ?? '{}') as { firstItems?: number };
      if (firstItems === undefined) await whole;
      return route.continue();
    });
    await page4.goto(`${app.preview.url}#goal=1&tab=plan`);
    await page4.locator('.plan-item').first().waitFor();
    await page4.getByRole('button', { name: 'Add a resource' }).focus();
    await page4.keyboard.press('Enter');
    const dialog = page4.getByRole('dialog', { name: 'Add a resource' });
    await dialog.waitFor();
    await expect.poll(() => page4.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
    expect(await dialog.getByRole('status').filter({ hasText: 'still loading' }).textContent()).toContain('(200 of 2000 items so far)');

    await page4.keyboard.type('Seeded resource 1500');
    const held = dialog.getByRole('button', { name: 'Checking whether Seeded resource 1500 is in the plan' });
    await held.waitFor();
    expect(await held.isDisabled()).toBe(true);
    expect(await dialog.getByRole('button', { name: 'Add Seeded resource 1500' }).count()).toBe(0);

    release();
    const known = dialog.getByRole('button', { name: 'Seeded resource 1500: in plan' });
    await known.waitFor();
    expect(await known.isDisabled()).toBe(true);
    expect(await dialog.getByText('still loading').count()).toBe(0);

    // In the search field Escape first clears it; then it closes the dialog, and focus is back on the
    // button that opened it.
    await page4.keyboard.press('Escape');
    await expect.poll(() => dialog.getByRole('searchbox').inputValue()).toBe('');
    await page4.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page4.evaluate(() => document.activeElement?.textContent)).toBe('Add a resource');
    expect(seen.errors).toEqual([]);
    await page4.close();
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
