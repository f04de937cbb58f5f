/**
 * What a mentor would expect of each persona's plan, at 5 h a week, keyed by the persona's name in
 * personas.ts. Written from the learner's answers, not read off the planner: a band of total hours,
 * the latest week the first hands-on framework item may start (80 study hours is week 16 at 5 h a
 * week), topics that must be taught, and resources that must not appear.
 */
export interface PlanExpectation {
  hours: readonly [min: number, max: number];
  firstHandsOnWeek: number;
  mustTeach: readonly string[];
  mustNotSchedule: readonly string[];
  /** Only free resources (the learner said free only). */
  freeOnly?: boolean;
  /** Exactly one credential track. */
  oneCredential?: boolean;
  /** Resources that must be chosen for this learner. */
  mustSchedule?: readonly string[];
}

const SERVER = ['tf-serving', 'tfx', 'triton', 'vllm', 'tf-responsible-ai'];
const ON_DEVICE = ['litert', 'litert-torch', 'executorch'];
const BROWSER = ['tfjs', 'litert-web'];
const RETIRED = ['torchserve', 'pytorch-mobile', 'torchscript', 'torchtext', 'tf-lite', 'tf-hub', 'tf-developer-certificate', 'keras2onnx'];
const not = (...lists: string[][]) => [...RETIRED, ...lists.flat()];

