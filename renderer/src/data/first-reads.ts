import type { QueryClient } from '@tanstack/react-query';
import type { AppInfo } from '../../../shared/contract/api';
import type { Input, Method, Output } from '../../../shared/contract/contract';
import { api, call, firstItemsOfPlan } from '../lib/api';
import { initialView } from '../state/view';
import { apiKey } from './keys';

// This module is in the page's small first script: it imports neither React nor the query library, so
// the service is already answering while the browser compiles the rest of the app (main.tsx).

let appInfo: Promise<AppInfo> | null = null;
let client: QueryClient | null = null;
const started: { key: readonly unknown[]; answer: Promise<unknown> }[] = [];

/** The app's facts (the recovery check) as asked at start, once; later asks read them afresh. */
export function firstAppInfo(): Promise<AppInfo> | null {
  const first = appInfo;
  appInfo = null;
  return first;
}

function read<M extends Method>(method: M, input: Input<M>, answer: Promise<Output<M>> = call(method, input)) {
  // A failure is the screen's to show when it asks (the query keeps it); nothing to report here.
  answer.catch(() => undefined);
  const entry = { key: apiKey(method, input), answer };
  if (client) seed(client, entry);
  else started.push(entry);
  return answer;
}

const seed = (c: QueryClient, { key, answer }: (typeof started)[number]) => void c.prefetchQuery({ queryKey: key, queryFn: () => answer });

/**
 * Starts the first screen's reads: the recovery check, the goal list and the plan of the goal to show
 * (the remembered one, else the first in the list, as the shell picks it). Resolves, with the goal
 * read or null, once every read has been asked: with no goal remembered, that waits for the list.
 */
export async function startFirstReads(): Promise<number | null> {
  // Once per page load; starting again (a test) forgets the last start's cache.
  client = null;
  started.length = 0;
  if (!api) return null;
  appInfo = api.app.appInfo();
  appInfo.catch(() => undefined);
  const goals = read('listGoals', { includeArchived: false });
  const { goalId, tab } = initialView();
  const readGoal = (goalId: number) => {
    // The plan's first screenful: the whole plan follows once it is on screen (partial-plans.ts).
    read('getPlan', { goalId }, firstItemsOfPlan({ goalId }));
    // "This week", the first tab, shows its own read as well.
    if (tab === 'week') read('thisWeek', { goalId });
  };
  if (goalId !== null) {
    readGoal(goalId);
    return goalId;
  }
  const first = await goals.then(
    (list) => list[0]?.id ?? null,
    () => null,
  );
  if (first !== null) readGoal(first);
  return first;
}

/**
 * Hands the reads to the query cache, where the screens find them as if they had asked; a read that
 * starts later (the plan, once the list named the goal) goes straight there.
 */
export function adoptFirstReads(queries: QueryClient): void {
  client = queries;
  for (const entry of started.splice(0)) seed(queries, entry);
}
