import * as tf from '../tf';
import { rng, shuffled } from '../random';
import type { TitleConfig } from './config';
import { buildTitleNetwork } from './network';

/** Encoded training examples: `rows × maxLen` subword ids and a class per row. */
export interface EncodedExamples {
  ids: Int32Array;
  classes: Int32Array;
  rows: number;
}

/** Per-epoch progress callbacks. */
export interface TrainCallbacks {
  onBatch?: (epoch: number, done: number, total: number, loss: number) => void;
  onEpoch?: (epoch: number, loss: number, seconds: number) => void;
}

/** Picks rows `pick` of the encoded ids as an int32 tensor. */
function batchIds(data: EncodedExamples, pick: readonly number[], maxLen: number): tf.Tensor2D {
  const out = new Int32Array(pick.length * maxLen);
  pick.forEach((r, i) => {
    out.set(data.ids.subarray(r * maxLen, (r + 1) * maxLen), i * maxLen);
  });
  return tf.tensor2d(out, [pick.length, maxLen], 'int32');
}

/** Trains the title network with seeded initialisation, dropout and batch order (softmax cross-entropy on logits). */
export async function trainTitleNetwork(
  data: EncodedExamples,
  vocabSize: number,
  classes: number,
  config: TitleConfig,
  cb: TrainCallbacks = {},
): Promise<tf.LayersModel> {
  const model = buildTitleNetwork({
    vocabSize,
    classes,
    maxLen: config.maxLen,
    embedDim: config.embedDim,
    hidden: config.hidden,
    dropout: config.dropout,
    seed: config.seed,
  });
  model.compile({
    optimizer: tf.train.adam(config.learningRate),
    loss: (y: tf.Tensor, p: tf.Tensor) => tf.losses.softmaxCrossEntropy(y, p),
  });
  const random = rng(config.seed * 7919 + 11);
  const all = Array.from({ length: data.rows }, (_, i) => i);
  for (let epoch = 1; epoch <= config.epochs; epoch++) {
    const started = Date.now();
    const order = shuffled(all, random);
    let lossSum = 0;
    let batches = 0;
    for (let b = 0; b < order.length; b += config.batchSize) {
      const pick = order.slice(b, b + config.batchSize);
      const x = batchIds(data, pick, config.maxLen);
      const y = tf.tidy(() =>
        tf.oneHot(
          tf.tensor1d(
            pick.map((r) => data.classes[r]!),
            'int32',
          ),
          classes,
        ),
      );
      lossSum += (await model.trainOnBatch(x, y)) as number;
      tf.dispose([x, y]);
      batches += 1;
      cb.onBatch?.(epoch, Math.min(order.length, b + pick.length), order.length, lossSum / batches);
      // trainOnBatch settles in microtasks only: yield so timers (progress bars) can run
      if (batches % 20 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    cb.onEpoch?.(epoch, lossSum / Math.max(1, batches), (Date.now() - started) / 1000);
  }
  return model;
}
