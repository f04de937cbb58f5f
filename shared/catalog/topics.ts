// zod-free, so the page can list the topics: constants here, types only from the profile schema.
import { PROFILE_DEFAULTS } from '../constants';
import type { DeployTarget, Domain, Profile } from '../profile';
import type { Stage } from './stages';

/**
 * A skill the plan covers. Topics carry the prerequisite graph; resources cover topics. `why` says which
 * of the learner's answers asks for the topic (null when only another topic needs it), in words the
 * learner recognises, so one function both decides and explains.
 */
export interface Topic {
  id: string;
  title: string;
  stage: Stage;
  prerequisites: readonly string[];
  why: (p: Profile) => string | null;
  /** Optional depth: planned for a thorough scope or a research purpose, and the first to go when behind. */
  depth?: boolean;
  /** Answers that mean the learner already knows it: the item is planned but skipped. */
  known?: (p: Profile) => string | null;
}

const DOMAIN_WORD: Record<Domain, string> = {
  vision: 'computer vision',
  nlp: 'NLP',
  generative: 'generative models',
  tabular: 'tabular data',
  audio: 'audio',
  timeseries: 'time series',
};
const TARGET_WORD: Record<DeployTarget, string> = { web: 'the web', mobile: 'mobile', edge: 'edge devices', server: 'servers', desktop: 'desktop apps' };

const scope = (p: Profile) => p.scope ?? PROFILE_DEFAULTS.scope;
const domain =
  (...ds: Domain[]) =>
  (p: Profile) => {
    const hit = ds.filter((d) => p.domains.includes(d));
    return hit.length ? `Because you chose ${hit.map((d) => DOMAIN_WORD[d]).join(' and ')}` : null;
  };
const target =
  (...ts: DeployTarget[]) =>
  (p: Profile) => {
    const hit = ts.filter((t) => p.deployTargets.includes(t));
    return hit.length ? `Because you deploy to ${hit.map((t) => TARGET_WORD[t]).join(' and ')}` : null;
  };
/** Pipelines and their responsible-AI checks pay off only for large production systems on servers. */
const productionAtScale = (p: Profile) => p.purpose === 'production' && p.scale === 'large' && p.deployTargets.includes('server');
/** Depth topics: what a researcher or a learner who asked for a thorough plan gets on top of the essentials. */
const depth = (p: Profile) =>
  p.purpose === 'research' ? 'Because your purpose is research' : scope(p) === 'thorough' ? 'Because you asked for a thorough plan' : null;

