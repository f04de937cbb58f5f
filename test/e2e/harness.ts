import type Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startPreview, type Preview } from '../../electron/preview/server';
import { createService, type Service } from '../../electron/core/service/index';
import { openDataHolder } from '../../electron/core/service/holder';
import { prepareResourceWriter } from '../../electron/core/store/resource-rows';
import { CATALOG } from '../../shared/catalog/index';
import { profile } from '../support/answers';

export const CHROMIUM = '/usr/bin/chromium';
export const RENDERER = join(import.meta.dirname, '..', '..', 'dist', 'renderer');

/** Debian's Chromium, never a downloaded browser; flags keep it off the network entirely. */
export async function launchChromium(): Promise<Browser> {
  checkChromium();
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/**
 * Chromium with a profile kept in `profileDir`, as a learner's own browser keeps one: it caches the
 * page's compiled code between visits (an incognito context keeps none), as the desktop app does.
 */
export async function launchChromiumProfile(profileDir: string, viewport: { width: number; height: number }): Promise<BrowserContext> {
  checkChromium();
  return chromium.launchPersistentContext(profileDir, { executablePath: CHROMIUM, args: CHROMIUM_ARGS, viewport });
}

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

function checkChromium() {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium); .ci/run does.`);
  if (!existsSync(join(RENDERER, 'index.html'))) throw new Error('The renderer is not built: run "npm run build:renderer" (npm test does).');
}

export interface RunningApp {
  preview: Preview;
  service: Service;
  db: Database.Database;
  stop(): Promise<void>;
}

/**
 * The browser preview on 127.0.0.1 (a free port unless one is given), over a real database file in `dataDir`, opened as
 * `npm run web` opens it (owner record, damage check, start-up backup, restores, recovery mode).
 */
export async function startApp(dataDir: string, port = 0): Promise<RunningApp> {
  const holder = openDataHolder(dataDir, 'preview', { log: () => undefined });
  const service = holder.service;
  const preview = await startPreview({ service, root: RENDERER, port, dataDir, version: 'test', recovery: holder.recovery, restore: holder.restore });
  return {
    preview,
    service,
    get db() {
      const db = holder.database();
      if (!db) throw new Error('The data folder is in recovery mode: there is no open database.');
      return db;
    },
    stop: async () => {
      await preview.close();
      holder.close();
    },
  };
}

/** Records every request, console error and page error, so a test can assert there were none. */
export function watch(page: Page) {
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  return { requests, errors };
}

/**
 * A goal whose plan holds `n` chained custom resources, written straight to the database in one
 * transaction (going through addToPlan n times would re-plan n times).
 */
export function seedLargePlan(db: Database.Database, n: number): number {
  const seeder = createService(db);
  const created = seeder.call('createGoal', {
    title: `A ${n}-item plan`,
    profile: profile({ purpose: 'research', domains: ['nlp'], pythonLevel: 'fluent', mlLevel: 'experienced', hoursPerWeek: 10, startDate: '2026-11-02' }),
  });
  if (!created.ok) throw new Error(created.error.message);
  const goalId = created.value.goal.id;
  const template = CATALOG.find((r) => r.id === 'torch-compile')!;
  const write = prepareResourceWriter(db);
  const hours = Array.from({ length: n }, (_, i) => 1 + (i % 5));
  const insert = db.prepare("INSERT INTO plan_items (goal_id, resource_id, position, origin, relevance, status) VALUES (?, ?, ?, 'learner', 0, 'not-started')");
  db.transaction(() => {
    db.prepare('DELETE FROM plan_items WHERE goal_id = ?').run(goalId);
    for (let i = 0; i < n; i++) {
      const id = `custom-seed-${i}`;
      write(
        {
          ...template,
          id,
          title: `Seeded resource ${String(i + 1).padStart(4, '0')}`,
          url: `https://example.com/r/${i}`,
          hours: hours[i]!,
          custom: true,
          prerequisites: i > 0 && i % 3 ? [`custom-seed-${i - 1}`] : [],
          pick: {},
        },
        10_000 + i,
      );
      insert.run(goalId, id, i);
    }
  })();
  return goalId;
}
