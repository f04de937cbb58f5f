/// <reference lib="dom" />
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium, launchChromiumProfile, RENDERER, seedLargePlan, startApp, type RunningApp } from '../test/e2e/harness';
import type { Figure } from './measure';

const mid = (t: number[]) => [...t].sort((a, b) => a - b)[Math.floor(t.length / 2)]!;

/** Gzipped size of every JavaScript file the renderer ships, and of what the first screen loads. */
export function benchBundle(): Figure[] {
  const dir = join(RENDERER, 'assets');
  const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
  const gz = (f: string) => gzipSync(readFileSync(join(dir, f)), { level: 9 }).length / 1024;
  const total = files.reduce((s, f) => s + gz(f), 0);
  // What the first screen loads: the entry script and, transitively, its static imports (dynamic
  // `import("…")` chunks load on demand and are not followed).
  const html = readFileSync(join(RENDERER, 'index.html'), 'utf8');
  const loaded = new Set(files.filter((f) => html.includes(`assets/${f}`)));
  for (const f of loaded) {
    const code = readFileSync(join(dir, f), 'utf8');
    for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[^"'()]*?from\s*)?["']\.\/([\w.-]+\.js)["']/g)) loaded.add(m[1]!);
  }
  const initial = [...loaded].reduce((s, f) => s + gz(f), 0);
  return [
    { name: 'renderer JavaScript, all chunks, gzipped', value: total, unit: 'KB', target: '< 300 KB', pass: total < 300 },
    { name: 'renderer JavaScript loaded at start, gzipped', value: initial, unit: 'KB', target: '(measured)', pass: null },
  ];
}

/** A preview over a fresh data folder holding one `n`-item plan, reopened as a learner would find it. */
async function seededPreview(n: number): Promise<{ app: RunningApp; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), `pathwise-bench-ui${n}-`));
  let app = await startApp(dir);
  seedLargePlan(app.db, n);
  await app.stop();
  app = await startApp(dir);
  return { app, dir };
}

/**
 * Loads the plan in a new page and reads the app's own marks. A new page each time: going to the same
 * address again would only move its hash, not load it. The first paint shows the plan's first items;
 * the page then reads the whole plan, and the caller's presses wait for it. Leaves the page open for
 * the caller to use or close.
 */
async function loadPlan(context: BrowserContext, url: string, read: () => number): Promise<{ page: Page; value: number }> {
  const page = await context.newPage();
  await page.goto(`${url}#tab=plan`);
  await page.waitForFunction(() => performance.getEntriesByName('pathwise:plan-painted').length > 0, null, { timeout: 60_000 });
  const value = await page.evaluate(read);
  await page.waitForFunction(() => performance.getEntriesByName('pathwise:plan-whole').length > 0, null, { timeout: 60_000 });
  return { page, value };
}

