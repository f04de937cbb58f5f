// Renders renderer/public/icon.svg to build/icon.png (512×512) in Chromium: electron-builder makes
// every platform's icon from it. Run with: node --import tsx scripts/icon.ts
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../test/e2e/harness';

const ROOT = join(import.meta.dirname, '..');
const svg = readFileSync(join(ROOT, 'renderer', 'public', 'icon.svg'), 'utf8');
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 512, height: 512 } });
await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', '<svg width="512" height="512" ')}</body></html>`);
await page.screenshot({ path: join(ROOT, 'build', 'icon.png'), omitBackground: true });
await browser.close();
