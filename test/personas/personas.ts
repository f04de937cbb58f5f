import type { Profile } from '../../shared/profile';
import { profile } from '../support/answers';

/**
 * Named, realistic learners with the framework a good mentor would give each in late 2026, or 'close'
 * when either framework serves them about equally and only a small factor tips it. The recommender's
 * persona test checks these calls; the curriculum's persona test adds plan expectations keyed by `name`,
 * so keep names and profiles stable.
 */
export interface Persona {
  name: string;
  profile: Profile;
  framework: 'tensorflow' | 'pytorch' | 'close';
  why: string;
}

/** Every answer at its most neutral; each persona states what makes it itself. */
const neutral: Profile = profile({
  purpose: 'career',
  teamUses: 'none',
  budget: 'any',
  formats: [],
  scope: 'focused',
  jsFirst: false,
  startDate: '2026-11-30',
});

const learner = (answers: Partial<Profile>): Profile => ({ ...neutral, ...answers });

export const PERSONAS: readonly Persona[] = [
  {
    name: 'Maya, complete beginner who wants a certificate at 5 h a week',
    profile: learner({ domains: ['vision'], pythonLevel: 'none', mlLevel: 'none', wantsCertificate: true, hoursPerWeek: 5 }),
    framework: 'close',
    why: 'Nothing ties her to either framework; both have beginner courses with a credential, and Keras 3 runs on either.',
  },
  {
    name: 'Arjun, Android developer shipping on-device image classification',
    profile: learner({ purpose: 'production', domains: ['vision'], deployTargets: ['mobile'], hoursPerWeek: 8 }),
    framework: 'close',
    why: 'LiteRT takes PyTorch models through litert-torch and ExecuTorch 1.x is stable, so mobile no longer decides it.',
  },
  {
    name: 'Lena, product engineer deploying one model to mobile and the web',
    profile: learner({ purpose: 'production', domains: ['vision'], deployTargets: ['mobile', 'web'], pythonLevel: 'fluent', hoursPerWeek: 6 }),
    framework: 'close',
    why: 'LiteRT and LiteRT.js both accept PyTorch models; she runs models in the browser but does not train there.',
  },
  {
    name: 'Priya, engineer serving LLMs in production',
    profile: learner({
      purpose: 'production',
      domains: ['nlp', 'generative'],
      deployTargets: ['server'],
      pythonLevel: 'fluent',
      mlLevel: 'experienced',
      scale: 'large',
      hoursPerWeek: 10,
    }),
    framework: 'pytorch',
    why: 'Transformers v5 is PyTorch-only and vLLM, the usual LLM server, is a PyTorch Foundation project.',
  },
  {
    name: 'Tomás, NLP PhD student',
    profile: learner({ purpose: 'research', domains: ['nlp'], pythonLevel: 'fluent', mlLevel: 'experienced', hoursPerWeek: 12 }),
    framework: 'pytorch',
    why: 'NLP research code and Transformers v5 are PyTorch.',
  },
  {
    name: 'Grace, analyst who only works with spreadsheets and tables',
    profile: learner({ domains: ['tabular'], pythonLevel: 'basic', mlLevel: 'basic', hoursPerWeek: 4 }),
    framework: 'close',
    why: 'Neither framework has an edge on tables; gradient-boosted trees and scikit-learn usually beat deep nets there.',
  },
  {
    name: 'Omar, energy-demand forecaster',
    profile: learner({ purpose: 'production', domains: ['timeseries'], pythonLevel: 'fluent', mlLevel: 'basic', hoursPerWeek: 6 }),
    framework: 'pytorch',
    why: 'The deep forecasting libraries (GluonTS, NeuralForecast, PyTorch Forecasting) are PyTorch; classical baselines come first.',
  },
  {
    name: 'Sofia, speech-recognition developer',
    profile: learner({ purpose: 'production', domains: ['audio'], deployTargets: ['server'], pythonLevel: 'fluent', mlLevel: 'basic', hoursPerWeek: 8 }),
    framework: 'pytorch',
    why: 'The speech stacks (SpeechBrain, Transformers audio models) are PyTorch.',
  },
  {
    name: 'Kenji, TPU-scale language-model researcher whose lab uses JAX',
    profile: learner({
      purpose: 'research',
      domains: ['generative', 'nlp'],
      pythonLevel: 'fluent',
      mlLevel: 'experienced',
      scale: 'large',
      teamUses: 'jax',
      hoursPerWeek: 15,
    }),
    framework: 'pytorch',
    why: 'Between the two, research and LLM code is PyTorch; JAX is the one to consider alongside for TPU-scale work.',
  },
  {
    name: 'Helga, bank ML engineer whose team runs TensorFlow in production',
    profile: learner({
      purpose: 'production',
      domains: ['tabular', 'timeseries'],
      deployTargets: ['server'],
      pythonLevel: 'fluent',
      mlLevel: 'experienced',
      teamUses: 'tensorflow',
      hoursPerWeek: 5,
    }),
    framework: 'tensorflow',
    why: 'Her team already runs TensorFlow with TF Serving; fitting in beats any general argument.',
  },
  {
    name: 'Diego, JavaScript developer training models in the browser',
    profile: learner({
      purpose: 'production',
      domains: ['vision'],
      deployTargets: ['web'],
      pythonLevel: 'none',
      mlLevel: 'none',
      jsFirst: true,
      hoursPerWeek: 6,
    }),
    framework: 'tensorflow',
    why: 'TensorFlow.js is the library that trains in the browser and in Node; LiteRT.js only runs models.',
  },
  {
    name: 'Wei, experienced Keras engineer joining a PyTorch team',
    profile: learner({
      purpose: 'production',
      domains: ['vision'],
      deployTargets: ['server'],
      pythonLevel: 'fluent',
      mlLevel: 'experienced',
      teamUses: 'pytorch',
      hoursPerWeek: 6,
    }),
    framework: 'pytorch',
    why: 'He needs the framework his new team uses; his Keras knowledge carries over through Keras 3.',
  },
  {
    name: 'Amara, undergraduate whose course uses PyTorch',
    profile: learner({ domains: ['vision'], pythonLevel: 'basic', mlLevel: 'none', teamUses: 'pytorch', budget: 'free', hoursPerWeek: 8 }),
    framework: 'pytorch',
    why: 'Her course teaches and grades in PyTorch.',
  },
  {
    name: 'Jonas, robotics engineer running vision on a Jetson from C++',
    profile: learner({
      purpose: 'production',
      domains: ['vision'],
      deployTargets: ['edge'],
      pythonLevel: 'fluent',
      mlLevel: 'basic',
      needsCpp: true,
      hoursPerWeek: 7,
    }),
    framework: 'pytorch',
    why: 'LibTorch gives a C++ API mirroring Python, and edge runtimes take PyTorch models.',
  },
  {
    name: 'Ines, TinyML hobbyist detecting people with a camera on a microcontroller',
    profile: learner({
      purpose: 'production',
      domains: ['vision'],
      deployTargets: ['edge'],
      pythonLevel: 'basic',
      mlLevel: 'basic',
      budget: 'free',
      hoursPerWeek: 4,
    }),
    framework: 'close',
    why: 'LiteRT for Microcontrollers is the established route, yet it takes PyTorch models through litert-torch.',
  },
  {
    name: 'Felix, hobbyist making generative art',
    profile: learner({ domains: ['generative'], pythonLevel: 'basic', mlLevel: 'none', budget: 'free', formats: ['video', 'notebook'], hoursPerWeek: 5 }),
    framework: 'pytorch',
    why: 'Diffusion and generative model code is released in PyTorch.',
  },
  {
    name: 'Dr. Okafor, medical-imaging researcher',
    profile: learner({ purpose: 'research', domains: ['vision'], pythonLevel: 'fluent', mlLevel: 'experienced', hoursPerWeek: 6 }),
    framework: 'pytorch',
    why: 'Research code, including medical imaging (MONAI), is PyTorch.',
  },
  {
    name: 'Sam, web developer switching careers, free resources only, thorough',
    profile: learner({
      domains: ['nlp', 'vision'],
      deployTargets: ['web'],
      pythonLevel: 'basic',
      mlLevel: 'none',
      budget: 'free',
      formats: ['text', 'notebook'],
      scope: 'thorough',
      hoursPerWeek: 10,
    }),
    framework: 'pytorch',
    why: 'NLP work goes through Transformers v5, which is PyTorch-only; his web target no longer needs TensorFlow.',
  },
  {
    name: 'Rosa, recommender-systems engineer on large servers, team framework unknown',
    profile: learner({
      purpose: 'production',
      domains: ['tabular'],
      deployTargets: ['server'],
      pythonLevel: 'fluent',
      mlLevel: 'experienced',
      scale: 'large',
      teamUses: 'unknown',
      hoursPerWeek: 6,
    }),
    framework: 'close',
    why: 'TFX and TF Serving versus TorchRec with Triton: both work; she should ask what her team runs.',
  },
  {
    name: 'Paul, teacher who wants visual tools to explain training',
    profile: learner({ domains: ['vision'], pythonLevel: 'basic', mlLevel: 'basic', wantsVisualTools: true, formats: ['video'], hoursPerWeek: 3 }),
    framework: 'close',
    why: 'TensorBoard works with both frameworks; nothing else separates them for him.',
  },
  {
    name: 'Chen, startup CTO shipping a chatbot on servers and phones',
    profile: learner({
      purpose: 'production',
      domains: ['nlp', 'generative'],
      deployTargets: ['server', 'mobile'],
      pythonLevel: 'fluent',
      mlLevel: 'experienced',
      hoursPerWeek: 6,
    }),
    framework: 'pytorch',
    why: 'LLM models and serving (Transformers v5, vLLM) are PyTorch, and ExecuTorch or LiteRT run them on phones.',
  },
  {
    name: 'Nadia, Android engineer at a company standardised on TensorFlow',
    profile: learner({ purpose: 'production', domains: ['vision'], deployTargets: ['mobile'], teamUses: 'tensorflow', hoursPerWeek: 6 }),
    framework: 'tensorflow',
    why: 'Her company already ships TensorFlow models with LiteRT.',
  },
  {
    name: 'Viktor, desktop-app developer exchanging models through ONNX',
    profile: learner({
      purpose: 'production',
      domains: ['vision'],
      deployTargets: ['desktop'],
      pythonLevel: 'fluent',
      mlLevel: 'basic',
      needsInterop: true,
      hoursPerWeek: 6,
    }),
    framework: 'pytorch',
    why: 'PyTorch to ONNX is actively developed; tf2onnx is looking for a maintainer.',
  },
  {
    name: 'Aisha, beginner who wants to build chatbots, free only',
    profile: learner({ domains: ['nlp'], pythonLevel: 'none', mlLevel: 'none', budget: 'free', hoursPerWeek: 10 }),
    framework: 'pytorch',
    why: 'Everything she wants to build sits on Transformers v5, which is PyTorch-only.',
  },
  {
    name: 'Lucas, data scientist whose employer has no framework yet, wants a certificate',
    profile: learner({
      purpose: 'career',
      domains: ['vision', 'tabular'],
      pythonLevel: 'fluent',
      mlLevel: 'basic',
      wantsCertificate: true,
      teamUses: 'unknown',
      hoursPerWeek: 6,
    }),
    framework: 'close',
    why: 'Fluent Python leans slightly to PyTorch, but either framework serves a vision and tabular career.',
  },
];