/** In Chromium: first render of a 2,000-item plan after its data arrives, and marking an item done. */
export async function benchRenderer(): Promise<Figure[]> {
  const { app, dir } = await seededPreview(2000);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
    const renders: number[] = [];
    const sinceData = () =>
      performance.getEntriesByName('pathwise:plan-painted')[0]!.startTime - performance.getEntriesByName('pathwise:plan-data')[0]!.startTime;
    for (let i = 0; i < 7; i++) {
      const loaded = await loadPlan(context, app.preview.url, sinceData);
      renders.push(loaded.value);
      await loaded.page.close();
    }
    const { page } = await loadPlan(context, app.preview.url, sinceData);
    const marks: number[] = [];
    for (let i = 0; i < 9; i++) {
      marks.push(
        await page.evaluate(
          (n) =>
            new Promise<number>((resolve) => {
              const row = document.querySelectorAll<HTMLElement>('.plan-item')[n]!;
              const box = row.querySelector<HTMLInputElement>('input.done-box')!;
              const started = performance.now();
              const observer = new MutationObserver(() => {
                if (!row.className.includes('status-done')) return;
                observer.disconnect();
                requestAnimationFrame(() => resolve(performance.now() - started));
              });
              observer.observe(row, { attributes: true, attributeFilter: ['class'] });
              box.click();
            }),
          i,
        ),
      );
    }
    const render = mid(renders);
    const mark = mid(marks);
    return [
      { name: 'first render of a 2,000-item plan (Chromium)', value: render, unit: 'ms', target: '< 500 ms', pass: render < 500 },
      { name: 'mark an item done → screen updated (Chromium)', value: mark, unit: 'ms', target: '< 50 ms', pass: mark < 50 },
    ];
  } finally {
    await browser.close();
    await app.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * In Chromium at 20,000 items: the list's first paint after navigation, and pressing `d` on a row.
 * The paint is measured as a learner meets it, in a browser profile that has opened Pathwise before:
 * Chromium then runs the app's scripts from compiled code it kept, as the desktop app does for app://
 * pages (the scheme's codeCache privilege). The first open in a new profile, which compiles every
 * script, is printed beside it.
 */
export async function benchRendererLarge(): Promise<Figure[]> {
  const { app, dir } = await seededPreview(20_000);
  const profileDir = mkdtempSync(join(tmpdir(), 'pathwise-bench-profile-'));
  let context: BrowserContext | undefined;
  try {
    context = await launchChromiumProfile(profileDir, { width: 1360, height: 900 });
    const paints: number[] = [];
    // Mark times count from the start of navigation.
    const sinceNavigation = () => performance.getEntriesByName('pathwise:plan-painted')[0]!.startTime;
    for (let i = 0; i < 8; i++) {
      const loaded = await loadPlan(context, app.preview.url, sinceNavigation);
      paints.push(loaded.value);
      await loaded.page.close();
    }
    const [firstOpen, ...reopened] = paints;
    const { page } = await loadPlan(context, app.preview.url, sinceNavigation);
    const calls: string[] = [];
    page.on('request', (r) => r.url().includes('/api/') && calls.push(r.url().split('/api/')[1]!));
    const screens: number[] = [];
    const perPress: number[] = [];
    for (let i = 0; i < 7; i++) {
      const before = calls.length;
      screens.push(
        await page.evaluate(
          (n) =>
            new Promise<number>((resolve) => {
              const row = document.querySelectorAll<HTMLElement>('.plan-item')[n]!;
              row.focus();
              const started = performance.now();
              const observer = new MutationObserver(() => {
                if (!row.className.includes('status-done')) return;
                observer.disconnect();
                requestAnimationFrame(() => resolve(performance.now() - started));
              });
              observer.observe(row, { attributes: true, attributeFilter: ['class'] });
              row.dispatchEvent(new KeyboardEvent('keydown', { key: 'd', bubbles: true }));
            }),
          i,
        ),
      );
      // Every call the press leads to, a delayed re-read included: wait until none has come for 700 ms.
      for (let seen = -1; seen !== calls.length;) {
        seen = calls.length;
        await page.waitForTimeout(700);
      }
      perPress.push(calls.length - before);
    }
    const paint = mid(reopened);
    const screen = mid(screens);
    const callsPerPress = mid(perPress);
    return [
      { name: 'first list paint, 20k-item plan, after navigation (Chromium, reopened)', value: paint, unit: 'ms', target: '≤ 400 ms', pass: paint <= 400 },
      { name: 'first list paint, 20k-item plan, first open in a new profile', value: firstOpen!, unit: 'ms', target: '(measured)', pass: null },
      { name: 'pressing d at 20k items: screen (Chromium)', value: screen, unit: 'ms', target: '≤ 8 ms', pass: screen <= 8 },
      { name: 'pressing d at 20k items: service calls made', value: callsPerPress, unit: 'calls', target: '1 call', pass: callsPerPress === 1 },
    ];
  } finally {
    await context?.close();
    await app.stop();
    rmSync(dir, { recursive: true, force: true });
    rmSync(profileDir, { recursive: true, force: true });
  }
}
