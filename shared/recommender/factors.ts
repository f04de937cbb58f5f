import { PROFILE_DEFAULTS, type Framework, type Profile } from '../profile';
import { SOURCES, type Source } from './sources';

export interface Reason {
  factor: string;
  favors: Framework;
  weight: number;
  explanation: string;
  /** Empty only for reasons that rest on the learner's own answer rather than a fact about the world. */
  sources: Source[];
}

type Factor = (p: Profile) => Reason[];

/**
 * Weights, strongest first. Each argument appears once: the TF Serving / TFX case only under server
 * deployment, the Transformers v5 case only under language and generative models.
 */
export const WEIGHTS = {
  team: 6,
  languageModels: 3,
  jsTraining: 3,
  research: 2.5,
  audio: 2,
  timeSeries: 2,
  cpp: 2,
  llmServing: 1.5,
  interop: 1.5,
  largeScale: 1,
  server: 0.5,
  onDevice: 0.5,
} as const;

const S = SOURCES;
const reason = (factor: string, favors: Framework, weight: number, explanation: string, sources: Source[]): Reason => ({
  factor,
  favors,
  weight,
  explanation,
  sources,
});

const team: Factor = (p) => {
  const uses = p.teamUses ?? PROFILE_DEFAULTS.teamUses;
  if (uses !== 'tensorflow' && uses !== 'pytorch') return [];
  const name = uses === 'tensorflow' ? 'TensorFlow' : 'PyTorch';
  return [
    reason(
      "your team's framework",
      uses,
      WEIGHTS.team,
      `Your team, course or employer already uses ${name}. Code reviews, shared models, help from colleagues and graded work all happen in ${name}; fitting in outweighs every general argument below.`,
      [],
    ),
  ];
};

const languageModels: Factor = (p) =>
  p.domains.includes('nlp') || p.domains.includes('generative')
    ? [
        reason(
          'language and generative models',
          'pytorch',
          WEIGHTS.languageModels,
          'Hugging Face Transformers, the library most language and generative models ship in, removed TensorFlow and JAX in v5 to "focus fully on torch".',
          [S.transformersV5],
        ),
      ]
    : [];

const research: Factor = (p) =>
  p.purpose === 'research'
    ? [
        reason(
          'research',
          'pytorch',
          WEIGHTS.research,
          'Research code is overwhelmingly PyTorch: Papers with Code counted 59% of papers against 5% for TensorFlow in 2023. The site closed in July 2025, so no newer share exists.',
          [S.papersShare, S.pwcShutdown],
        ),
      ]
    : [];

const deployment: Factor = (p) => {
  const out: Reason[] = [];
  const serving = p.deployTargets.includes('server');
  if (serving) {
    out.push(
      reason(
        'deploy: server',
        'tensorflow',
        WEIGHTS.server,
        "TensorFlow has first-party serving and pipelines (TF Serving, TFX), while PyTorch's TorchServe is archived. It weighs little: TF Serving trails TensorFlow by about a year, and Triton, KServe and Ray Serve serve PyTorch models.",
        [S.tfServingLag, S.torchserveArchived],
      ),
    );
  }
  if (serving && (p.domains.includes('nlp') || p.domains.includes('generative'))) {
    out.push(
      reason(
        'serving language models',
        'pytorch',
        WEIGHTS.llmServing,
        'vLLM, the usual server for large language models, is a PyTorch Foundation project and runs PyTorch models.',
        [S.vllmFoundation],
      ),
    );
  }
  if (p.deployTargets.includes('mobile') || p.deployTargets.includes('edge')) {
    out.push(
      reason(
        'deploy: on device',
        'tensorflow',
        WEIGHTS.onDevice,
        'LiteRT (formerly TensorFlow Lite) is the longest-established on-device runtime, down to microcontrollers. It weighs little: LiteRT takes PyTorch models through litert-torch, and ExecuTorch 1.x runs them natively.',
        [S.litert, S.litertTorch, S.executorch],
      ),
    );
  }
  if (p.jsFirst) {
    out.push(
      reason(
        'training in JavaScript',
        'tensorflow',
        WEIGHTS.jsTraining,
        'TensorFlow.js builds and trains models in the browser and in Node.js. LiteRT.js and ONNX Runtime Web only run models trained elsewhere.',
        [S.tfjs, S.litertWeb],
      ),
    );
  }
  return out;
};

const domains: Factor = (p) => {
  const out: Reason[] = [];
  if (p.domains.includes('audio')) {
    out.push(
      reason(
        'audio and speech',
        'pytorch',
        WEIGHTS.audio,
        "Speech toolkits are PyTorch: SpeechBrain, for one, is built on it. TorchAudio's move to maintenance does not favour TensorFlow.",
        [S.speechbrain],
      ),
    );
  }
  if (p.domains.includes('timeseries')) {
    out.push(
      reason(
        'deep time series',
        'pytorch',
        WEIGHTS.timeSeries,
        'The deep forecasting libraries, such as GluonTS, ship PyTorch models. That a TensorFlow course covers time series is not evidence for TensorFlow.',
        [S.gluonts],
      ),
    );
  }
  return out;
};

const scale: Factor = (p) =>
  p.scale === 'large'
    ? [
        reason('scale: large', 'pytorch', WEIGHTS.largeScale, 'Large-scale training and serving tools (DeepSpeed, Ray, vLLM) sit in the PyTorch Foundation.', [
          S.rayFoundation,
        ]),
      ]
    : [];

const tools: Factor = (p) => {
  const out: Reason[] = [];
  if (p.needsCpp) {
    out.push(
      reason(
        'C++ interface',
        'pytorch',
        WEIGHTS.cpp,
        "LibTorch gives a C++17 API that mirrors PyTorch's Python API; TensorFlow's Windows C/C++ builds stopped at 2.10.",
        [S.libtorch, S.tfWindowsCpp],
      ),
    );
  }
  if (p.needsInterop) {
    out.push(
      reason(
        'moving models between frameworks',
        'pytorch',
        WEIGHTS.interop,
        'PyTorch to ONNX is actively developed (the dynamo exporter is the default since 2.9); tf2onnx is tested only on TF 2.13–2.15 and is looking for a maintainer.',
        [S.onnxDynamo, S.tf2onnx],
      ),
    );
  }
  return out;
};

export const FACTORS: readonly Factor[] = [team, languageModels, research, deployment, domains, scale, tools];
