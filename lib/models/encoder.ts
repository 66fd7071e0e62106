import * as tf from '@tensorflow/tfjs';
import type { ModelConfig } from './config';
import { MaskedMean, SeededDropout, TokenAttention, TrainableEmbedding, WeightedSum } from './layers';

/** The task encoder's two views: `train` outputs [exposure, automation]; `full` adds token attention and the task vector. */
export interface TaskEncoder {
  train: tf.LayersModel;
  full: tf.LayersModel;
}

export const EXPOSURE_CLASSES = ['E0', 'E1', 'E2'] as const;
export const AUTOMATION_CLASSES = ['T0', 'T1', 'T2', 'T3', 'T4'] as const;

/**
 * Builds the task encoder: shared trainable embedding → bidirectional GRU → attention pooling
 * over tokens, concatenated with bag-of-words means of the task text and occupation title,
 * → dense task vector → softmax heads for exposure (E0–E2) and automation (T0–T4).
 */
export function buildEncoder(config: ModelConfig, vocabSize: number, maxLen: number, seed: number): TaskEncoder {
  const glorot = (offset: number) => tf.initializers.glorotUniform({ seed: seed * 1000 + offset });
  const text = tf.input({ shape: [maxLen], name: 'text' });
  const title = tf.input({ shape: [config.titleLen], name: 'title' });
  const embedding = new TrainableEmbedding({ inputDim: vocabSize, outputDim: config.embedDim, seed: seed * 1000 + 1, name: 'embedding' });
  const textEmb = embedding.apply(text) as tf.SymbolicTensor;
  const titleEmb = embedding.apply(title) as tf.SymbolicTensor;
  const gru = tf.layers.gru({
    units: config.hidden,
    returnSequences: true,
    kernelInitializer: glorot(2),
    recurrentInitializer: glorot(3),
  });
  const states = tf.layers.bidirectional({ layer: gru, mergeMode: 'concat', name: 'bigru' }).apply(textEmb) as tf.SymbolicTensor;
  const attention = new TokenAttention({ units: config.attentionUnits, seed: seed * 1000 + 4, name: 'token_attention' }).apply([states, text]) as tf.SymbolicTensor;
  const pooled = new WeightedSum({ name: 'pooled' }).apply([states, attention]) as tf.SymbolicTensor;
  const textBag = new MaskedMean({ name: 'text_bag' }).apply([textEmb, text]) as tf.SymbolicTensor;
  const titleBag = new MaskedMean({ name: 'title_bag' }).apply([titleEmb, title]) as tf.SymbolicTensor;
  const joined = tf.layers.concatenate({ name: 'joined' }).apply([pooled, textBag, titleBag]) as tf.SymbolicTensor;
  const dropped = new SeededDropout({ rate: config.dropout, seed: seed * 1000 + 5, name: 'dropout' }).apply(joined) as tf.SymbolicTensor;
  const vector = tf.layers.dense({ units: config.denseUnits, activation: 'relu', kernelInitializer: glorot(6), name: 'task_vector' }).apply(dropped) as tf.SymbolicTensor;
  const exposure = tf.layers.dense({ units: 3, activation: 'softmax', kernelInitializer: glorot(7), name: 'exposure' }).apply(vector) as tf.SymbolicTensor;
  const automation = tf.layers.dense({ units: 5, activation: 'softmax', kernelInitializer: glorot(8), name: 'automation' }).apply(vector) as tf.SymbolicTensor;
  const train = tf.model({ inputs: [text, title], outputs: [exposure, automation], name: 'task_encoder_train' });
  const full = tf.model({ inputs: [text, title], outputs: [exposure, automation, attention, vector], name: 'task_encoder' });
  return { train, full };
}

/** Compiles the training view with Adam and the two cross-entropy losses. */
export function compileEncoder(encoder: TaskEncoder, config: ModelConfig): void {
  encoder.train.compile({
    optimizer: tf.train.adam(config.learningRate),
    // tfjs has no lossWeights: the automation loss is scaled inside its own loss function.
    loss: [
      (y: tf.Tensor, p: tf.Tensor) => tf.metrics.categoricalCrossentropy(y, p),
      (y: tf.Tensor, p: tf.Tensor) => tf.mul(config.automationWeight, tf.metrics.categoricalCrossentropy(y, p)),
    ],
  });
}
