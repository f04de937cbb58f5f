/** The public evidence behind each reason, so a learner can check it. */
export interface Source {
  title: string;
  url: string;
  date: string;
}

export const SOURCES = {
  torchserveArchived: { title: 'TorchServe: limited maintenance, repository archived', url: 'https://github.com/pytorch/serve/issues/3396', date: '2025-08-07' },
  tfServing: { title: 'TensorFlow Serving releases', url: 'https://www.github.com/tensorflow/serving/releases', date: '2026-11-24' },
  tfx: { title: 'TFX (TensorFlow Extended)', url: 'https://www.tensorflow.org/tfx', date: '2026-11-24' },
  papersShare: { title: 'PyTorch has won: 59% of papers use it vs. 5% for TensorFlow', url: 'https://hacknews-clone.netlify.app/post?id=35999101', date: '2023-05' },
  pwcShutdown: { title: 'Papers with Code shut down (no newer framework shares)', url: 'https://github.com/paperswithcode/paperswithcode-data/issues/122', date: '2025-07' },
  soSurvey2022: { title: 'Stack Overflow 2022 survey: TensorFlow 11.49%, PyTorch 7.61% of professional developers', url: 'https://laurencemoroney.com/2022/06/22/stackoverflow.html', date: '2022-06-22' },
  transformersV5: { title: 'Transformers v5 migration guide: TensorFlow and JAX removed', url: 'https://raw.githubusercontent.com/huggingface/transformers/main/MIGRATION_GUIDE_V5.md', date: '2025' },
  litertWeb: { title: 'LiteRT.js: Google\'s web runtime', url: 'https://ai.google.dev/edge/litert/web', date: '2026-11-24' },
  tfjs: { title: '@tensorflow/tfjs-core 4.22.0', url: 'https://app.unpkg.com/@tensorflow/tfjs-core@4.22.0', date: '2024-10' },
  litert: { title: 'LiteRT overview (formerly TensorFlow Lite)', url: 'https://ai.google.dev/edge/litert/overview', date: '2026-11-24' },
  executorch: { title: 'ExecuTorch v1.6.0 release', url: 'https://github.com/pytorch/executorch/releases/tag/v1.6.0', date: '2026-11-12' },
  pytorchMobile: { title: 'PyTorch Mobile is no longer actively supported', url: 'https://docs.pytorch.org/tutorials/recipes/ptmobile_recipes_summary.html', date: '2024-11-04' },
  kerasMultiBackend: { title: 'Keras 3: JAX, TensorFlow or PyTorch backends', url: 'https://keras.io/getting_started', date: '2026-11-24' },
  tensorboardPytorch: { title: 'torch.utils.tensorboard', url: 'https://docs.pytorch.org/docs/stable/tensorboard.html', date: '2022-03-10' },
  libtorch: { title: 'PyTorch C++ API (C++17, beta stability)', url: 'https://docs.pytorch.org/cppdocs/', date: '2026-11-24' },
  tfWindowsCpp: { title: 'TensorFlow C/C++ Windows GPU builds stopped at 2.10', url: 'https://github.com/tensorflow/tensorflow/issues/58933', date: '2023' },
  onnxDynamo: { title: 'torch.onnx dynamo exporter is the default since PyTorch 2.9', url: 'https://docs.pytorch.org/docs/stable/_sources/onnx_dynamo.rst.txt', date: '2025' },
  tf2onnx: { title: 'tf2onnx: tested on TF 2.13–2.15, "Maintainer Wanted"', url: 'https://pypi.org/pypi/tf2onnx', date: '2026-11-24' },
  tfCertificateClosed: { title: 'TensorFlow Developer Certificate no longer available (1 May 2024)', url: 'https://github.com/mrdbourke/tensorflow-deep-learning/discussions/645', date: '2024-05-02' },
  tfTimeSeries: { title: 'TensorFlow Developer Professional Certificate, course 4: Sequences, Time Series and Prediction', url: 'https://www.coursera.org/professional-certificates/tensorflow-in-practice', date: '2026-11-24' },
  torchaudioMaintenance: { title: 'TorchAudio maintenance phase and TorchCodec migration', url: 'https://github.com/pytorch/audio/issues/3902', date: '2026-01-22' },
  lightning: { title: 'PyTorch Lightning (DDP/FSDP/DeepSpeed)', url: 'https://lightning.ai/docs/pytorch/stable/', date: '2026-11-24' },
} satisfies Record<string, Source>;
