/**
 * The public evidence behind each reason, so a learner can check it. `date` is when the page says the
 * fact was published; `read` is when we last read it. A source we could not read ourselves carries
 * `unverified` with what is missing, and the app says so beside it.
 */
export interface Source {
  title: string;
  url: string;
  date: string;
  read: string;
  unverified?: string;
}

/** The day the sources below were last read. */
export const SOURCES_READ = '2026-11-26';

const read = SOURCES_READ;
const notReread = 'Taken from the 2026-11-24 catalog research; not re-read for this release.';

export const SOURCES = {
  transformersV5: {
    title: 'Transformers v5 migration guide: "We\'re removing the TensorFlow and Jax parts of the library"',
    url: 'https://github.com/huggingface/transformers/blob/main/MIGRATION_GUIDE_V5.md',
    date: '2025-12',
    read,
  },
  vllmFoundation: {
    title: 'vLLM README: "vLLM is now a hosted project under PyTorch Foundation" (2025/05)',
    url: 'https://github.com/vllm-project/vllm',
    date: '2025-05',
    read,
  },
  rayFoundation: {
    title: 'Ray joining the PyTorch Foundation, home of PyTorch, vLLM and DeepSpeed (Ray issue 58008)',
    url: 'https://github.com/ray-project/ray/issues/58008',
    date: '2025-10-22',
    read,
  },
  torchserveArchived: {
    title: 'TorchServe: limited maintenance, repository archived; successors named',
    url: 'https://github.com/pytorch/serve/issues/3396',
    date: '2025-08-07',
    read: '2026-11-24',
    unverified: notReread,
  },
  tfServingLag: {
    title: 'TF Serving 2.20.0 arrived on 2026-08-12, a year after TensorFlow 2.20 (serving issue 4129)',
    url: 'https://github.com/tensorflow/serving/issues/4129',
    date: '2026-08-12',
    read,
  },
  papersShare: {
    title: 'Hacker News: "PyTorch has won: 59% of papers use it vs. 5% for TensorFlow" (Papers with Code trends)',
    url: 'https://news.ycombinator.com/item?id=35999101',
    date: '2023-05',
    read,
    unverified: 'Seen only through a copy of the thread; the Papers with Code chart behind it is gone.',
  },
  pwcShutdown: {
    title: 'Papers with Code site is dead; no newer framework shares exist (pwc-feeds issue 7)',
    url: 'https://github.com/ml-feeds/pwc-feeds/issues/7',
    date: '2025-07-27',
    read,
  },
  litertTorch: {
    title: 'LiteRT Torch: converts PyTorch models to .tflite for LiteRT on Android, iOS and IoT',
    url: 'https://github.com/google-ai-edge/litert-torch',
    date: 'undated README',
    read,
  },
  litert: {
    title: 'LiteRT overview: on-device runtime for Android, iOS, embedded Linux and microcontrollers (formerly TensorFlow Lite)',
    url: 'https://ai.google.dev/edge/litert/overview',
    date: '2026-11-24',
    read: '2026-11-24',
    unverified: notReread,
  },
  litertWeb: {
    title: "LiteRT.js: Google's web runtime, for models converted from PyTorch, JAX or TensorFlow",
    url: 'https://ai.google.dev/edge/litert/web',
    date: '2026-11-24',
    read: '2026-11-24',
    unverified: notReread,
  },
  executorch: {
    title: 'ExecuTorch 1.x releases (1.1.0 published 2026-01-27)',
    url: 'https://github.com/pytorch/test-infra/pull/7697',
    date: '2026-01-27',
    read,
  },
  tfjs: {
    title: 'TensorFlow.js: build and train models in the browser or Node.js, retrain with client-side data',
    url: 'https://libraries.io/npm/@tensorflow/tfjs/4.18.0',
    date: '2024',
    read,
  },
  speechbrain: {
    title: 'SpeechBrain: an all-in-one speech toolkit based on PyTorch',
    url: 'https://pypi.org/project/speechbrain/0.5.15/',
    date: '2023',
    read,
  },
  gluonts: {
    title: 'GluonTS: probabilistic time-series modelling based on PyTorch (and MXNet)',
    url: 'https://github.com/awslabs/gluonts',
    date: 'undated README',
    read,
  },
  jax: {
    title: 'JAX: accelerator-oriented array computation for large-scale machine learning on GPUs and TPUs',
    url: 'https://github.com/jax-ml/jax',
    date: 'undated README',
    read,
  },
  treesOnTables: {
    title: 'Grinsztajn, Oyallon, Varoquaux: Why do tree-based models still outperform deep learning on tabular data? (NeurIPS 2022)',
    url: 'https://arxiv.org/abs/2207.08815',
    date: '2022-07-18',
    read,
    unverified: 'Read through summaries of the paper, not the paper itself.',
  },
  libtorch: {
    title: 'PyTorch C++ API (LibTorch, C++17)',
    url: 'https://docs.pytorch.org/cppdocs/',
    date: '2026-11-24',
    read: '2026-11-24',
    unverified: notReread,
  },
  tfWindowsCpp: {
    title: 'TensorFlow C/C++ Windows GPU builds stopped at 2.10',
    url: 'https://github.com/tensorflow/tensorflow/issues/58933',
    date: '2023',
    read: '2026-11-24',
    unverified: notReread,
  },
  onnxDynamo: {
    title: 'torch.onnx: the dynamo exporter is the default since PyTorch 2.9',
    url: 'https://docs.pytorch.org/docs/stable/onnx_dynamo.html',
    date: '2025',
    read: '2026-11-24',
    unverified: notReread,
  },
  tf2onnx: {
    title: 'tf2onnx: tested on TF 2.13–2.15, "Maintainer Wanted"',
    url: 'https://pypi.org/project/tf2onnx/',
    date: '2026-11-24',
    read: '2026-11-24',
    unverified: notReread,
  },
} satisfies Record<string, Source>;
