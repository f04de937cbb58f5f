// Screenshots of the learner's journeys (This week, compact plan, editing a goal, correcting time, the
// dashboard of a long plan) in light, dark and high contrast, at 1280×800 and 1024×700, into
// docs/journeys/. Run with: npm run -s build:renderer && node --import tsx scripts/journeys.ts
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { profile } from '../test/support/answers';
import { launchChromium, startApp } from '../test/e2e/harness';

const OUT = join(import.meta.dirname, '..', 'docs', 'journeys');
mkdirSync(OUT, { recursive: true });
const dir = mkdtempSync(join(tmpdir(), 'pathwise-journeys-'));
const app = await startApp(dir);
const browser = await launchChromium();
const must = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
try {
  // Started eight weeks ago at 4 h a week, a little done: behind, with overdue work.
  const plan = must(
    app.service.call('createGoal', {
      title: 'PyTorch for vision and NLP, with a very long title that has to wrap instead of overflowing the heading',
      profile: profile({ purpose: 'research', domains: ['vision', 'nlp'], wantsCertificate: true, hoursPerWeek: 4, startDate: daysAgo(56) }),
    }),
  );
  const items = plan.items.filter((i) => i.status !== 'skipped');
  must(app.service.call('logTime', { itemId: items[0]!.id, minutes: 90, day: daysAgo(40) }));
  must(app.service.call('setItemStatus', { itemId: items[0]!.id, status: 'done' }));
  must(app.service.call('logTime', { itemId: items[1]!.id, minutes: 45, day: daysAgo(1), note: 'first two videos' }));
  must(app.service.call('logTime', { itemId: items[1]!.id, minutes: 30 }));
  const own = must(
    app.service.call('addCustomResource', {
      title: 'Supercalifragilisticexpialidocious_transformer_reading_group_notes_without_spaces',
      url: 'https://example.com/group',
      hours: 3,
    }),
  );
  must(app.service.call('addToPlan', { goalId: plan.goal.id, resourceId: own.id }));
  const goalId = plan.goal.id;

  for (const theme of ['light', 'dark', 'contrast'] as const) {
    for (const [width, height] of [
      [1280, 800],
      [1024, 700],
    ] as const) {
      const context = await browser.newContext({ viewport: { width, height } });
      await context.addInitScript((t) => localStorage.setItem('pathwise.theme', t), theme);
      const page = await context.newPage();
      const shot = (name: string) => page.screenshot({ path: join(OUT, `${name}-${theme}-${width}.png`) });
      await page.goto(`${app.preview.url}#goal=${goalId}&tab=week`);
      await page.getByRole('heading', { name: 'This week', exact: true }).waitFor();
      await shot('week');
      await page.getByRole('tab', { name: 'Plan' }).click();
      await page.locator('.plan-item').first().waitFor();
      await shot('plan');
      const row = page.locator(`.plan-item[data-item-id="${items[1]!.id}"]`);
      await row.getByRole('button', { name: /Details/ }).click();
      await row.getByRole('region', { name: 'Time logged' }).waitFor();
      await row.scrollIntoViewIfNeeded();
      await shot('time-entries');
      await page.getByRole('button', { name: 'Edit goal…' }).click();
      await page.getByRole('dialog', { name: 'Edit this goal' }).waitFor();
      await shot('edit-goal');
      await page.keyboard.press('Escape');
      await page.getByRole('tab', { name: 'Dashboard' }).click();
      await page.getByText(/weeks of the plan/).waitFor();
      await page.waitForTimeout(500);
      await shot('dashboard');
      await context.close();
    }
  }
  console.log(`wrote journey screenshots to ${OUT}`);
} finally {
  await browser.close();
  await app.stop();
  rmSync(dir, { recursive: true, force: true });
}
