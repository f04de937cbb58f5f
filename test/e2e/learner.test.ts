/// <reference lib="dom" />
// page.evaluate callbacks run in the browser, so these files see DOM types.
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOG } from '../../shared/catalog/index';
import { tempDir } from '../helpers';
import { launchChromium, startApp, watch, type RunningApp } from './harness';

async function expectAccessible(page: Page, screen: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map(
      (v) =>
        `${screen}: ${v.id} — ${v.help} (${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join('; ')})`,
    ),
  ).toEqual([]);
}

describe('a new learner in the browser preview (real Chromium)', () => {
  let browser: Browser;
  let app: RunningApp;
  let dataDir: string;
  let page: Page;
  let seen: ReturnType<typeof watch>;

  beforeAll(async () => {
    browser = await launchChromium();
    dataDir = tempDir('file');
    app = await startApp(dataDir);
    page = await (await browser.newContext({ viewport: { width: 1360, height: 900 } })).newPage();
    page.setDefaultTimeout(8000);
    seen = watch(page);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('answers the questionnaire by keyboard, reads the recommendation and creates a plan', async () => {
    await page.goto(app.preview.url);
    await expect.poll(() => page.getByRole('heading', { name: 'Welcome to Pathwise' }).isVisible()).toBe(true);
    await expectAccessible(page, 'welcome');

    await page.getByRole('button', { name: 'Start planning' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('What do you want deep learning for?');
    // Keyboard only: the radio group takes arrows, Enter submits the step.
    await page.getByRole('radio', { name: /Grow my career/ }).focus();
    await page.keyboard.press('ArrowUp');
    expect(await page.getByRole('radio', { name: /Do research/ }).isChecked()).toBe(true);
    await expectAccessible(page, 'onboarding');
    await page.keyboard.press('Enter');

    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('What does your team, course or employer already use?');
    await page.getByRole('radio', { name: 'Nothing yet' }).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Which areas interest you?');
    await page.getByRole('checkbox', { name: 'Language (NLP)' }).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Where will your models run?');
    // No deployment targets: Tab to Next and press it.
    await page.getByRole('button', { name: 'Next' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('radio', { name: 'Fluent in Python' }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('checkbox', { name: 'To move models between frameworks' }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('How do you like to learn?');
    await page.getByRole('radio', { name: 'Free resources only' }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('spinbutton', { name: 'Hours a week' }).fill('8');
    // The live panel follows the answers.
    await expect.poll(() => page.getByLabel('Live recommendation').textContent()).toContain('PyTorch');
    await page.getByRole('button', { name: 'Next' }).click();

    const rec = page.locator('.recommendation');
    await expect.poll(() => rec.locator('.framework-name').textContent()).toBe('PyTorch');
    const reasons = await rec.getByRole('list').first().locator(':scope > li').allTextContents();
    expect(reasons[0]).toMatch(/language and generative models/);
    expect(reasons.join(' ')).toMatch(/Transformers v5/);
    expect(await rec.getByRole('link', { name: /Transformers v5 migration guide/ }).count()).toBeGreaterThan(0);
    expect(await rec.getByRole('heading', { name: 'What would change the answer' }).isVisible()).toBe(true);
    expect(await rec.getByText(/ONNX and ONNX Runtime/).isVisible()).toBe(true);
    await expectAccessible(page, 'recommendation');

    await page.getByRole('button', { name: 'Create my PyTorch plan' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('PyTorch for vision, NLP');
    expect(await page.locator('.plan-item').count()).toBeGreaterThan(5);
    await expectAccessible(page, 'plan');
  });

  it('marks items, logs time, refuses a move that breaks a prerequisite, and the dashboard follows', async () => {
    const basics = page.locator('.plan-item[data-resource-id="pytorch-learn-basics"]');
    await basics.getByRole('checkbox').check();
    await expect.poll(() => basics.getAttribute('class')).toContain('status-done');

    // An item placed right after something it builds on (read from the service, not from the page).
    const order = await page.locator('.plan-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-resource-id')));
    const view = app.service.call('getPlan', { goalId: 1 });
    if (!view.ok) throw new Error(view.error.message);
    const byId = new Map(view.value.items.map((i) => [i.resourceId, i]));
    const at = order.findIndex(
      (id, k) =>
        k > 0 && byId.get(id!)!.status !== 'skipped' && byId.get(id!)!.prerequisites.includes(order[k - 1]!) && byId.get(order[k - 1]!)!.status !== 'skipped',
    );
    expect(at).toBeGreaterThan(0);
    const nextId = order[at]!;
    const next = byId.get(nextId)!;
    const above = byId.get(order[at - 1]!)!;
    const blitz = page.locator(`.plan-item[data-resource-id="${nextId}"]`);
    await blitz.focus();
    await page.keyboard.press('i');
    await expect.poll(() => blitz.getAttribute('class')).toContain('status-in-progress');
    await page.keyboard.press('Enter');
    await blitz.getByRole('spinbutton', { name: 'Log time (minutes)' }).fill('45');
    await blitz.getByRole('button', { name: 'Log time' }).click();
    await expect.poll(() => page.getByText('Logged 45 minutes.').isVisible()).toBe(true);

    // It builds on the item above it; moving it above must be refused, naming both.
    await blitz.focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect
      .poll(() => page.getByRole('alert').first().textContent())
      .toBe(`"${next.title}" cannot come before its prerequisite "${above.title}"; move "${above.title}" earlier first.`);

    await page.getByRole('tab', { name: 'Dashboard' }).click();
    await expect.poll(() => page.getByTestId('hours-logged').textContent()).toBe('0.8 h');
    expect(Number((await page.getByTestId('percent-done').textContent())!.replace('%', ''))).toBeGreaterThan(0);
    expect(await page.getByTestId('streak').textContent()).toBe('1 day');
    await expectAccessible(page, 'dashboard');

    await page.getByRole('tab', { name: 'Roadmap' }).click();
    await expect.poll(() => page.locator('.roadmap-node').count()).toBeGreaterThan(5);
    expect(await page.getByRole('list', { name: 'Roadmap in order' }).locator('li').count()).toBe(await page.locator('.roadmap-node').count());
    await expectAccessible(page, 'roadmap');

    await page.getByRole('tab', { name: 'Why this framework' }).click();
    await expect.poll(() => page.locator('.recommendation .framework-name').textContent()).toBe('PyTorch');
    await expectAccessible(page, 'why');
  });

  it('explains a retired resource and offers its replacement when adding', async () => {
    await page.getByRole('tab', { name: 'Plan' }).click();
    await page.getByRole('button', { name: 'Add a resource' }).click();
    await page.getByRole('searchbox', { name: 'Search' }).fill('TorchServe');
    const row = page.locator('.catalog-list li', { hasText: 'TorchServe' });
    await expect.poll(() => row.textContent()).toMatch(/discontinued: Archived on 2025-08-07/);
    await expectAccessible(page, 'add resource');
    // TorchServe's successor is a real model server.
    await row.getByRole('button', { name: /Add NVIDIA Triton Inference Server instead/ }).click();
    await expect.poll(() => page.getByText(/Added \d+ items? to the plan\./).isVisible()).toBe(true);
    const plan = app.service.call('getPlan', { goalId: 1 });
    expect(plan.ok && plan.value.items.some((i) => i.resourceId === 'triton' && i.origin === 'learner')).toBe(true);
  });

  it('never reached beyond 127.0.0.1 and logged no console error', () => {
    expect(seen.requests.length).toBeGreaterThan(10);
    expect(seen.requests.filter((u) => !u.startsWith(app.preview.url))).toEqual([]);
    expect(seen.errors).toEqual([]);
  });

  it('keeps everything after the server restarts, and reopens the goal and tab the learner left', async () => {
    // Expected by hand from the catalog: one item done (Learn the Basics), the rest of the plan still to do.
    const hoursOf = new Map(CATALOG.map((r) => [r.id, r.hours]));
    const plan = app.service.call('getPlan', { goalId: 1 });
    const active = plan.ok ? plan.value.items.filter((i) => i.status !== 'skipped').map((i) => i.resourceId) : [];
    const total = active.reduce((sum, id) => sum + hoursOf.get(id)!, 0);
    const percent = Math.round((hoursOf.get('pytorch-learn-basics')! / total) * 1000) / 10;
    expect(percent).toBeGreaterThan(0);

    await page.getByRole('tab', { name: 'Dashboard' }).click();
    const port = Number(new URL(app.preview.url).port);
    await app.stop();
    // Same port, so the page keeps its origin and storage, as the desktop app's app:// origin does.
    app = await startApp(dataDir, port);
    // Same browser profile, bare address: what the desktop app does when it starts again.
    const again = await page.context().newPage();
    again.setDefaultTimeout(8000);
    const watched = watch(again);
    await again.goto(app.preview.url);
    await expect.poll(() => again.getByRole('heading', { level: 1 }).textContent()).toBe('PyTorch for vision, NLP');
    expect(await again.getByRole('tab', { name: 'Dashboard' }).getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => again.getByTestId('hours-logged').textContent()).toBe(`${Math.round((45 / 60) * 10) / 10} h`);
    await expect.poll(() => again.getByRole('navigation', { name: 'Goals' }).textContent()).toContain(`PyTorch · ${percent}%`);
    expect(await again.getByTestId('percent-done').textContent()).toBe(`${percent}%`);
    // The plan list is virtualized; the roadmap's ordered list shows every item's status at once.
    await again.getByRole('tab', { name: 'Roadmap' }).click();
    const list = again.getByRole('list', { name: 'Roadmap in order' });
    // The roadmap's code loads when the tab is first opened.
    await list.waitFor();
    expect(await list.getByText(/PyTorch Tutorials: Learn the Basics — Done/).count()).toBe(1);
    expect(await list.getByText(/ — In progress/).count()).toBe(1);
    // A reload keeps the tab from the address.
    await again.reload();
    await expect.poll(() => again.getByRole('tab', { name: 'Roadmap' }).getAttribute('aria-selected')).toBe('true');
    expect(new URL(again.url()).hash).toBe('#goal=1&tab=roadmap');
    expect(watched.errors).toEqual([]);
  });
});
