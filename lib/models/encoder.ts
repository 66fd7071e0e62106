import * as tf from './tf';
import type { ModelConfig } from './config';
import { headWidth, TASK_HEADS, type HeadSpec } from './heads';
import { MaskedMean, SeededDropout, TokenAttention, TrainableEmbedding, WeightedSum } from './layers';

/** The task encoder's two views: `train` outputs one softmax per head; `full` adds token attention and the task vector. */
export interface TaskEncoder {
  train: tf.LayersModel;
  full: tf.LayersModel;
}

/** Names of the full view's outputs after the heads' (predict.ts reads outputs by name). */
export const ATTENTION_OUTPUT = 'token_attention';
export const VECTOR_OUTPUT = 'task_vector';

/**
 * Builds the task encoder: shared trainable embedding → bidirectional GRU → attention pooling
 * over tokens, concatenated with bag-of-words means of the task text and occupation title,
 * → dense task vector → one softmax per registered head (heads.ts: exposure E0–E2, automation T0–T4).
 */
export function buildEncoder(
  config: ModelConfig,
  vocabSize: number,
  maxLen: number,
  seed: number,
  heads: readonly HeadSpec[] = TASK_HEADS,
): TaskEncoder {
  const glorot = (offset: number) => tf.initializers.glorotUniform({ seed: seed * 1000 + offset });
  const text = tf.input({ shape: [maxLen], name: 'text' });
  const title = tf.input({ shape: [config.titleLen], name: 'title' });
  const embedding = new TrainableEmbedding({
    inputDim: vocabSize,
    outputDim: config.embedDim,
    seed: seed * 1000 + 1,
    name: 'embedding',
  });
  const textEmb = embedding.apply(text) as tf.SymbolicTensor;
  const titleEmb = embedding.apply(title) as tf.SymbolicTensor;
  const gru = tf.layers.gru({
    units: config.hidden,
    returnSequences: true,
    kernelInitializer: glorot(2),
    recurrentInitializer: glorot(3),
  });
  const states = tf.layers
    .bidirectional({ layer: gru, mergeMode: 'concat', name: 'bigru' })
    .apply(textEmb) as tf.SymbolicTensor;
  const attention = new TokenAttention({
    units: config.attentionUnits,
    seed: seed * 1000 + 4,
    name: ATTENTION_OUTPUT,
  }).apply([states, text]) as tf.SymbolicTensor;
  const pooled = new WeightedSum({ name: 'pooled' }).apply([states, attention]) as tf.SymbolicTensor;
  const textBag = new MaskedMean({ name: 'text_bag' }).apply([textEmb, text]) as tf.SymbolicTensor;
  const titleBag = new MaskedMean({ name: 'title_bag' }).apply([titleEmb, title]) as tf.SymbolicTensor;
  const joined = tf.layers.concatenate({ name: 'joined' }).apply([pooled, textBag, titleBag]) as tf.SymbolicTensor;
  const dropped = new SeededDropout({ rate: config.dropout, seed: seed * 1000 + 5, name: 'dropout' }).apply(
    joined,
  ) as tf.SymbolicTensor;
  const vector = tf.layers
    .dense({ units: config.denseUnits, activation: 'relu', kernelInitializer: glorot(6), name: VECTOR_OUTPUT })
    .apply(dropped) as tf.SymbolicTensor;
  const outputs = heads.map(
    (head) =>
      tf.layers
        .dense({
          units: headWidth(head),
          activation: 'softmax',
          kernelInitializer: glorot(head.initOffset),
          name: head.name,
        })
        .apply(vector) as tf.SymbolicTensor,
  );
  const train = tf.model({ inputs: [text, title], outputs, name: 'task_encoder_train' });
  const full = tf.model({ inputs: [text, title], outputs: [...outputs, attention, vector], name: 'task_encoder' });
  return { train, full };
}

/** Compiles the training view with Adam and one cross-entropy loss per head, in the heads' order. */
export function compileEncoder(
  encoder: TaskEncoder,
  config: ModelConfig,
  heads: readonly HeadSpec[] = TASK_HEADS,
): void {
  encoder.train.compile({
    optimizer: tf.train.adam(config.learningRate),
    // tfjs has no lossWeights: a weighted head's loss is scaled inside its own loss function.
    loss: heads.map((head) => {
      const weight = head.lossWeight?.(config);
      return weight === undefined
        ? (y: tf.Tensor, p: tf.Tensor) => tf.metrics.categoricalCrossentropy(y, p)
        : (y: tf.Tensor, p: tf.Tensor) => tf.mul(weight, tf.metrics.categoricalCrossentropy(y, p));
    }),
  });
}
