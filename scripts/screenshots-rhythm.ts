// Screenshots of the study rhythm in docs/rhythm/: the running timer, a revisit, the weekly review
// and the settings, in light, dark and high contrast, at 1280×800 and 1024×700.
// Run with: npm run -s build:renderer && node --import tsx scripts/screenshots-rhythm.ts
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { createService } from '../electron/core/service/index';
import { profile } from '../test/support/answers';
import { launchChromium, startApp } from '../test/e2e/harness';

const OUT = join(import.meta.dirname, '..', 'docs', 'rhythm');
mkdirSync(OUT, { recursive: true });
const dir = mkdtempSync(join(tmpdir(), 'pathwise-rhythm-shots-'));
const app = await startApp(dir);
const browser = await launchChromium();
const must = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};
try {
  // A goal under way for a few weeks, with notes on a finished item whose revisit is due.
  const start = new Date(Date.now() - 21 * 86_400_000).toISOString().slice(0, 10);
  const made = must(
    app.service.call('createGoal', {
      title: 'Vision on mobile',
      profile: profile({ deployTargets: ['mobile'], pythonLevel: 'fluent', startDate: start }),
    }),
  );
  const open = made.items.filter((i) => i.status !== 'skipped');
  must(
    app.service.call('setItemNotes', {
      itemId: open[0]!.id,
      notes: 'A matrix is a linear map; multiplying matrices composes the maps.\nEigenvectors keep their direction: Av = λv.',
    }),
  );
  // Finished two weeks ago, through a service whose clock says so, so the first revisit is due now.
  const then = createService(app.db, { now: () => new Date(Date.now() - 14 * 86_400_000) });
  for (const [n, it] of open.slice(0, 2).entries()) {
    must(then.call('logTime', { itemId: it.id, minutes: 70 + n * 25 }));
    must(then.call('setItemStatus', { itemId: it.id, status: 'done' }));
  }
  must(app.service.call('setRhythm', { reminders: { days: ['mon', 'wed', 'sat'], time: '19:00' } }));
  must(app.service.call('startSession', { itemId: open[2]!.id }));

  const shots: [string, (page: Page) => Promise<void>][] = [
    ['week', async (page) => void (await page.getByRole('heading', { name: 'Revisit what you finished' }).waitFor())],
    [
      'settings',
      async (page) => {
        await page.getByRole('button', { name: 'Study rhythm…' }).click();
        await page.getByRole('dialog', { name: 'Study rhythm' }).waitFor();
        await page.waitForTimeout(300);
      },
    ],
    [
      'review',
      async (page) => {
        await page.getByRole('tab', { name: 'Dashboard' }).click();
        await page.getByRole('button', { name: 'Weekly review' }).click();
        await page.getByRole('dialog', { name: 'Your week in review' }).getByText('Next up').waitFor();
      },
    ],
  ];
  for (const theme of ['light', 'dark', 'contrast'] as const) {
    for (const [w, h] of [
      [1280, 800],
      [1024, 700],
    ] as const) {
      for (const [name, show] of shots) {
        const page = await (await browser.newContext({ viewport: { width: w, height: h }, colorScheme: theme === 'light' ? 'light' : 'dark' })).newPage();
        await page.addInitScript((t) => localStorage.setItem('pathwise.theme', t), theme);
        await page.goto(`${app.preview.url}#goal=${made.goal.id}&tab=week`);
        await page.getByRole('region', { name: 'Study timer' }).waitFor();
        await show(page);
        await page.screenshot({ path: join(OUT, `${name}-${theme}-${w}.png`) });
        await page.close();
      }
    }
  }
  console.log(`wrote screenshots to ${OUT}`);
} finally {
  await browser.close();
  await app.stop();
  rmSync(dir, { recursive: true, force: true });
}
