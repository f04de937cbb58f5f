// Screenshots of the "Add a resource" dialog while a 2,000-item plan holds only its first 200 items
// (the rest of the plan's read is held back), in light, dark and high contrast, at 1280×800 and
// 1024×700, into docs/journeys/. Run with: npm run -s build:renderer && node --import tsx scripts/journey-add-partial.ts
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium, seedLargePlan, startApp } from '../test/e2e/harness';

const OUT = join(import.meta.dirname, '..', 'docs', 'journeys');
const dir = mkdtempSync(join(tmpdir(), 'pathwise-add-partial-'));
let app = await startApp(dir);
seedLargePlan(app.db, 2000);
await app.stop();
app = await startApp(dir);
const browser = await launchChromium();
try {
  for (const [width, height] of [
    [1280, 800],
    [1024, 700],
  ] as const) {
    for (const theme of ['light', 'dark', 'contrast']) {
      const context = await browser.newContext({ viewport: { width, height } });
      await context.addInitScript((t) => localStorage.setItem('pathwise.theme', t), theme);
      const page = await context.newPage();
      let reads = 0;
      // The first read (200 items) is answered; the whole plan's never is, so the dialog stays partial.
      await page.route('**/api/getPlanLean', async (route) => (reads++ === 0 ? route.continue() : undefined));
      await page.goto(`${app.preview.url}#goal=1&tab=plan`);
      await page.locator('.plan-item').first().waitFor();
      await page.getByRole('button', { name: 'Add a resource' }).click();
      await page.getByText(/still loading/).waitFor();
      await page.keyboard.type('PyTorch');
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(OUT, `add-partial-${theme}-${width}.png`) });
      await context.close();
    }
  }
  console.log(`wrote screenshots to ${OUT}`);
} finally {
  await browser.close();
  await app.stop();
  rmSync(dir, { recursive: true, force: true });
}
