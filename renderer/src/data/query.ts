import { notifyManager, QueryClient, useQuery, type QueryKey } from '@tanstack/react-query';
import type { Input, Method, Output } from '../../../shared/contract/contract';
import { call } from '../lib/api';
import { apiKey } from './keys';

export { apiKey, type ApiKey } from './keys';

// The cache tells the screens about a change once the current task's work is done, not a timer tick
// later: a row patched by a key press or a click is redrawn before the browser does anything else.
notifyManager.setScheduler(queueMicrotask);

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // The service is local: a failure is a real error to show, not a flaky network to retry.
      // No structural sharing: plan-cache.ts already keeps every unchanged item's identity, so a deep
      // comparison of a 20,000-item plan on every patch would be work for nothing.
      queries: { retry: false, staleTime: Infinity, refetchOnWindowFocus: false, gcTime: 5 * 60_000, structuralSharing: false },
      mutations: { retry: false },
    },
  });
}

/** A read of the service as a query: for hooks, and for reads started before the screen asks. */
export const apiQuery = <M extends Method>(method: M, input: Input<M>) => ({
  queryKey: apiKey(method, input) as QueryKey,
  queryFn: () => call(method, input),
});

export function useApi<M extends Method>(method: M, input: Input<M>, enabled = true) {
  return useQuery<Output<M>, Error, Output<M>, QueryKey>({ ...apiQuery(method, input), enabled });
}

/** Reads the shell keeps open in the background, whatever screen is shown. */
const BACKGROUND: readonly Method[] = ['weeklyReview'];

/**
 * Goal-level reads that a change to a goal's items may alter. `goals: false` when the goal list was
 * already patched from the change's own answer. `background: false` only marks the shell's background
 * reads stale (read again when next shown) instead of asking the service at once.
 */
export async function invalidateGoal(client: QueryClient, goalId: number, options: { plan: boolean; goals?: boolean; background?: boolean }): Promise<void> {
  const goalScoped = (key: QueryKey) => {
    const input = key[1] as { goalId?: number } | undefined;
    return input?.goalId === goalId;
  };
  const affected = (key: QueryKey) => {
    const method = key[0] as Method;
    if (method === 'listGoals') return options.goals !== false;
    if (method === 'getPlan') return options.plan && goalScoped(key);
    return method !== 'recommend' && method !== 'listResources' && goalScoped(key);
  };
  const quiet = (key: QueryKey) => options.background === false && BACKGROUND.includes(key[0] as Method);
  await Promise.all([
    client.invalidateQueries({ predicate: (q) => affected(q.queryKey) && !quiet(q.queryKey) }),
    client.invalidateQueries({ predicate: (q) => affected(q.queryKey) && quiet(q.queryKey), refetchType: 'none' }),
  ]);
}