/** In teaching order: the planner follows this order wherever prerequisites allow, so hands-on work comes early. */
export const TOPICS: readonly Topic[] = [
  {
    id: 'python-basics',
    title: 'Python basics',
    stage: 'foundations',
    prerequisites: [],
    why: () => 'Every course in the plan assumes Python',
    known: (p) => (p.pythonLevel !== 'none' ? `Skipped: you said your Python is ${p.pythonLevel}.` : null),
  },
  {
    id: 'numpy',
    title: 'NumPy arrays',
    stage: 'foundations',
    prerequisites: ['python-basics'],
    why: () => null,
    known: (p) => (p.pythonLevel === 'fluent' ? 'Skipped: you said your Python is fluent.' : null),
  },
  {
    id: 'framework-basics',
    title: 'Tensors, autograd and a first model',
    stage: 'core',
    prerequisites: ['numpy'],
    why: () => 'The first hands-on step in your framework',
  },
  {
    id: 'ml-concepts',
    title: 'Machine learning concepts',
    stage: 'foundations',
    prerequisites: ['numpy'],
    why: () => null,
    known: (p) => (p.mlLevel !== 'none' ? `Skipped: you said your ML level is ${p.mlLevel}.` : null),
  },
  {
    id: 'training-workflow',
    title: 'Training, evaluating and saving models',
    stage: 'core',
    prerequisites: ['framework-basics'],
    why: () => 'Core skill for every learner in your framework',
  },
  {
    id: 'dl-foundations',
    title: 'How deep networks learn',
    stage: 'core',
    prerequisites: ['training-workflow', 'ml-concepts'],
    why: () => 'Core skill: how and why training works',
    known: (p) => (p.mlLevel === 'experienced' ? 'Skipped: you said your ML level is experienced.' : null),
  },
  {
    id: 'experiment-tracking',
    title: 'Visualising training',
    stage: 'core',
    prerequisites: ['training-workflow'],
    why: (p) => (p.wantsVisualTools ? 'Because you want visual tools' : scope(p) === 'thorough' ? 'Because you asked for a thorough plan' : null),
  },
  {
    id: 'classical-ml',
    title: 'Classical baselines: scikit-learn and gradient-boosted trees',
    stage: 'specialize',
    prerequisites: ['ml-concepts'],
    why: (p) =>
      p.domains.includes('tabular')
        ? 'Because you chose tabular data: gradient-boosted trees usually beat deep nets on tables'
        : p.domains.includes('timeseries')
          ? 'Because you chose time series: classical baselines come first'
          : null,
  },
  { id: 'cnns', title: 'Computer vision with CNNs', stage: 'specialize', prerequisites: ['dl-foundations'], why: domain('vision') },
  { id: 'nlp-transformers', title: 'NLP and Transformers', stage: 'specialize', prerequisites: ['dl-foundations'], why: domain('nlp') },
  { id: 'generative', title: 'Generative models', stage: 'specialize', prerequisites: ['dl-foundations'], why: domain('generative') },
  { id: 'tabular-dl', title: 'Deep learning on tables', stage: 'specialize', prerequisites: ['dl-foundations', 'classical-ml'], why: domain('tabular') },
  { id: 'timeseries', title: 'Time-series forecasting', stage: 'specialize', prerequisites: ['dl-foundations'], why: domain('timeseries') },
  { id: 'audio', title: 'Audio and speech', stage: 'specialize', prerequisites: ['dl-foundations'], why: domain('audio') },
  {
    id: 'maths',
    title: 'Maths for ML: linear algebra, calculus, probability',
    stage: 'foundations',
    prerequisites: ['numpy'],
    why: () => null,
    depth: true,
    known: (p) => (p.mlLevel === 'experienced' ? 'Skipped: you said your ML level is experienced.' : null),
  },
  { id: 'dl-theory', title: 'Deep learning theory in depth', stage: 'specialize', prerequisites: ['maths', 'dl-foundations'], why: depth, depth: true },
  {
    id: 'scaling-training',
    title: 'Faster and distributed training',
    stage: 'specialize',
    prerequisites: ['training-workflow'],
    why: (p) => (p.scale === 'large' ? 'Because you train at large scale' : null),
  },
  {
    id: 'model-export',
    title: 'Exporting a trained model',
    stage: 'deploy',
    prerequisites: ['training-workflow'],
    why: (p) => (p.purpose === 'production' ? 'Because you put models into production' : null),
  },
  { id: 'on-device', title: 'On-device deployment', stage: 'deploy', prerequisites: ['model-export'], why: target('mobile', 'edge') },
  { id: 'web-deployment', title: 'Running models in the browser', stage: 'deploy', prerequisites: ['training-workflow'], why: target('web') },
  { id: 'model-serving', title: 'Serving models on a server', stage: 'deploy', prerequisites: ['model-export'], why: target('server') },
  {
    id: 'llm-serving',
    title: 'Serving large language models',
    stage: 'deploy',
    prerequisites: ['nlp-transformers'],
    why: (p) =>
      p.deployTargets.includes('server') && (p.domains.includes('nlp') || p.domains.includes('generative'))
        ? 'Because you serve language models on servers'
        : null,
  },
  {
    id: 'onnx',
    title: 'Portable models with ONNX',
    stage: 'deploy',
    prerequisites: ['training-workflow'],
    why: (p) => (p.needsInterop ? 'Because you exchange models between tools' : target('desktop')(p)),
  },
  {
    id: 'cpp-inference',
    title: 'Inference from C++',
    stage: 'deploy',
    prerequisites: ['model-export'],
    why: (p) => (p.needsCpp ? 'Because you need C++' : null),
  },
  {
    id: 'ml-pipelines',
    title: 'Production ML pipelines',
    stage: 'deploy',
    prerequisites: ['model-serving'],
    why: (p) => (productionAtScale(p) ? 'Because you run production training at scale on servers' : null),
  },
  {
    id: 'responsible-ai',
    title: 'Responsible AI checks in production',
    stage: 'deploy',
    prerequisites: ['ml-pipelines'],
    why: (p) => (productionAtScale(p) ? 'Because your production pipelines serve many users' : null),
  },
];

export const TOPIC_BY_ID: ReadonlyMap<string, Topic> = new Map(TOPICS.map((t) => [t.id, t]));
export const TOPIC_RANK: ReadonlyMap<string, number> = new Map(TOPICS.map((t, i) => [t.id, i]));

export function topicTitle(id: string): string {
  return TOPIC_BY_ID.get(id)?.title ?? id;
}

/** Why a depth topic is wanted; ordinary topics answer through `why`. */
function asked(t: Topic, p: Profile): string | null {
  if (t.depth) return depth(p);
  return t.why(p);
}

export interface NeededTopic {
  topic: Topic;
  /** The answer that asks for it, or null when it is there for a topic that needs it. */
  reason: string | null;
  /** The topic that needs it first (for prerequisites). */
  neededBy: string | null;
  known: string | null;
}

export const CERTIFICATE_REASON = 'Part of your certificate';

/**
 * The topics a profile needs: those its answers ask for (and `extra`, the ground of a credential track
 * the learner chose), and every prerequisite of those, in teaching order.
 */
export function neededTopics(p: Profile, extra: readonly string[] = []): NeededTopic[] {
  const out = new Map<string, NeededTopic>();
  const visit = (id: string, neededBy: string | null) => {
    const t = TOPIC_BY_ID.get(id);
    if (!t) return;
    const had = out.get(id);
    if (had) {
      had.neededBy ??= neededBy;
      return;
    }
    const reason = asked(t, p) ?? (extra.includes(id) ? CERTIFICATE_REASON : null);
    out.set(id, { topic: t, reason, neededBy, known: t.known?.(p) ?? null });
    for (const pre of t.prerequisites) visit(pre, id);
  };
  for (const t of TOPICS) if (asked(t, p) || extra.includes(t.id)) visit(t.id, null);
  return TOPICS.filter((t) => out.has(t.id)).map((t) => out.get(t.id)!);
}
