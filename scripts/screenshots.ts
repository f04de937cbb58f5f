// Regenerates the screenshots in docs/: the browser preview on a throw-away data folder, driven in
// Debian's Chromium, light and dark. Run with: npm run screenshots
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium, startApp } from '../test/e2e/harness';

const OUT = join(import.meta.dirname, '..', 'docs');
const dir = mkdtempSync(join(tmpdir(), 'pathwise-shots-'));
const app = await startApp(dir);
const browser = await launchChromium();
try {
  // A goal with some progress, so every screen has something to show.
  const made = app.service.call('createGoal', {
    title: 'PyTorch for vision and NLP',
    profile: {
      purpose: 'research',
      domains: ['vision', 'nlp'],
      deployTargets: ['mobile'],
      pythonLevel: 'basic',
      mlLevel: 'basic',
      scale: 'small',
      needsCpp: false,
      wantsVisualTools: true,
      needsInterop: true,
      wantsCertificate: true,
      hoursPerWeek: 8,
      startDate: '2026-11-02',
      targetDate: '2027-06-30',
    },
  });
  if (!made.ok) throw new Error(made.error.message);
  const items = made.value.items.filter((i) => i.status !== 'skipped');
  for (const [n, it] of items.slice(0, 3).entries()) {
    app.service.call('logTime', { itemId: it.id, minutes: 50 + n * 20, day: `2026-11-${String(20 + n).padStart(2, '0')}` });
    app.service.call('setItemStatus', { itemId: it.id, status: 'done' });
  }
  app.service.call('logTime', { itemId: items[3]!.id, minutes: 40 });

  for (const scheme of ['light', 'dark'] as const) {
    const page = await (await browser.newContext({ viewport: { width: 1360, height: 860 }, colorScheme: scheme })).newPage();
    await page.goto(`${app.preview.url}#tab=plan`);
    await page.locator('.plan-item').first().waitFor();
    await page.screenshot({ path: join(OUT, `plan-${scheme}.png`) });
    for (const [tab, name] of [
      ['Dashboard', 'dashboard'],
      ['Roadmap', 'roadmap'],
      ['Why this framework', 'recommendation'],
    ] as const) {
      await page.getByRole('tab', { name: tab }).click();
      await page.waitForTimeout(700);
      await page.screenshot({ path: join(OUT, `${name}-${scheme}.png`) });
    }
    await page.getByRole('button', { name: '+ New goal' }).click();
    await page.getByText('Ship products').click();
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(OUT, `onboarding-${scheme}.png`) });
    await page.close();
  }
  console.log(`wrote screenshots to ${OUT}`);
} finally {
  await browser.close();
  await app.stop();
  rmSync(dir, { recursive: true, force: true });
}
