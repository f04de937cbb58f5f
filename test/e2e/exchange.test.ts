/// <reference lib="dom" />
import { parse as parseCsv } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { profile, tempDir } from '../helpers';
import { launchChromium, startApp, watch, type RunningApp } from './harness';

describe('export, import and backups in the browser preview (real Chromium)', () => {
  let browser: Browser;
  let app: RunningApp;
  let page: Page;
  let dir: string;

  beforeAll(async () => {
    browser = await launchChromium();
    dir = tempDir('file');
    app = await startApp(dir);
    app.service.call('createGoal', { profile: profile({ deployTargets: ['web'] }), title: 'Web models' });
    page = await (await browser.newContext({ viewport: { width: 1280, height: 860 }, acceptDownloads: true })).newPage();
    page.setDefaultTimeout(8000);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  async function exportAs(label: RegExp): Promise<{ name: string; text: string }> {
    await page.getByRole('button', { name: 'Export…' }).click();
    await page.getByRole('radio', { name: label }).check();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export', exact: true }).click()]);
    const path = await download.path();
    return { name: download.suggestedFilename(), text: readFileSync(path!, 'utf8') };
  }

  it('downloads a CSV with one row per item', async () => {
    const seen = watch(page);
    await page.goto(`${app.preview.url}#tab=plan`);
    await page.locator('.plan-item').first().waitFor();
    const csv = await exportAs(/CSV spreadsheet/);
    expect(csv.name).toBe('Web-models.csv');
    const rows = parseCsv(csv.text, { columns: true }) as Record<string, string>[];
    const plan = app.service.call('getPlan', { goalId: 1 });
    expect(rows.map((r) => r.resource_id)).toEqual(plan.ok ? plan.value.items.map((i) => i.resourceId) : []);
    expect(seen.errors).toEqual([]);
  });

  it('imports a downloaded goal file through the file picker as a new goal', async () => {
    const json = await exportAs(/Pathwise goal file/);
    const file = `${tempDir()}/goal.json`;
    (await import('node:fs')).writeFileSync(file, json.text);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import a goal…' }).click()]);
    await chooser.setFiles(file);
    await expect
      .poll(() =>
        page
          .getByRole('navigation', { name: 'Goals' })
          .getByRole('button', { name: /Web models/ })
          .count(),
      )
      .toBe(2);
    await expect.poll(() => page.getByText('Goal imported.').isVisible()).toBe(true);
  });

  it('shows the verified backups, including the one made before the import, and makes one on demand', async () => {
    await page.getByRole('button', { name: 'Backups…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Backups' });
    await expect.poll(() => dialog.getByText(/· import ·/).count()).toBe(1);
    await dialog.getByRole('button', { name: 'Back up now' }).click();
    await expect.poll(() => dialog.getByText(/· manual ·/).count()).toBe(1);
    // The backup made before the import holds one goal; restoring it reloads the page on that state.
    await dialog.getByRole('listitem').filter({ hasText: '· import ·' }).getByRole('button', { name: 'Restore…' }).click();
    await dialog.getByRole('button', { name: 'Replace my data with this backup' }).click();
    await expect
      .poll(() =>
        page
          .getByRole('navigation', { name: 'Goals' })
          .getByRole('button', { name: /Web models/ })
          .count(),
      )
      .toBe(1);
  });
});
