// Screenshots of the roadmap and onboarding in every theme at 1280×800 and 1024×700, into docs/.
// Run with: npm run -s build:renderer && node --import tsx scripts/screenshots-roadmap.ts
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium, startApp } from '../test/e2e/harness';
import { PERSONAS } from '../test/personas/personas';

const OUT = join(import.meta.dirname, '..', 'docs');
const dir = mkdtempSync(join(tmpdir(), 'pathwise-shots-'));
const app = await startApp(dir);
const browser = await launchChromium();
try {
  const maya = PERSONAS.find((p) => p.name.startsWith('Maya'))!;
  const made = app.service.call('createGoal', { title: 'Deep learning from zero', profile: maya.profile });
  if (!made.ok) throw new Error(made.error.message);
  for (const it of made.value.items.filter((i) => i.status !== 'skipped').slice(0, 3)) app.service.call('setItemStatus', { itemId: it.id, status: 'done' });

  for (const [w, h] of [
    [1280, 800],
    [1024, 700],
  ] as const) {
    for (const theme of ['light', 'dark', 'contrast'] as const) {
      const page = await (await browser.newContext({ viewport: { width: w, height: h } })).newPage();
      await page.goto(app.preview.url);
      await page.evaluate((t) => localStorage.setItem('pathwise.theme', t), theme);
      await page.reload();
      await page.getByRole('tab', { name: 'Roadmap' }).click();
      await page.locator('.roadmap-node').first().waitFor();
      await page.screenshot({ path: join(OUT, `roadmap-${theme}-${w}x${h}.png`) });
      await page.getByRole('button', { name: '+ New goal' }).click();
      // Two steps in, so the live panel shows the team question's effect and the plan's size.
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByRole('radio', { name: 'PyTorch' }).check();
      await page.getByTestId('plan-size').first().waitFor();
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(OUT, `onboarding-${theme}-${w}x${h}.png`) });
      await page.close();
    }
  }
  console.log(`wrote roadmap and onboarding screenshots to ${OUT}`);
} finally {
  await browser.close();
  await app.stop();
  rmSync(dir, { recursive: true, force: true });
}
