import { cleanup, render, screen, waitFor } from '@testing-library/react';
import type { JSX } from 'react';
import { afterAll, afterEach, beforeAll, beforeEach, expect, vi } from 'vitest';
import type { PathwiseApi } from '../../shared/contract/api';
import type { MethodName } from '../../shared/contract/methods';
import type { PlanItem, PlanView } from '../../shared/contract/views';
import { profile } from '../support/answers';

/** The day the service in these tests lives on (test/support/ui-service.ts starts its clock there). */
export const TODAY = '2026-11-26';

/** What test/support/ui-service.ts returns; declared here because that file needs Node's types. */
export interface UiService {
  api: PathwiseApi;
  calls: { method: MethodName; input: unknown }[];
  hold(method: MethodName): () => void;
  failCall(method: MethodName, after: number, error: { code: string; message: string }): void;
  call(method: MethodName, input: unknown): unknown;
  largeGoal(n: number): number;
  clock: { now(): Date; set(iso: string): void };
  close(): void;
}

/**
 * Loads the real-service bridge and installs it as `window.pathwise` before the renderer is imported
 * (the renderer finds its API when its module loads). The path is a variable so that the page's type
 * check does not follow it into Node code.
 */
export async function installService(): Promise<UiService> {
  const bridge = '../support/ui-service';
  const { createUiService } = (await import(/* @vite-ignore */ bridge)) as { createUiService(): UiService };
  const ui = createUiService();
  window.pathwise = ui.api;
  return ui;
}

export const planOf = (ui: UiService, goalId: number) => ui.call('getPlan', { goalId }) as PlanView;

export const callsOf = (ui: UiService, method: MethodName) => ui.calls.filter((c) => c.method === method);

/** jsdom lays nothing out: the virtualized list needs a window size to decide which rows to draw. */
export function giveLayout(width = 1200, height = 900): void {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => height });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => width });
  // jsdom has <dialog> without its modal methods.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
}

/**
 * One real service per test file, installed before the app is imported; each test starts on a bare
 * address with empty storage. Returns live accessors (filled in once the file's setup has run).
 */
export function useRealService() {
  const live = {} as { ui: UiService; App: typeof import('../../renderer/src/App').App };
  // The page's today is the service's today, whatever the wall clock says.
  beforeEach(() => void vi.useFakeTimers({ toFake: ['Date'], now: new Date(`${TODAY}T10:00:00Z`) }));
  beforeAll(async () => {
    giveLayout();
    live.ui = await installService();
    ({ App: live.App } = await import('../../renderer/src/App'));
  });
  afterAll(() => live.ui.close());
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
    localStorage.clear();
    window.history.replaceState(null, '', '#');
    live.ui.calls.length = 0;
  });
  return live;
}

const PROFILE = profile({ pythonLevel: 'fluent', mlLevel: 'experienced' });
let goals = 0;

/** A goal for a fluent, experienced learner: the foundations are skipped, framework items come first. */
export function newGoal(ui: UiService): PlanView {
  return ui.call('createGoal', { profile: PROFILE, title: `Goal ${++goals}` }) as PlanView;
}

/** Renders the app at a goal's tab, as a reload with that address would, and waits for the rows. */
export async function openAt(App: (props: { client?: never }) => JSX.Element, goalId: number, tab = 'plan') {
  window.history.replaceState(null, '', `#goal=${goalId}&tab=${tab}`);
  render(<App />);
  await screen.findByRole('heading', { level: 1, name: /^Goal / });
  if (tab === 'plan') await waitFor(() => expect(document.querySelectorAll('.plan-item').length).toBeGreaterThan(3));
}

/**
 * Opens the goal's plan as the page loads it: the small script's first reads (only the plan's first
 * items), then the app; waits for the rows. The modules load here, after the service is installed.
 */
export async function openAsPageLoads(App: (props: { client?: never }) => JSX.Element, goalId: number, rows = true) {
  const reads = await import('../../renderer/src/data/first-reads');
  const { createQueryClient } = await import('../../renderer/src/data/query');
  window.history.replaceState(null, '', `#goal=${goalId}&tab=plan`);
  await reads.startFirstReads();
  const client = createQueryClient();
  reads.adoptFirstReads(client);
  render(<App client={client as never} />);
  if (rows) await waitFor(() => expect(document.querySelectorAll('.plan-item').length).toBeGreaterThan(3));
}

export const rowOf = (id: number) => document.querySelector<HTMLElement>(`.plan-item[data-item-id="${id}"]`)!;

/** Items drawn on screen (the list is virtualized), in plan order, that are not skipped. */
export function shownItems(plan: PlanView): PlanItem[] {
  const drawn = new Set([...document.querySelectorAll('.plan-item')].map((e) => Number(e.getAttribute('data-item-id'))));
  return plan.items.filter((i) => drawn.has(i.id) && i.status !== 'skipped');
}
