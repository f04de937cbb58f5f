import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { ok, tempDir } from '../helpers';
import { richGoal } from '../exchange/fixtures';
import { launchChromium } from './harness';

const PDFTOTEXT = '/usr/bin/pdftotext';

describe('PDF of the print-styled plan', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  it('holds every item title, as pdftotext reads it', async () => {
    if (!existsSync(PDFTOTEXT)) throw new Error(`${PDFTOTEXT} is missing: install poppler-utils (apt-get install -y poppler-utils); .ci/run does.`);
    const g = richGoal();
    const plan = ok(g.service.call('getPlan', { goalId: g.goalId }));
    const html = ok(g.service.call('exportGoal', { goalId: g.goalId, format: 'html' })).content;
    // Chromium prints the same page the desktop app hands to printToPDF.
    const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await page.setContent(html);
    const pdf = join(tempDir(), 'plan.pdf');
    writeFileSync(pdf, await page.pdf({ format: 'A4' }));
    const text = spawnSync(PDFTOTEXT, [pdf, '-'], { encoding: 'utf8' });
    expect(text.status).toBe(0);
    const flat = text.stdout.replace(/\s+/g, ' ');
    for (const item of plan.items) expect(flat, item.title).toContain(item.title.replace(/\s+/g, ' '));
    expect(flat).toContain(plan.goal.title);
  });
});
