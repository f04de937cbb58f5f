import type { Database } from 'better-sqlite3';
import { ResourceFacetsSchema, type Resource } from '../../../shared/catalog/resource';

export interface ResourceRow {
  id: string;
  custom: 0 | 1;
  position: number;
  title: string;
  provider: string;
  url: string;
  kind: Resource['kind'];
  framework: Resource['framework'];
  level: Resource['level'];
  hours: number;
  hours_source: Resource['hoursSource'];
  hours_note: string | null;
  cost: Resource['cost'];
  cost_note: string | null;
  status: Resource['status'];
  status_reason: string | null;
  replacement_id: string | null;
  checked_on: string;
  parent_id: string | null;
  stage: Resource['stage'];
  summary: string;
  skills: string;
  domains: string;
  pick: string;
  known_when: string | null;
  sources: string;
  facets: string;
}

export function toRow(r: Resource, position: number): ResourceRow {
  return {
    id: r.id,
    custom: r.custom ? 1 : 0,
    position,
    title: r.title,
    provider: r.provider,
    url: r.url,
    kind: r.kind,
    framework: r.framework,
    level: r.level,
    hours: r.hours,
    hours_source: r.hoursSource,
    hours_note: r.hoursNote ?? null,
    cost: r.cost,
    cost_note: r.costNote ?? null,
    status: r.status,
    status_reason: r.statusReason ?? null,
    replacement_id: r.replacementId ?? null,
    checked_on: r.checkedOn,
    parent_id: r.parentId ?? null,
    stage: r.stage,
    summary: r.summary,
    skills: JSON.stringify(r.skills),
    domains: JSON.stringify(r.domains),
    pick: JSON.stringify(r.pick),
    known_when: r.knownWhen ? JSON.stringify(r.knownWhen) : null,
    sources: JSON.stringify(r.sources),
    facets: JSON.stringify({ topics: r.topics, format: r.format, depth: r.depth, certificate: r.certificate, unverified: r.unverified }),
  };
}

export function fromRow(row: ResourceRow, prerequisites: string[]): Resource {
  return {
    id: row.id,
    title: row.title,
    provider: row.provider,
    url: row.url,
    kind: row.kind,
    framework: row.framework,
    level: row.level,
    hours: row.hours,
    hoursSource: row.hours_source,
    ...(row.hours_note !== null ? { hoursNote: row.hours_note } : {}),
    cost: row.cost,
    ...(row.cost_note !== null ? { costNote: row.cost_note } : {}),
    skills: JSON.parse(row.skills) as string[],
    domains: JSON.parse(row.domains) as Resource['domains'],
    prerequisites,
    status: row.status,
    ...(row.status_reason !== null ? { statusReason: row.status_reason } : {}),
    ...(row.replacement_id !== null ? { replacementId: row.replacement_id } : {}),
    checkedOn: row.checked_on,
    ...(row.parent_id !== null ? { parentId: row.parent_id } : {}),
    stage: row.stage,
    pick: JSON.parse(row.pick) as Resource['pick'],
    ...(row.known_when !== null ? { knownWhen: JSON.parse(row.known_when) as NonNullable<Resource['knownWhen']> } : {}),
    summary: row.summary,
    sources: JSON.parse(row.sources) as string[],
    custom: row.custom === 1,
    // Rows written before facets existed hold '{}'; the schema's defaults fill them in.
    ...ResourceFacetsSchema.parse(JSON.parse(row.facets)),
  };
}

const COLUMNS = Object.keys(toRow({} as Resource, 0) as object);

/** Inserts or replaces one resource and its prerequisite edges. Call inside a transaction. */
export function prepareResourceWriter(db: Database) {
  const upsert = db.prepare(
    `INSERT INTO resources (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map((c) => '@' + c).join(', ')})
     ON CONFLICT(id) DO UPDATE SET ${COLUMNS.filter((c) => c !== 'id')
       .map((c) => `${c} = excluded.${c}`)
       .join(', ')}`,
  );
  const clearEdges = db.prepare('DELETE FROM resource_prereqs WHERE resource_id = ?');
  const addEdge = db.prepare('INSERT INTO resource_prereqs (resource_id, prereq_id, position) VALUES (?, ?, ?)');
  return (r: Resource, position: number) => {
    upsert.run(toRow(r, position));
    clearEdges.run(r.id);
    r.prerequisites.forEach((p, i) => addEdge.run(r.id, p, i));
  };
}

/** Reads every resource, in catalog order with custom ones after, prerequisites in their stated order. */
export function prepareResourceReader(db: Database): () => Resource[] {
  const edgeRows = db.prepare('SELECT resource_id, prereq_id FROM resource_prereqs ORDER BY resource_id, position');
  const resourceRows = db.prepare('SELECT * FROM resources ORDER BY custom, position, id');
  return () => {
    const edges = new Map<string, string[]>();
    for (const e of edgeRows.all() as { resource_id: string; prereq_id: string }[]) {
      const list = edges.get(e.resource_id) ?? [];
      list.push(e.prereq_id);
      edges.set(e.resource_id, list);
    }
    return (resourceRows.all() as ResourceRow[]).map((row) => fromRow(row, edges.get(row.id) ?? []));
  };
}

export function readAllResources(db: Database): Resource[] {
  return prepareResourceReader(db)();
}
