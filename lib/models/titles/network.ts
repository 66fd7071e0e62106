import * as tf from '../tf';
import { MaskedMean, SeededDropout, TrainableEmbedding } from '../layers';

/** Sizes of the neural title encoder. */
export interface NetworkConfig {
  vocabSize: number;
  maxLen: number;
  embedDim: number;
  hidden: number;
  classes: number;
  dropout: number;
  seed: number;
}

/**
 * The neural title coder: subword embeddings (trainable on wasm) → masked mean (a bag of subwords,
 * fastText-style) → dropout → optional dense ReLU title vector → logits over the O*NET occupations.
 */
export function buildTitleNetwork(c: NetworkConfig): tf.LayersModel {
  const glorot = (offset: number) => tf.initializers.glorotUniform({ seed: c.seed * 1000 + offset });
  const ids = tf.input({ shape: [c.maxLen], name: 'subwords' });
  const emb = new TrainableEmbedding({
    inputDim: c.vocabSize,
    outputDim: c.embedDim,
    seed: c.seed * 1000 + 1,
    name: 'embedding',
  }).apply(ids) as tf.SymbolicTensor;
  const bag = new MaskedMean({ name: 'bag' }).apply([emb, ids]) as tf.SymbolicTensor;
  const dropped = new SeededDropout({ rate: c.dropout, seed: c.seed * 1000 + 2, name: 'dropout' }).apply(
    bag,
  ) as tf.SymbolicTensor;
  // hidden 0: a linear classifier over the bag (fastText); otherwise a ReLU title vector first
  const vector =
    c.hidden > 0
      ? (tf.layers
          .dense({ units: c.hidden, activation: 'relu', kernelInitializer: glorot(3), name: 'title_vector' })
          .apply(dropped) as tf.SymbolicTensor)
      : dropped;
  const out = tf.layers
    .dense({ units: c.classes, activation: 'linear', kernelInitializer: glorot(4), name: 'logits' })
    .apply(vector) as tf.SymbolicTensor;
  return tf.model({ inputs: ids, outputs: out, name: 'title_coder' });
}

interface DenseWeights {
  kernel: Float32Array;
  bias: Float32Array;
  inputs: number;
  outputs: number;
  relu: boolean;
}

interface InferenceWeights {
  /** The embedding table, copied out once: averaging 32 of its rows in JS beats a wasm gather by far. */
  table: Float32Array;
  dim: number;
  dense: DenseWeights[];
}

const inference = new WeakMap<tf.LayersModel, InferenceWeights>();

/** The network's weights copied out for inference (cached per model; call after training, not during). */
function inferenceWeights(model: tf.LayersModel): InferenceWeights {
  let w = inference.get(model);
  if (w) return w;
  const [table] = model.getLayer('embedding').getWeights();
  const layerNames = model.layers.map((l) => l.name);
  const dense = ['title_vector', 'logits']
    .filter((name) => layerNames.includes(name))
    .map((name): DenseWeights => {
      const [kernel, bias] = model.getLayer(name).getWeights();
      const [inputs, outputs] = kernel!.shape as [number, number];
      return {
        kernel: Float32Array.from(kernel!.dataSync()),
        bias: Float32Array.from(bias!.dataSync()),
        inputs,
        outputs,
        relu: name === 'title_vector',
      };
    });
  w = { table: Float32Array.from(table!.dataSync()), dim: table!.shape[1]!, dense };
  inference.set(model, w);
  return w;
}

/** x (rows × inputs) · kernel + bias, row by row with the kernel read contiguously. */
function denseForward(x: Float32Array, rows: number, layer: DenseWeights): Float32Array {
  const { kernel, bias, inputs, outputs, relu } = layer;
  const out = new Float32Array(rows * outputs);
  for (let r = 0; r < rows; r++) {
    const o = r * outputs;
    out.set(bias, o);
    for (let i = 0; i < inputs; i++) {
      const v = x[r * inputs + i]!;
      if (v === 0) continue;
      for (let c = 0, k = i * outputs; c < outputs; c++) out[o + c]! += v * kernel[k + c]!;
    }
    if (relu) for (let c = 0; c < outputs; c++) if (out[o + c]! < 0) out[o + c] = 0;
  }
  return out;
}

/**
 * Log-probabilities (log-softmax of the logits) for a batch of encoded titles: rows × classes. The same
 * arithmetic as the layers model at inference (dropout off), done in plain JS on weights copied out once:
 * per title it is a 32-row mean and one small matrix product, which tfjs-wasm's per-op cost would dwarf.
 */
export function networkLogProbs(model: tf.LayersModel, ids: Int32Array, rows: number, maxLen: number): Float32Array {
  const { table, dim, dense } = inferenceWeights(model);
  let x: Float32Array = new Float32Array(rows * dim);
  for (let r = 0; r < rows; r++) {
    let count = 0;
    for (let t = 0; t < maxLen; t++) {
      const id = ids[r * maxLen + t]!;
      if (id === 0) continue;
      count += 1;
      for (let d = 0, o = id * dim; d < dim; d++) x[r * dim + d]! += table[o + d]!;
    }
    for (let d = 0; d < dim && count > 1; d++) x[r * dim + d]! /= count;
  }
  for (const layer of dense) x = denseForward(x, rows, layer);
  const classes = dense[dense.length - 1]!.outputs;
  for (let r = 0; r < rows; r++) {
    const o = r * classes;
    let max = -Infinity;
    for (let c = 0; c < classes; c++) if (x[o + c]! > max) max = x[o + c]!;
    let sum = 0;
    for (let c = 0; c < classes; c++) sum += Math.exp(x[o + c]! - max);
    const logSum = max + Math.log(sum);
    for (let c = 0; c < classes; c++) x[o + c]! -= logSum;
  }
  return x;
}