export const PLAN_EXPECTATIONS: Record<string, PlanExpectation> = {
  'Maya, complete beginner who wants a certificate at 5 h a week': {
    hours: [120, 250],
    firstHandsOnWeek: 16,
    mustTeach: ['python-basics', 'framework-basics', 'cnns'],
    mustNotSchedule: not(SERVER, ON_DEVICE, BROWSER, ['ml-spec-supervised', 'math-ml-ds-calculus', 'deep-learning-specialization']),
    oneCredential: true,
  },
  'Arjun, Android developer shipping on-device image classification': {
    hours: [50, 200],
    firstHandsOnWeek: 4,
    mustTeach: ['framework-basics', 'cnns', 'model-export', 'on-device'],
    mustNotSchedule: not(SERVER, BROWSER),
  },
  'Lena, product engineer deploying one model to mobile and the web': {
    hours: [40, 200],
    firstHandsOnWeek: 2,
    mustTeach: ['on-device', 'web-deployment', 'cnns'],
    mustNotSchedule: not(SERVER),
  },
  'Priya, engineer serving LLMs in production': {
    hours: [20, 150],
    firstHandsOnWeek: 2,
    mustTeach: ['nlp-transformers', 'model-serving', 'llm-serving'],
    mustNotSchedule: not(ON_DEVICE, BROWSER, ['tf-serving', 'tfx']),
    mustSchedule: ['vllm'],
  },
  'Tomás, NLP PhD student': {
    hours: [30, 250],
    firstHandsOnWeek: 2,
    mustTeach: ['nlp-transformers', 'dl-theory'],
    mustNotSchedule: not(SERVER, ON_DEVICE, BROWSER, ['torch-export']),
  },
  'Grace, analyst who only works with spreadsheets and tables': {
    hours: [30, 150],
    firstHandsOnWeek: 4,
    mustTeach: ['classical-ml', 'tabular-dl'],
    mustNotSchedule: not(SERVER, ON_DEVICE, BROWSER),
    mustSchedule: ['sklearn-gradient-boosting'],
  },
  'Omar, energy-demand forecaster': {
    hours: [20, 150],
    firstHandsOnWeek: 2,
    mustTeach: ['timeseries', 'classical-ml'],
    mustNotSchedule: not(SERVER, ON_DEVICE, BROWSER),
  },
  'Sofia, speech-recognition developer': {
    hours: [20, 120],
    firstHandsOnWeek: 2,
    mustTeach: ['audio', 'model-serving'],
    mustNotSchedule: not(ON_DEVICE, BROWSER, ['vllm']),
  },
  'Kenji, TPU-scale language-model researcher whose lab uses JAX': {
    hours: [20, 250],
    firstHandsOnWeek: 2,
    mustTeach: ['nlp-transformers', 'dl-theory', 'scaling-training'],
    mustNotSchedule: not(SERVER, ON_DEVICE, BROWSER),
  },
  'Helga, bank ML engineer whose team runs TensorFlow in production': {
    hours: [15, 100],
    firstHandsOnWeek: 2,
    mustTeach: ['classical-ml', 'timeseries', 'model-serving'],
    mustNotSchedule: not(ON_DEVICE, BROWSER, ['tfx', 'tf-responsible-ai']),
    mustSchedule: ['tf-serving'],
  },
  'Diego, JavaScript developer training models in the browser': {
    hours: [100, 250],
    firstHandsOnWeek: 16,
    mustTeach: ['python-basics', 'web-deployment'],
    mustNotSchedule: not(SERVER, ON_DEVICE, ['litert-web']),
    mustSchedule: ['tfjs'],
  },
  'Wei, experienced Keras engineer joining a PyTorch team': {
    hours: [5, 60],
    firstHandsOnWeek: 1,
    mustTeach: ['framework-basics', 'model-serving'],
    mustNotSchedule: not(ON_DEVICE, BROWSER, ['tf-serving', 'tfx', 'vllm']),
  },
  'Amara, undergraduate whose course uses PyTorch': {
    hours: [50, 200],
    firstHandsOnWeek: 4,
    mustTeach: ['framework-basics', 'cnns'],
    mustNotSchedule: not(SERVER, ON_DEVICE, BROWSER),
    freeOnly: true,
  },
  'Jonas, robotics engineer running vision on a Jetson from C++': {
    hours: [30, 200],
    firstHandsOnWeek: 2,
    mustTeach: ['cnns', 'on-device', 'cpp-inference'],
    mustNotSchedule: not(SERVER, BROWSER),
  },
  'Ines, TinyML hobbyist doing keyword spotting on a microcontroller': {
    hours: [20, 150],
    firstHandsOnWeek: 4,
    mustTeach: ['audio', 'on-device'],
    mustNotSchedule: not(SERVER, BROWSER),
    freeOnly: true,
  },
  'Felix, hobbyist making generative art': {
    hours: [30, 200],
    firstHandsOnWeek: 4,
    mustTeach: ['generative'],
    mustNotSchedule: not(SERVER, ON_DEVICE, BROWSER),
    freeOnly: true,
  },
  'Dr. Okafor, medical-imaging researcher': {
    hours: [30, 250],
    firstHandsOnWeek: 2,
    mustTeach: ['cnns', 'dl-theory'],
    mustNotSchedule: not(SERVER, ON_DEVICE, BROWSER),
  },
  'Sam, web developer switching careers, free resources only, thorough': {
    hours: [150, 350],
    firstHandsOnWeek: 4,
    mustTeach: ['maths', 'dl-theory', 'experiment-tracking', 'nlp-transformers', 'cnns', 'web-deployment'],
    mustNotSchedule: not(SERVER, ON_DEVICE),
    freeOnly: true,
  },
  'Rosa, recommender-systems engineer on large servers, team framework unknown': {
    hours: [20, 200],
    firstHandsOnWeek: 2,
    mustTeach: ['classical-ml', 'model-serving', 'scaling-training'],
    mustNotSchedule: not(ON_DEVICE, BROWSER, ['vllm']),
  },
  'Paul, teacher who wants visual tools to explain training': {
    hours: [30, 150],
    firstHandsOnWeek: 4,
    mustTeach: ['experiment-tracking', 'cnns'],
    mustNotSchedule: not(SERVER, ON_DEVICE, BROWSER),
  },
  'Chen, startup CTO shipping a chatbot on servers and phones': {
    hours: [20, 150],
    firstHandsOnWeek: 2,
    mustTeach: ['nlp-transformers', 'llm-serving', 'on-device'],
    mustNotSchedule: not(BROWSER, ['tf-serving', 'tfx']),
  },
  'Nadia, Android engineer at a company standardised on TensorFlow': {
    hours: [50, 200],
    firstHandsOnWeek: 4,
    mustTeach: ['on-device', 'cnns'],
    mustNotSchedule: not(SERVER, BROWSER, ['litert-torch', 'executorch']),
    mustSchedule: ['litert'],
  },
  'Viktor, desktop-app developer exchanging models through ONNX': {
    hours: [20, 150],
    firstHandsOnWeek: 2,
    mustTeach: ['onnx', 'cnns'],
    mustNotSchedule: not(SERVER, ON_DEVICE, BROWSER),
  },
  'Aisha, beginner who wants to build chatbots, free only': {
    hours: [100, 250],
    firstHandsOnWeek: 16,
    mustTeach: ['python-basics', 'nlp-transformers'],
    mustNotSchedule: not(SERVER, ON_DEVICE, BROWSER),
    freeOnly: true,
  },
  'Lucas, data scientist whose employer has no framework yet, wants a certificate': {
    hours: [50, 220],
    firstHandsOnWeek: 2,
    mustTeach: ['cnns', 'classical-ml', 'tabular-dl'],
    mustNotSchedule: not(SERVER, ON_DEVICE, BROWSER),
    oneCredential: true,
  },
};
