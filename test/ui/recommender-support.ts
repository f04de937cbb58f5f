import type { PathwiseApi } from '../../shared/contract/api';
import type { MethodName } from '../../shared/contract/methods';
import type { Result } from '../../shared/contract/results';

/** What test/support/recommender-api.ts returns; declared here because that file needs Node's types. */
export interface RealApi {
  api: PathwiseApi;
  calls: { method: MethodName; input: unknown }[];
  delays: Map<MethodName, number>;
  call(method: MethodName, input: unknown): Result<unknown>;
  close(): void;
}

/** Installs the real service as `window.pathwise` before the renderer loads; the path is a variable so the page's type check stays out of Node code. */
export async function installRealApi(): Promise<RealApi> {
  const bridge = '../support/recommender-api';
  const { createRecommenderApi } = (await import(/* @vite-ignore */ bridge)) as { createRecommenderApi(): RealApi };
  const real = createRecommenderApi();
  window.pathwise = real.api;
  return real;
}
