/// <reference lib="dom" />
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { profile, tempDir } from '../helpers';
import { launchChromium, startApp, watch, type RunningApp } from './harness';

/** Records what the page shows through the Web Notifications API, keeping the real permission. */
const SPY_ON_NOTIFICATIONS = () => {
  const Real = window.Notification;
  const shown: { title: string; body: string }[] = [];
  (window as unknown as { __shown: typeof shown }).__shown = shown;
  class Spy extends Real {
    constructor(title: string, options?: NotificationOptions) {
      super(title, options);
      shown.push({ title, body: options?.body ?? '' });
    }
  }
  Object.defineProperty(Spy, 'permission', { get: () => Real.permission });
  Object.defineProperty(Spy, 'requestPermission', { value: Real.requestPermission.bind(Real) });
  window.Notification = Spy as unknown as typeof Notification;
};

describe('study rhythm in the browser preview (real Chromium)', () => {
  let browser: Browser;
  let app: RunningApp;
  let context: BrowserContext;
  let page: Page;
  let seen: ReturnType<typeof watch>;
  let goalId: number;
  let firstTitle: string;

  beforeAll(async () => {
    browser = await launchChromium();
    app = await startApp(tempDir('file'));
    const made = app.service.call('createGoal', { title: 'Rhythm', profile: profile({ pythonLevel: 'fluent', mlLevel: 'experienced', hoursPerWeek: 6 }) });
    if (!made.ok) throw new Error(made.error.message);
    goalId = made.value.goal.id;
    firstTitle = made.value.items.find((i) => i.status !== 'skipped')!.title;
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US', timezoneId: 'UTC' });
    await context.grantPermissions(['notifications'], { origin: new URL(app.preview.url).origin });
    page = await context.newPage();
    page.setDefaultTimeout(8000);
    seen = watch(page);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('starts a timer from This week, keeps it across a reload, and ignores a stop after a few seconds', async () => {
    await page.goto(`${app.preview.url}#goal=${goalId}&tab=week`);
    await page.getByRole('button', { name: `Start a study timer on ${firstTitle}` }).click();
    const bar = page.getByRole('region', { name: 'Study timer' });
    await expect.poll(() => bar.textContent()).toContain(firstTitle);
    await page.reload();
    await expect.poll(() => page.getByRole('region', { name: 'Study timer' }).textContent()).toContain(firstTitle);
    const running = app.service.call('sessionStatus', {});
    expect(running.ok && running.value?.title).toBe(firstTitle);
    await page.getByRole('button', { name: 'Stop and log' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Nothing logged');
    const after = app.service.call('sessionStatus', {});
    expect(after.ok && after.value).toBeNull();
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      const axe = await new AxeBuilder({ page }).analyze();
      expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    }
  });

  it('shows a reminder through the browser’s notifications at the chosen time, once allowed', async () => {
    const reminderPage = await context.newPage();
    await reminderPage.addInitScript(SPY_ON_NOTIFICATIONS);
    // The page's clock, not the machine's: 18:58 UTC on a Monday, two minutes before the reminder.
    await reminderPage.clock.install({ time: new Date('2026-11-30T18:58:00Z') });
    const set = app.service.call('setRhythm', { reminders: { days: ['mon', 'wed'], time: '19:00' } });
    expect(set.ok).toBe(true);
    await reminderPage.goto(`${app.preview.url}#goal=${goalId}&tab=week`);
    await reminderPage.getByRole('heading', { name: 'This week', exact: true }).waitFor();
    expect(await reminderPage.evaluate(() => Notification.permission)).toBe('granted');
    await reminderPage.clock.runFor(60_000);
    expect(await reminderPage.evaluate(() => (window as unknown as { __shown: unknown[] }).__shown)).toEqual([]);
    await reminderPage.clock.runFor(90_000);
    const shown = await reminderPage.evaluate(() => (window as unknown as { __shown: { title: string; body: string }[] }).__shown);
    expect(shown).toHaveLength(1);
    expect(shown[0]!.title).toBe('Time to study');
    expect(shown[0]!.body).toMatch(/^Next: .+ — about \d+ min \(Rhythm\)\./);
    await reminderPage.close();
  });

  it('opens the study rhythm settings from the sidebar by keyboard, with what the CLI saved meanwhile, and saves them', async () => {
    await page.goto(`${app.preview.url}#goal=${goalId}&tab=week`);
    await page.getByRole('heading', { name: 'This week', exact: true }).waitFor();
    // Saved elsewhere while this page is open, as `pathwise reminders set` would.
    expect(app.service.call('setRhythm', { reminders: { days: ['mon', 'wed'], time: '19:00' } }).ok).toBe(true);
    await page.getByRole('button', { name: 'Study rhythm…' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Study rhythm' });
    await expect.poll(() => dialog.getByLabel('At', { exact: true }).inputValue()).toBe('19:00');
    await dialog.getByLabel('Sat', { exact: true }).check();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(async () => {
        const r = app.service.call('getRhythm', {});
        return r.ok ? r.value.settings.reminders?.days : null;
      })
      .toEqual(['mon', 'wed', 'sat']);
    expect(seen.errors).toEqual([]);
    expect(seen.requests.every((u) => u.startsWith(new URL(app.preview.url).origin))).toBe(true);
  });
});
