import type { Stage } from './stages';
import type { Resource } from './resource';

/** The day catalog-facts.md was compiled; facts carried over from it keep this date. */
export const FACTS_CHECKED_ON = '2026-11-24';
/** The day the late-2026 facts update was applied and its pages re-read (see each resource's `sources`). */
export const CHECKED_ON = '2026-11-26';
/** The day the facts still marked unverified were re-checked against the providers' own pages. */
export const VERIFIED_ON = '2026-11-27';

/** Coursera's pricing, which applies to every DeepLearning.AI, Stanford, Imperial and IBM course here. */
export const COURSERA_COST =
  "Coursera subscription: Coursera's help centre says a Specialization is paid once (a year to finish) or by a monthly or yearly subscription, that course materials can be audited free, and that Financial Aid exists. This program's own price, and whether it can be audited, were not read.";
/** Where COURSERA_COST comes from; every Coursera program here cites it. */
export const COURSERA_PAYMENT_HELP =
  'https://learner.coursera.help/hc/en-us/articles/208280146-Pay-for-a-course-or-Specialization (read 2026-11-27, undated: pay once with 1 year to finish, or "subscribe to a Specialization ... monthly or yearly"; free "audit option"; Financial Aid)';

type Defaulted =
  | 'custom'
  | 'checkedOn'
  | 'status'
  | 'skills'
  | 'domains'
  | 'prerequisites'
  | 'pick'
  | 'sources'
  | 'topics'
  | 'format'
  | 'depth'
  | 'certificate'
  | 'unverified';
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
    topics: [],
    format: 'text',
    depth: 'practical',
    certificate: false,
    unverified: [],
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
  /** Each course states its own level and stage: an advanced course is not labelled beginner because its track starts there. */
  level?: Resource['level'];
  stage?: Stage;
  topics?: string[];
  /** The course's own unverified facts, when its page was read apart from the parent's; otherwise it carries the parent's. */
  unverified?: Resource['unverified'];
}

/**
 * A specialization or professional certificate and its courses. Courses share the parent's provider,
 * cost, format, sources and unverified marks (unless the course's own page settled some of them), take it in order (each course needs the one before it), and the parent's
 * hours are their sum.
 */
export function container(parent: Omit<EntryInput, 'hours'>, courses: CourseInput[]): Resource[] {
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
      level: c.level ?? parent.level,
      stage: c.stage ?? parent.stage,
      topics: c.topics ?? [],
      unverified: c.unverified ?? parent.unverified ?? [],
      parentId: parent.id,
      prerequisites: i === 0 ? (parent.prerequisites ?? []) : [courses[i - 1]!.id],
      pick: {},
      summary: `Course ${i + 1} of ${courses.length} in ${parent.title}.`,
    }),
  );
  const total = children.reduce((sum, c) => sum + c.hours, 0);
  const topics = [...new Set(children.flatMap((c) => c.topics))];
  return [entry({ ...parent, hours: total, topics }), ...children];
}
