import { PROFILE_DEFAULTS, type Framework, type Profile } from '../profile';
import { SOURCES, type Source } from './sources';

export interface Suggestion {
  title: string;
  why: string;
  resourceId?: string;
  sources?: Source[];
}

/** Honest scope first (when deep learning is not the best first tool), then bridges and replacements. */
export function alsoConsider(p: Profile, framework: Framework): Suggestion[] {
  const out: Suggestion[] = [];
  if (p.domains.includes('tabular')) {
    out.push({
      title: 'Gradient-boosted trees and scikit-learn first',
      why: 'On tables, gradient-boosted trees (XGBoost, LightGBM, CatBoost) and scikit-learn usually beat deep networks and need less tuning. Learn them alongside; use the framework for the parts that are not tabular.',
      sources: [SOURCES.treesOnTables],
    });
  }
  if (p.domains.includes('timeseries')) {
    out.push({
      title: 'Classical forecasting baselines',
      why: 'Start every forecast with a seasonal-naive or exponential-smoothing baseline and a gradient-boosted model on lag features; a deep model has to beat them to earn its place.',
    });
  }
  const uses = p.teamUses ?? PROFILE_DEFAULTS.teamUses;
  if (uses === 'jax' || (p.purpose === 'research' && p.scale === 'large')) {
    out.push({
      title: 'JAX and Flax',
      why:
        uses === 'jax'
          ? 'Your team uses JAX: learn it alongside. Keras 3 runs on JAX as well as on TensorFlow and PyTorch.'
          : 'For research at TPU scale, JAX is worth considering: it compiles NumPy-style code for GPUs and TPUs.',
      sources: [SOURCES.jax],
    });
  }
  if (p.needsInterop) {
    out.push({ title: 'ONNX and ONNX Runtime', why: 'The common format for moving models between TensorFlow and PyTorch.', resourceId: 'onnx' });
  }
  if (p.wantsVisualTools) {
    out.push({
      title: 'TensorBoard with either framework',
      why: 'TensorBoard works with TensorFlow and, through torch.utils.tensorboard, with PyTorch.',
      resourceId: framework === 'pytorch' ? 'tensorboard-pytorch' : 'tensorboard',
    });
  }
  if (p.pythonLevel !== 'fluent' && p.mlLevel === 'none') {
    out.push({
      title: 'Keras 3',
      why: `A gentle high-level API that runs on ${framework === 'pytorch' ? 'PyTorch' : 'TensorFlow'} (and JAX).`,
      resourceId: 'keras-getting-started',
    });
  }
  if (framework === 'pytorch') {
    if (p.deployTargets.includes('web')) {
      out.push({
        title: 'LiteRT.js',
        why: 'Runs PyTorch models in the browser after conversion with litert-torch; ONNX Runtime Web is the other route.',
        resourceId: 'litert-web',
        sources: [SOURCES.litertWeb, SOURCES.litertTorch],
      });
    }
    if (p.deployTargets.includes('mobile') || p.deployTargets.includes('edge')) {
      out.push({
        title: 'ExecuTorch or LiteRT',
        why: "ExecuTorch 1.x is PyTorch's own on-device runtime; litert-torch converts PyTorch models for LiteRT.",
        resourceId: 'executorch',
        sources: [SOURCES.executorch, SOURCES.litertTorch],
      });
    }
    if (p.deployTargets.includes('server')) {
      out.push({
        title: 'Triton, KServe or vLLM for serving',
        why: 'TorchServe is archived: serve PyTorch models with Triton Inference Server, KServe or Ray Serve, and language models with vLLM.',
        sources: [SOURCES.torchserveArchived, SOURCES.vllmFoundation],
      });
    }
  } else {
    if (p.domains.includes('nlp') || p.domains.includes('generative')) {
      out.push({
        title: 'Hugging Face LLM Course',
        why: 'Transformers v5 is PyTorch-only; for language models you will meet PyTorch anyway.',
        resourceId: 'hf-llm-course',
        sources: [SOURCES.transformersV5],
      });
    }
    if (p.deployTargets.includes('mobile') || p.deployTargets.includes('edge')) {
      out.push({ title: 'LiteRT', why: 'TensorFlow Lite is now LiteRT: learn it under its new name.', resourceId: 'litert' });
    }
  }
  if (p.wantsCertificate) {
    out.push({
      title: 'No Google TensorFlow exam',
      why: "Google's TensorFlow Developer Certificate closed on 1 May 2024; course certificates (Coursera and others) are what remains.",
      resourceId: 'tf-developer-certificate',
    });
  }
  return out;
}
