/**
 * The part of TensorFlow.js this project uses: core ops and the layers API, with the pure-JS CPU backend as the
 * last fallback (backend.ts picks tfjs-node or wasm first). Not the `@tensorflow/tfjs` union package, which also
 * loads the WebGL backend, the graph-model converter and tf.data, none of them used here: about 6 MB more heap
 * and 10 MB more RSS in every process that loads a model (the server included), measured. Names are listed, not
 * `export *`: these packages are CommonJS and external to the Next build, which cannot see their exports.
 */
import '@tensorflow/tfjs-backend-cpu';

export type { GradSaveFunc, Scalar, Tensor1D, Tensor2D } from '@tensorflow/tfjs-core';
export {
  add,
  cast,
  clone,
  customGrad,
  dispose,
  div,
  dropout,
  expandDims,
  fill,
  gather,
  getBackend,
  greater,
  io,
  logSoftmax,
  losses,
  matMul,
  maximum,
  mean,
  memory,
  mul,
  oneHot,
  ready,
  reshape,
  scatterND,
  serialization,
  setBackend,
  softmax,
  square,
  sub,
  sum,
  tanh,
  Tensor,
  tensor1d,
  tensor2d,
  tensor3d,
  tidy,
  train,
  variable,
  where,
  zeros,
  zerosLike,
} from '@tensorflow/tfjs-core';
export type { Shape } from '@tensorflow/tfjs-layers';
export {
  initializers,
  input,
  LayersModel,
  LayerVariable,
  layers,
  loadLayersModel,
  metrics,
  model,
  SymbolicTensor,
} from '@tensorflow/tfjs-layers';
