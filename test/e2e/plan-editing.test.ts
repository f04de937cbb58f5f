/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { profile, tempDir } from '../helpers';
import { launchChromium, startApp, watch, type RunningApp } from './harness';

describe('editing a plan with the mouse and the keyboard (real Chromium)', () => {
  let browser: Browser;
  let app: RunningApp;
  let page: Page;
  // A tall window, so the whole (virtualized) list is on screen; the service's order is the truth.
  const order = () => {
    const r = app.service.call('getPlan', { goalId: 1 });
    return r.ok ? r.value.items.map((i) => i.resourceId) : [];
  };

  beforeAll(async () => {
    browser = await launchChromium();
    app = await startApp(tempDir('file'));
    // Fluent and experienced: the foundations are skipped, so the framework items are on screen.
    app.service.call('createGoal', {
      profile: profile({ pythonLevel: 'fluent', mlLevel: 'experienced', deployTargets: ['web'], teamUses: 'tensorflow' }),
      title: 'Web',
    });
    page = await (await browser.newContext({ viewport: { width: 1360, height: 2600 } })).newPage();
    page.setDefaultTimeout(8000);
    await page.goto(`${app.preview.url}#tab=plan`);
    await page.locator('.plan-item').first().waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('drags an item to a valid place, and refuses a drop that breaks a prerequisite', async () => {
    const seen = watch(page);
    const before = order();
    const tutorials = before.indexOf('tf-tutorials');
    const exported = before.indexOf('tf-saved-model');
    const tfjs = before.indexOf('tfjs');
    expect(tutorials).toBeLessThan(exported);
    expect(exported).toBeLessThan(tfjs);

    // TensorFlow.js and the SavedModel guide both build only on the tutorials: either order is fine.
    await page.locator('.plan-item[data-resource-id="tfjs"]').dragTo(page.locator('.plan-item[data-resource-id="tf-saved-model"]'));
    await expect.poll(order).not.toEqual(before);
    const after = order();
    expect(after.indexOf('tfjs')).toBeLessThan(after.indexOf('tf-saved-model'));

    // TensorFlow.js needs the tutorials' training workflow: dropping it before them is refused, naming both.
    await page.locator('.plan-item[data-resource-id="tfjs"]').dragTo(page.locator('.plan-item[data-resource-id="tf-tutorials"]'));
    await expect
      .poll(() => page.getByRole('alert').first().textContent())
      .toMatch(/"TensorFlow.js" cannot come before its prerequisite "TensorFlow Tutorials: ML basics with Keras"/);
    expect(order()).toEqual(after);
    expect(seen.errors).toEqual([]);
  });

  it('saves notes as they are typed, with no blur, and skipping an item frees its weeks', async () => {
    const quick = page.locator('.plan-item[data-resource-id="tf-quickstart"]');
    await quick.getByRole('button', { name: /Details/ }).click();
    await quick.getByLabel(/Notes/).pressSequentially('Run it on Colab; <b>not</b> locally.');
    const savedNotes = () => {
      const r = app.service.call('getPlan', { goalId: 1 });
      return r.ok ? r.value.items.find((i) => i.resourceId === 'tf-quickstart')?.notes : undefined;
    };
    await expect.poll(savedNotes).toBe('Run it on Colab; <b>not</b> locally.');
    await expect.poll(() => quick.locator('.save-state').textContent()).toBe('Saved');

    const finishBefore = await page.getByText(/finishes/).textContent();
    const tutorials = page.locator('.plan-item[data-resource-id="tf-tutorials"]');
    await tutorials.getByRole('combobox', { name: /Status of TensorFlow Tutorials/ }).selectOption('skipped');
    await expect.poll(() => page.getByText(/finishes/).textContent()).not.toBe(finishBefore);
  });

  it("adds the learner's own resource after a chosen prerequisite", async () => {
    await page.getByRole('button', { name: 'Add a resource' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a resource' });
    await dialog.getByRole('tab', { name: 'Your own' }).click();
    await dialog.getByLabel('Title').fill('Study group: Keras in practice');
    await dialog.getByLabel('Link (https)').fill('https://example.com/study-group');
    await dialog.getByLabel('Hours').fill('6');
    await dialog.getByLabel(/Comes after/).selectOption({ label: 'TensorFlow 2 quickstart for beginners' });
    await dialog.getByRole('button', { name: 'Add to plan' }).click();
    await expect.poll(() => page.getByText('Added 1 item to the plan.').isVisible()).toBe(true);
    const plan = app.service.call('getPlan', { goalId: 1 });
    const items = plan.ok ? plan.value.items : [];
    const mine = items.findIndex((i) => i.title === 'Study group: Keras in practice');
    expect(mine).toBeGreaterThan(items.findIndex((i) => i.resourceId === 'tf-quickstart'));
    expect(items[mine]).toMatchObject({ origin: 'learner', hours: 6, prerequisites: ['tf-quickstart'] });
  });
});
