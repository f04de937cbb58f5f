import type { Resource } from './resource';

/** The day the facts in ../shared/research/catalog-facts.md were compiled and checked. */
export const FACTS_CHECKED_ON = '2026-11-24';

/** Coursera's pricing, which applies to every DeepLearning.AI, Stanford, Imperial and IBM course here. */
export const COURSERA_COST = 'Coursera subscription; auditing is free, graded work and certificates are paid. Current price not verified.';

type Defaulted = 'custom' | 'checkedOn' | 'status' | 'skills' | 'domains' | 'prerequisites' | 'pick' | 'sources';
export type EntryInput = Omit<Resource, Defaulted> & Partial<Pick<Resource, Defaulted>>;

export function entry(e: EntryInput): Resource {
  return {
    status: 'active',
    skills: [],
    domains: [],
    prerequisites: [],
    pick: {},
    sources: [],
    checkedOn: FACTS_CHECKED_ON,
    custom: false,
    ...e,
  };
}

export interface CourseInput {
  id: string;
  title: string;
  hours: number;
  hoursSource?: Resource['hoursSource'];
  hoursNote?: string;
  url?: string;
  skills?: string[];
  framework?: Resource['framework'];
}

/**
 * A specialization or professional certificate and its courses. Courses inherit the parent's facts,
 * take it in order (each course needs the one before it), and the parent's hours are their sum.
 */
export function container(parent: Omit<EntryInput, 'hours'>, courses: CourseInput[]): Resource[] {
  const first = entry({ ...parent, hours: 0 });
  const children = courses.map((c, i) =>
    entry({
      ...parent,
      id: c.id,
      title: c.title,
      kind: 'course',
      url: c.url ?? parent.url,
      hours: c.hours,
      hoursSource: c.hoursSource ?? 'estimate',
      hoursNote: c.hoursNote ?? `Estimate: the ${parent.title} total split across its ${courses.length} courses.`,
      skills: c.skills ?? [],
      framework: c.framework ?? parent.framework,
      parentId: parent.id,
      prerequisites: i === 0 ? (parent.prerequisites ?? []) : [courses[i - 1]!.id],
      summary: `Course ${i + 1} of ${courses.length} in ${parent.title}.`,
    }),
  );
  const total = children.reduce((sum, c) => sum + c.hours, 0);
  return [{ ...first, hours: total }, ...children];
}
