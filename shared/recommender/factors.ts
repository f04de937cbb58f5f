import type { Framework, Profile } from '../profile';
import { SOURCES, type Source } from './sources';

export interface Reason {
  factor: string;
  favors: Framework;
  weight: number;
  explanation: string;
  sources: Source[];
}

type Factor = (p: Profile) => Reason[];

const S = SOURCES;
const reason = (factor: string, favors: Framework, weight: number, explanation: string, sources: Source[] = []): Reason => ({
  factor,
  favors,
  weight,
  explanation,
  sources,
});

const purpose: Factor = (p) => {
  switch (p.purpose) {
    case 'production':
      return [
        reason(
          'purpose: production',
          'tensorflow',
          3,
          'TensorFlow has first-party, end-to-end production tooling: TFX pipelines and TF Serving are maintained, while TorchServe was archived in August 2025.',
          [S.tfx, S.tfServing, S.torchserveArchived],
        ),
      ];
    case 'research':
      return [
        reason(
          'purpose: research',
          'pytorch',
          3,
          'Research code is mostly PyTorch: 59% of papers used it against 5% for TensorFlow (Papers with Code, about 2023; the site shut down in 2025, so no newer share exists).',
          [S.papersShare, S.pwcShutdown],
        ),
      ];
    case 'career':
      return [
        reason(
          'purpose: career',
          'tensorflow',
          1,
          'Industry still runs a lot of TensorFlow: 11.49% of professional developers used it against 7.61% for PyTorch (Stack Overflow 2022, the newest figures found).',
          [S.soSurvey2022],
        ),
        reason(
          'purpose: career',
          'pytorch',
          1,
          'New models and research code arrive in PyTorch first (59% of papers against 5%), which shapes what employers ask for next.',
          [S.papersShare],
        ),
      ];
  }
};

const scale: Factor = (p) => {
  if (p.scale !== 'large') return [];
  if (p.purpose === 'research') {
    return [reason('scale: large', 'pytorch', 1, 'Large research training runs are well served by PyTorch Lightning with DDP, FSDP or DeepSpeed.', [S.lightning])];
  }
  return [reason('scale: large', 'tensorflow', 1.5, 'At production scale TFX gives one supported pipeline from data validation to serving.', [S.tfx])];
};

const deploy: Factor = (p) => {
  const out: Reason[] = [];
  if (p.deployTargets.includes('web')) {
    out.push(
      reason(
        'deploy: web',
        'tensorflow',
        2,
        'For the browser Google ships TensorFlow.js and LiteRT.js; PyTorch has no first-party web runtime (its models reach the web through litert-torch or ONNX Runtime Web).',
        [S.tfjs, S.litertWeb],
      ),
    );
  }
  if (p.deployTargets.includes('mobile')) {
    out.push(
      reason(
        'deploy: mobile',
        'tensorflow',
        1,
        'LiteRT (formerly TensorFlow Lite) is a mature Android and iOS runtime. The gap is small now: ExecuTorch 1.x replaced PyTorch Mobile.',
        [S.litert, S.executorch, S.pytorchMobile],
      ),
    );
  }
  if (p.deployTargets.includes('edge')) {
    out.push(
      reason(
        'deploy: edge',
        'tensorflow',
        0.5,
        'LiteRT runs on embedded Linux and microcontrollers; ExecuTorch also targets microcontrollers, so this weighs little.',
        [S.litert, S.executorch],
      ),
    );
  }
  if (p.deployTargets.includes('server')) {
    out.push(
      reason(
        'deploy: server',
        'tensorflow',
        1,
        'TF Serving is maintained; TorchServe is archived, so PyTorch serving now goes through torch.export with AOTInductor or a third-party server.',
        [S.tfServing, S.torchserveArchived],
      ),
    );
  }
  return out;
};

const experience: Factor = (p) => {
  const out: Reason[] = [];
  if (p.pythonLevel === 'none' || (p.pythonLevel === 'basic' && p.mlLevel === 'none')) {
    out.push(
      reason(
        'beginner',
        'tensorflow',
        1,
        "Keras's high-level API is the gentlest start for beginners. It weighs little: Keras 3 also runs on PyTorch.",
        [S.kerasMultiBackend],
      ),
    );
  }
  if (p.pythonLevel === 'fluent') {
    out.push(
      reason(
        'python: fluent',
        'pytorch',
        1.5,
        'PyTorch is eager, define-by-run Python: fluent Python programmers can debug models with the tools they already use.',
      ),
    );
  }
  return out;
};

const tools: Factor = (p) => {
  const out: Reason[] = [];
  if (p.wantsVisualTools) {
    out.push(
      reason(
        'visual tools',
        'tensorflow',
        0.5,
        "TensorBoard is TensorFlow's native visual tool. It weighs little: PyTorch logs to TensorBoard too (torch.utils.tensorboard).",
        [S.tensorboardPytorch],
      ),
    );
  }
  if (p.needsCpp) {
    out.push(
      reason(
        'C++ interface',
        'pytorch',
        2,
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
        1,
        'PyTorch to ONNX is actively developed (the dynamo exporter is the default since 2.9); tf2onnx is tested only on TF 2.13–2.15 and is looking for a maintainer.',
        [S.onnxDynamo, S.tf2onnx],
      ),
    );
  }
  return out;
};

const domains: Factor = (p) => {
  const out: Reason[] = [];
  if (p.domains.includes('nlp')) {
    out.push(
      reason('domain: NLP', 'pytorch', 2.5, 'Hugging Face Transformers v5 removed TensorFlow and JAX: the main NLP library is PyTorch-only.', [S.transformersV5]),
    );
  }
  if (p.domains.includes('generative')) {
    out.push(
      reason(
        'domain: generative AI',
        'pytorch',
        2,
        'Generative and LLM tooling is PyTorch-first: Transformers v5 is PyTorch-only and most new models are released as PyTorch code.',
        [S.transformersV5, S.papersShare],
      ),
    );
  }
  if (p.domains.includes('vision')) {
    out.push(reason('domain: vision', 'pytorch', 0.5, 'Most new vision research code is PyTorch, with TorchVision for datasets and pretrained models.', [S.papersShare]));
  }
  if (p.domains.includes('timeseries')) {
    out.push(
      reason('domain: time series', 'tensorflow', 0.5, 'The TensorFlow Developer Professional Certificate has a whole course on sequences, time series and prediction.', [
        S.tfTimeSeries,
      ]),
    );
  }
  if (p.domains.includes('audio')) {
    out.push(
      reason(
        'domain: audio',
        'tensorflow',
        0.5,
        'PyTorch audio is in flux: TorchAudio is in maintenance mode and audio I/O moved to TorchCodec in 2025–26.',
        [S.torchaudioMaintenance],
      ),
    );
  }
  return out;
};

export const FACTORS: readonly Factor[] = [purpose, domains, deploy, experience, scale, tools];
