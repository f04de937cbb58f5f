import type { PathwiseApi } from '../../shared/contract/api';
import type { MethodName } from '../../shared/contract/methods';
import type { PlanView } from '../../shared/contract/views';

/** What test/support/ui-service.ts returns; declared here because that file needs Node's types. */
export interface UiService {
  api: PathwiseApi;
  calls: { method: MethodName; input: unknown }[];
  hold(method: MethodName): () => void;
  call(method: MethodName, input: unknown): unknown;
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

/** jsdom lays nothing out; the virtualized list needs a window size to decide which rows to draw. */
export function giveLayout(width = 1200, height = 900): void {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => height });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => width });
}
