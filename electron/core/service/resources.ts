import { isSchedulable, type Resource } from '../../../shared/catalog/resource';
import type { ParsedInput } from '../../../shared/contract/contract';
import { ServiceError } from '../../../shared/contract/results';
import type { Context } from './context';
import { inWriteTransaction } from '../store/tx';

export function listResources(ctx: Context, input: ParsedInput<'listResources'>): Resource[] {
  const all = [...ctx.catalog().values()];
  return input.includeRetired ? all : all.filter(isSchedulable);
}

export function getResource(ctx: Context, input: ParsedInput<'getResource'>): Resource {
  return ctx.resource(input.resourceId);
}

function slug(title: string): string {
  const s = title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/g, '');
  return s || 'resource';
}

/** Prerequisites must exist, and following them from any of them must never lead back to `id`. */
function checkPrerequisites(ctx: Context, id: string, prerequisites: readonly string[]): void {
  const catalog = ctx.catalog();
  prerequisites.forEach((p, i) => {
    if (!catalog.has(p)) throw new ServiceError('not_found', `prerequisites.${i}: no resource with id "${p}"`, `prerequisites.${i}`);
    if (p === id) throw new ServiceError('conflict', `prerequisites.${i}: a resource cannot be its own prerequisite`, `prerequisites.${i}`);
  });
  const seen = new Set<string>();
  const stack = [...prerequisites];
  while (stack.length > 0) {
    const cur = stack.pop()!;
    if (cur === id) {
      throw new ServiceError('conflict', `prerequisites: this would make a cycle back to "${catalog.get(id)?.title ?? id}"`, 'prerequisites');
    }
    if (seen.has(cur)) continue;
    seen.add(cur);
    stack.push(...(catalog.get(cur)?.prerequisites ?? []));
  }
}

export function addCustomResource(ctx: Context, input: ParsedInput<'addCustomResource'>): Resource {
  const same = [...ctx.catalog().values()].find((r) => r.custom && r.url === input.url);
  if (same) throw new ServiceError('conflict', `url: you already added "${same.title}" with this link (${same.id}); edit it or add that one`, 'url');
  const base = `custom-${slug(input.title)}`;
  let id = base;
  for (let n = 2; ctx.catalog().has(id); n++) id = `${base}-${n}`;
  checkPrerequisites(ctx, id, input.prerequisites);
  const resource: Resource = {
    id,
    title: input.title,
    provider: input.provider || 'Added by you',
    url: input.url,
    kind: input.kind,
    framework: input.framework,
    level: input.level,
    hours: input.hours,
    hoursSource: 'estimate',
    hoursNote: 'Your own estimate.',
    cost: 'free',
    skills: [],
    domains: [],
    prerequisites: [...new Set(input.prerequisites)],
    status: 'active',
    checkedOn: ctx.today(),
    stage: 'specialize',
    pick: {},
    summary: input.summary,
    sources: [],
    custom: true,
    topics: [...new Set(input.topics)],
    format: input.format,
    depth: 'practical',
    certificate: false,
    unverified: [],
  };
  write(ctx, resource);
  return ctx.resource(id);
}

export function editCustomResource(ctx: Context, input: ParsedInput<'editCustomResource'>): Resource {
  const current = ctx.resource(input.resourceId);
  if (!current.custom) {
    throw new ServiceError('conflict', `resourceId: "${current.title}" is part of the shipped catalog and cannot be edited`, 'resourceId');
  }
  const p = input.patch;
  if (p.prerequisites) checkPrerequisites(ctx, current.id, p.prerequisites);
  const next: Resource = {
    ...current,
    ...(p.title !== undefined ? { title: p.title } : {}),
    ...(p.url !== undefined ? { url: p.url } : {}),
    ...(p.hours !== undefined ? { hours: p.hours } : {}),
    ...(p.framework !== undefined ? { framework: p.framework } : {}),
    ...(p.level !== undefined ? { level: p.level } : {}),
    ...(p.kind !== undefined ? { kind: p.kind } : {}),
    ...(p.provider !== undefined ? { provider: p.provider || 'Added by you' } : {}),
    ...(p.prerequisites !== undefined ? { prerequisites: [...new Set(p.prerequisites)] } : {}),
    ...(p.summary !== undefined ? { summary: p.summary } : {}),
    ...(p.topics !== undefined ? { topics: [...new Set(p.topics)] } : {}),
    ...(p.format !== undefined ? { format: p.format } : {}),
  };
  write(ctx, next);
  return ctx.resource(current.id);
}

function write(ctx: Context, r: Resource): void {
  const { resources } = ctx.store;
  inWriteTransaction(ctx.db, () => resources.write(r, resources.positionOf(r.id) ?? resources.nextCustomPosition()));
  ctx.invalidateCatalog();
}
