import * as tf from '@tensorflow/tfjs';
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
  const emb = new TrainableEmbedding({ inputDim: c.vocabSize, outputDim: c.embedDim, seed: c.seed * 1000 + 1, name: 'embedding' }).apply(ids) as tf.SymbolicTensor;
  const bag = new MaskedMean({ name: 'bag' }).apply([emb, ids]) as tf.SymbolicTensor;
  const dropped = new SeededDropout({ rate: c.dropout, seed: c.seed * 1000 + 2, name: 'dropout' }).apply(bag) as tf.SymbolicTensor;
  // hidden 0: a linear classifier over the bag (fastText); otherwise a ReLU title vector first
  const vector = c.hidden > 0 ? (tf.layers.dense({ units: c.hidden, activation: 'relu', kernelInitializer: glorot(3), name: 'title_vector' }).apply(dropped) as tf.SymbolicTensor) : dropped;
  const out = tf.layers.dense({ units: c.classes, activation: 'linear', kernelInitializer: glorot(4), name: 'logits' }).apply(vector) as tf.SymbolicTensor;
  return tf.model({ inputs: ids, outputs: out, name: 'title_coder' });
}

/** Log-probabilities (log-softmax of the logits) for a batch of encoded titles: rows × classes. */
export function networkLogProbs(model: tf.LayersModel, ids: Int32Array, rows: number, maxLen: number): Float32Array {
  return tf.tidy(() => {
    const x = tf.tensor2d(ids, [rows, maxLen], 'int32');
    const logits = model.predict(x) as tf.Tensor;
    return tf.logSoftmax(logits).dataSync() as Float32Array;
  });
}
