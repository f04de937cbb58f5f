// Plan resources as columns and back: the service writes them, the page reads them. Zod-free, like
// plan-item.ts, so the page's bundle does not carry the schemas.
import type { PlanResource } from './plan-item';
import type { PlanResourceColumns } from './views';

const PLAIN = ['id', 'title', 'url', 'hours'] as const;
/** Fields whose few distinct texts repeat across resources: sent once each, named by index. */
const TEXTS = ['provider', 'kind', 'framework', 'level', 'cost', 'hoursSource', 'stage', 'status', 'format'] as const;
/** Fields most resources leave out: sent by index for the others. */
const SPARSE = ['parentId', 'statusReason', 'replacementId'] as const;
/** Lists of repeating texts, left out when empty: sent by index, as indexes into the texts. */
const LISTS = ['topics', 'unverified'] as const;

const USUAL_FORMAT = 'text';

type Column = unknown[];
type Sparse = Record<string, unknown>;

export function resourceColumns(resources: readonly PlanResource[]): PlanResourceColumns {
  const texts: string[] = [];
  const indexOf = new Map<string, number>();
  const text = (s: string) => {
    let i = indexOf.get(s);
    if (i === undefined) {
      i = texts.push(s) - 1;
      indexOf.set(s, i);
    }
    return i;
  };
  const out = { texts } as Record<string, unknown>;
  for (const f of [...PLAIN, ...TEXTS]) out[f] = new Array(resources.length);
  for (const f of [...SPARSE, ...LISTS]) out[f] = {};
  resources.forEach((r, k) => {
    for (const f of PLAIN) (out[f] as Column)[k] = r[f];
    for (const f of TEXTS) (out[f] as Column)[k] = text(r[f] ?? USUAL_FORMAT);
    for (const f of SPARSE) if (r[f] !== undefined) (out[f] as Sparse)[k] = r[f];
    for (const f of LISTS) if (r[f] !== undefined) (out[f] as Sparse)[k] = r[f].map(text);
  });
  return out as PlanResourceColumns;
}

/**
 * Reads resource `k` of the columns into `into`, which is cleared first: the page reads thousands of
 * resources through one object instead of making one for each.
 */
export function readResource(c: PlanResourceColumns, k: number, into: PlanResource): PlanResource {
  const r = into as unknown as Record<string, unknown>;
  for (const f of PLAIN) r[f] = c[f][k];
  for (const f of TEXTS) r[f] = c.texts[c[f][k]!];
  // A plan resource leaves its format out when it is the usual one (plan-item.ts).
  if (r.format === USUAL_FORMAT) r.format = undefined;
  for (const f of SPARSE) r[f] = (c[f] as Sparse)[k];
  for (const f of LISTS) r[f] = c[f][k]?.map((i) => c.texts[i]);
  return into;
}

/** Every resource of the columns as its own object, fields at their usual value left out. */
export function resourcesOfColumns(c: PlanResourceColumns): PlanResource[] {
  return c.id.map((_, k) => {
    const r = readResource(c, k, {} as PlanResource) as unknown as Record<string, unknown>;
    for (const f of Object.keys(r)) if (r[f] === undefined) delete r[f];
    return r as unknown as PlanResource;
  });
}
