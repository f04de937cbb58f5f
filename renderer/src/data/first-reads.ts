import type { QueryClient } from '@tanstack/react-query';
import type { AppInfo } from '../../../shared/contract/api';
import { api } from '../lib/api';
import { initialView } from '../state/location';
import { apiQuery } from './query';

let appInfo: Promise<AppInfo> | null = null;

/** The app's facts (the recovery check), asked for once at start; later asks re-read them. */
export function firstAppInfo(): Promise<AppInfo> | null {
  const first = appInfo;
  appInfo = null;
  return first;
}

/**
 * Starts the first screen's reads before React renders anything: the recovery check, the goal list and
 * the plan of the goal to show (the remembered one, else the first in the list, as the shell picks).
 * They land in the query cache, so the screens find them there and invalidation works as for any read.
 */
export function startFirstReads(client: QueryClient): void {
  if (!api) return;
  appInfo = api.app.appInfo();
  // A failure here is the screen's to show when it asks; the shell picks another goal if this one is gone.
  appInfo.catch(() => undefined);
  const goals = client.fetchQuery(apiQuery('listGoals', { includeArchived: false }));
  const view = initialView();
  const goalId = view.goalId !== null ? Promise.resolve(view.goalId) : goals.then((list) => list[0]?.id ?? null);
  goalId.then((id) => (id === null ? undefined : client.prefetchQuery(apiQuery('getPlan', { goalId: id })))).catch(() => undefined);
}
