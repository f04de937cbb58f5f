import { randomUUID } from 'node:crypto';
import type { Resource } from '../../../shared/catalog/resource';
import { ServiceError } from '../../../shared/contract/results';
import type { ExportDocument } from '../../../shared/export/schema';
import type { Context } from '../service/context';
import { inWriteTransaction } from '../store/tx';
import { readGoalFile } from './validate';

const sameResource = (a: Resource, b: Resource) => JSON.stringify({ ...a, id: '', prerequisites: [] }) === JSON.stringify({ ...b, id: '', prerequisites: [] });

/**
 * Maps the file's custom resource ids onto this database: an id that is free is kept, an identical
 * resource already here is reused, and a clash gets a fresh id. Prerequisites follow the mapping.
 */
function mapCustomResources(ctx: Context, doc: ExportDocument): { ids: Map<string, string>; toWrite: Resource[] } {
  const catalog = ctx.catalog();
  const ids = new Map<string, string>();
  const taken = new Set(catalog.keys());
  for (const r of doc.customResources) {
    const here = catalog.get(r.id);
    if (here && here.custom && sameResource(here, r)) ids.set(r.id, r.id);
    else if (!taken.has(r.id) && !ids.has(r.id)) ids.set(r.id, r.id);
    else {
      let n = 2;
      while (taken.has(`${r.id}-${n}`)) n++;
      ids.set(r.id, `${r.id}-${n}`);
    }
    taken.add(ids.get(r.id)!);
  }
  const exists = (id: string) => ids.has(id) || catalog.get(id)?.custom === false;
  const toWrite: Resource[] = [];
  doc.customResources.forEach((r, i) => {
    r.prerequisites.forEach((p, k) => {
      if (!exists(p))
        throw new ServiceError('invalid_input', `customResources.${i}.prerequisites.${k}: unknown resource "${p}"`, `customResources.${i}.prerequisites.${k}`);
    });
    const id = ids.get(r.id)!;
    const reuse = catalog.get(id);
    if (!(reuse && reuse.custom && sameResource(reuse, r) && id === r.id)) {
      toWrite.push({ ...r, id, prerequisites: r.prerequisites.map((p) => ids.get(p) ?? p) });
    }
  });
  doc.items.forEach((it, i) => {
    if (!exists(it.resourceId)) {
      throw new ServiceError(
        'invalid_input',
        `items.${i}.resourceId: unknown resource "${it.resourceId}" (not in this catalog, and not in the file)`,
        `items.${i}.resourceId`,
      );
    }
  });
  return { ids, toWrite };
}

/**
 * Validates the whole file, then writes it as a new goal in one transaction; any bad record rolls it
 * all back. `beforeWrite` runs once the file is known good (the service takes its backup there).
 */
export function importGoal(ctx: Context, content: string, beforeWrite: () => void = () => undefined): number {
  const doc = readGoalFile(content, ctx.today());
  const { ids, toWrite } = mapCustomResources(ctx, doc);
  beforeWrite();
  const { goals, items, log, resources } = ctx.store;
  const now = ctx.nowIso();
  const goalId = inWriteTransaction(ctx.db, () => {
    const start = resources.nextCustomPosition();
    toWrite.forEach((r, i) => resources.write(r, start + i));
    const g = doc.goal;
    const id = goals.insert({
      uid: goals.uidTaken(g.uid) ? randomUUID() : g.uid,
      title: g.title,
      profile: g.profile,
      framework: g.framework,
      recommendedFramework: g.recommendedFramework,
      startDate: g.startDate,
      targetDate: g.targetDate,
      hoursPerWeek: g.hoursPerWeek,
      customOrder: g.customOrder,
      notes: g.notes,
      createdAt: g.createdAt,
      updatedAt: now,
      archivedAt: g.archived ? now : null,
    });
    const itemIds = doc.items.map((it, position) =>
      items.insert({
        goalId: id,
        resourceId: ids.get(it.resourceId) ?? it.resourceId,
        position,
        origin: it.origin,
        relevance: it.relevance,
        status: it.status,
        skipReason: it.skipReason,
        startedOn: it.startedOn,
        completedOn: it.completedOn,
        notes: it.notes,
      }),
    );
    for (const e of doc.log) {
      log.append({
        goalId: id,
        itemId: itemIds[e.item]!,
        at: e.at,
        day: e.day,
        kind: e.kind,
        minutes: e.minutes,
        fromStatus: e.fromStatus,
        toStatus: e.toStatus,
        note: e.note,
      });
    }
    return id;
  });
  if (toWrite.length) ctx.invalidateCatalog();
  return goalId;
}
