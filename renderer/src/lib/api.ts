import type { PathwiseApi } from '../../../shared/contract/api';
import type { Input, Method, Output } from '../../../shared/contract/contract';
import type { Result, ServiceErrorData } from '../../../shared/contract/results';
import type { PlanView } from '../../../shared/contract/views';
import { FIRST_ITEMS, markPartial } from '../data/partial-plans';
import { createHttpApi } from './http-bridge';
import { expandPlan, holdResources, type HeldResources } from './lean-plan';

declare global {
  interface Window {
    pathwise?: PathwiseApi;
  }
}

function resolveApi(): PathwiseApi | null {
  if (window.pathwise) return window.pathwise;
  const token = document.querySelector<HTMLMetaElement>('meta[name="pathwise-token"]')?.content;
  return token ? createHttpApi(token) : null;
}

export const api = resolveApi();

/** A service error the UI can show as is. */
export class ApiError extends Error {
  constructor(readonly data: ServiceErrorData) {
    super(data.message);
  }
}

/** Calls a service method; resolves with the value or rejects with an ApiError carrying the message. */
export async function call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>> {
  if (method === 'getPlan') return (await planOf(input as Input<'getPlan'>)) as Output<M>;
  return send(method, input);
}

let resources: HeldResources | null = null;

const missingResource = () => new ApiError({ code: 'internal', message: 'The plan names a resource the service did not send.' });

/**
 * A plan travels lean: items without their resources' details. The page keeps one copy of what the
 * rows show of each resource and tells the service which version it holds; the details come only
 * when that version changed, or for a plan whose resources the page has not seen yet.
 */
async function planOf(input: Input<'getPlan'>): Promise<PlanView> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const known = attempt === 0 ? resources?.version : undefined;
    const lean = await send('getPlanLean', { ...input, ...(known ? { resourcesVersion: known } : {}) });
    if (lean.resources) resources = holdResources(resources, lean.resourcesVersion, lean.resources);
    const plan = resources ? expandPlan(lean, resources) : null;
    if (plan) return plan;
  }
  throw missingResource();
}

/**
 * The plan's first items and its whole header, for the first screen (data/partial-plans.ts). Their
 * resources are not kept as held: the whole plan's read that follows must bring all of them.
 */
export async function firstItemsOfPlan(input: Input<'getPlan'>): Promise<PlanView> {
  const lean = await send('getPlanLean', { ...input, firstItems: FIRST_ITEMS });
  const plan = lean.resources ? expandPlan(lean, holdResources(null, lean.resourcesVersion, lean.resources)) : null;
  if (!plan) throw missingResource();
  if (lean.itemsLeftOut) markPartial(plan);
  return plan;
}

async function send<M extends Method>(method: M, input: Input<M>): Promise<Output<M>> {
  if (!api) throw new ApiError({ code: 'internal', message: 'Pathwise cannot reach its data: open it from the app or from "npm run web".' });
  let result: Result<Output<M>>;
  try {
    result = await (api[method] as (i: Input<M>) => Promise<Result<Output<M>>>)(input);
  } catch (e) {
    throw new ApiError({ code: 'internal', message: `Pathwise could not reach its service (${e instanceof Error ? e.message : String(e)}).` });
  }
  if (!result.ok) {
    if (result.error.code === 'damaged') for (const f of damageWatchers) f();
    throw new ApiError(result.error);
  }
  return result.value;
}

const damageWatchers = new Set<() => void>();

/**
 * Calls `f` when any answer says the database is damaged: SQLite found it mid-session, the service
 * stopped using the file, and the recovery gate takes over the window rather than let every screen fail.
 */
export function watchDamage(f: () => void): () => void {
  damageWatchers.add(f);
  return () => void damageWatchers.delete(f);
}

export function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
