import * as tf from './tf';
import type { ModelConfig } from './config';
import type { TaskExample } from './data';
import { buildEncoder, compileEncoder, type TaskEncoder } from './encoder';
import type { EncodedTasks } from './features';
import { inputTensors } from './features';
import { earlyStoppingHead, headWidth, TASK_HEADS, type HeadSpec } from './heads';
import { accuracy, argmax } from './metrics';
import { predictExposure } from './predict';
import { rng, shuffled } from './random';

/** Progress of one member's training, for the progress bar. */
export interface EpochReport {
  epoch: number;
  trainLoss: number;
  valLoss: number;
  valAccuracy: number;
  seconds: number;
  improved: boolean;
}

export interface TrainMemberOptions {
  config: ModelConfig;
  seed: number;
  vocabSize: number;
  maxLen: number;
  tasks: readonly TaskExample[];
  encoded: EncodedTasks;
  trainRows: readonly number[];
  valRows: readonly number[];
  onBatch?: (epoch: number, done: number, total: number, loss: number) => void;
  onEpoch?: (report: EpochReport) => void;
  /** The heads to build and train (default: the registry's). */
  heads?: readonly HeadSpec[];
}

/** The validation metrics a head may name (heads.ts `metric`). */
const METRICS = { accuracy } as const;

function logLoss(probs: readonly number[][], truth: readonly number[]): number {
  return -probs.reduce((s, p, i) => s + Math.log(Math.max(1e-7, p[truth[i]!] ?? 0)), 0) / Math.max(1, probs.length);
}

/**
 * Trains one ensemble member with seeded initialisation, dropout and batch order, early-stopping
 * on validation exposure log-loss and restoring the best epoch's weights.
 */
export async function trainMember(
  options: TrainMemberOptions,
): Promise<{ encoder: TaskEncoder; epochs: EpochReport[] }> {
  const { config, seed, tasks, encoded, trainRows, valRows, heads = TASK_HEADS } = options;
  const encoder = buildEncoder(config, options.vocabSize, options.maxLen, seed, heads);
  compileEncoder(encoder, config, heads);
  const random = rng(seed * 7919 + 17);
  const stopping = earlyStoppingHead(heads);
  const valTruth = valRows.map((i) => stopping.target(tasks[i]!) ?? 0);
  const reports: EpochReport[] = [];
  let best: { loss: number; weights: tf.Tensor[] } | undefined;
  let stale = 0;
  for (let epoch = 1; epoch <= config.epochs && stale < config.patience; epoch++) {
    const started = Date.now();
    const order = shuffled(trainRows, random);
    let lossSum = 0;
    let batches = 0;
    for (let b = 0; b < order.length; b += config.batchSize) {
      const pick = order.slice(b, b + config.batchSize);
      const inputs = inputTensors(encoded, 0, 0, pick);
      const targets = heads.map((head) =>
        tf.oneHot(
          pick.map((i) => head.target(tasks[i]!) ?? 0),
          headWidth(head),
        ),
      );
      const result = await encoder.train.trainOnBatch(inputs, targets);
      const losses = Array.isArray(result) ? result : [result];
      tf.dispose([...inputs, ...targets]);
      lossSum += losses[0] ?? 0;
      batches += 1;
      options.onBatch?.(epoch, Math.min(order.length, b + pick.length), order.length, lossSum / batches);
      // trainOnBatch settles in microtasks only: yield so timers (progress bars) can run
      await new Promise((resolve) => setImmediate(resolve));
    }
    const valProbs = valRows.length ? predictExposure(encoder.train, encoded, valRows, 1024, heads) : [];
    const valLoss = valRows.length ? logLoss(valProbs, valTruth) : lossSum / batches;
    const improved = !best || valLoss < best.loss;
    if (improved) {
      tf.dispose(best?.weights ?? []);
      best = { loss: valLoss, weights: encoder.train.getWeights().map((w) => w.clone()) };
      stale = 0;
    } else stale += 1;
    const report = {
      epoch,
      trainLoss: lossSum / batches,
      valLoss,
      valAccuracy: METRICS[stopping.metric](valTruth, valProbs.map(argmax)),
      seconds: (Date.now() - started) / 1000,
      improved,
    };
    reports.push(report);
    options.onEpoch?.(report);
  }
  if (best) {
    encoder.train.setWeights(best.weights);
    tf.dispose(best.weights);
  }
  return { encoder, epochs: reports };
}
