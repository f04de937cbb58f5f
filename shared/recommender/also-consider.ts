import type { Framework, Profile } from '../profile';

export interface Suggestion {
  title: string;
  why: string;
  resourceId?: string;
}

/** Things worth knowing whichever framework wins: bridges, replacements and caveats. */
export function alsoConsider(p: Profile, framework: Framework): Suggestion[] {
  const out: Suggestion[] = [];
  if (p.needsInterop) {
    out.push({ title: 'ONNX and ONNX Runtime', why: 'The common format for moving models between TensorFlow and PyTorch.', resourceId: 'onnx' });
  }
  if (framework === 'pytorch') {
    if (p.wantsVisualTools) {
      out.push({ title: 'TensorBoard from PyTorch', why: 'TensorBoard works with PyTorch through torch.utils.tensorboard.', resourceId: 'tensorboard-pytorch' });
    }
    if (p.deployTargets.includes('web')) {
      out.push({ title: 'LiteRT.js', why: 'Runs PyTorch models in the browser after conversion with litert-torch; ONNX Runtime Web is the other route.', resourceId: 'litert-web' });
    }
    if (p.deployTargets.includes('mobile') || p.deployTargets.includes('edge')) {
      out.push({ title: 'ExecuTorch', why: 'The current on-device runtime for PyTorch; it replaced PyTorch Mobile.', resourceId: 'executorch' });
    }
    if (p.deployTargets.includes('server')) {
      out.push({ title: 'torch.export and AOTInductor', why: 'TorchServe is archived; export the model and serve it with AOTInductor, Triton, KServe or Ray Serve.', resourceId: 'torch-export' });
    }
    if (p.pythonLevel !== 'fluent' || p.mlLevel === 'none') {
      out.push({ title: 'Keras 3 on the PyTorch backend', why: 'Keras 3 runs on PyTorch, so you can keep a high-level API while learning PyTorch.', resourceId: 'keras-getting-started' });
    }
  } else {
    if (p.domains.includes('nlp') || p.domains.includes('generative')) {
      out.push({ title: 'Hugging Face LLM Course', why: 'Transformers v5 is PyTorch-only; for LLM work you will meet PyTorch anyway.', resourceId: 'hf-llm-course' });
    }
    if (p.deployTargets.includes('mobile') || p.deployTargets.includes('edge')) {
      out.push({ title: 'LiteRT', why: 'TensorFlow Lite is now LiteRT: learn it under its new name.', resourceId: 'litert' });
    }
  }
  if (p.wantsCertificate) {
    out.push({
      title: 'No Google TensorFlow exam',
      why: "Google's TensorFlow Developer Certificate closed on 1 May 2024; the DeepLearning.AI professional certificates give a Coursera credential.",
      resourceId: 'tf-developer-certificate',
    });
  }
  return out;
}
