import type * as tf from './tf';
import { fitActivityPrior, priorsForTraining } from './activity-prior';
import { calibrateScale, combineOccupations, combineTasks } from './aggregate';
import type { ExposureModel } from './artifact';
import type { ModelConfig } from './config';
import { humanBeta, splitOccupations, type OccupationReference, type SplitName, type TaskExample } from './data';
import { encodeTasks } from './features';
import { trainHead, type OccupationHead } from './occupation';
import { predictMember, type MemberOutputs } from './predict';
import { buildVocab, chooseMaxLen, vocabIndex } from './tokenizer';
import { trainMember, type EpochReport } from './train-encoder';

/** Labelled training data as read from the database. */
export interface TrainingData {
  tasks: TaskExample[];
  references: OccupationReference[];
  dataVersions: Record<string, unknown>;
}

export interface TrainProgress {
  onMemberStart?: (member: number, of: number) => void;
  onBatch?: (member: number, epoch: number, done: number, total: number, loss: number) => void;
  onEpoch?: (member: number, report: EpochReport) => void;
  onStage?: (stage: string) => void;
}

export interface TrainResult {
  model: ExposureModel;
  epochs: EpochReport[][];
  split: Record<SplitName, { occupations: number; tasks: number }>;
  headValMse: { attention: number; uniform: number }[];
  /** The fitted work-activity prior: smoothing, mixture weight, activities known, validation log-loss of the mixture. */
  prior: { smoothing: number; weight: number; activities: number; valLogLoss: number };
}

const rowsWhere = (split: Map<string, SplitName>, tasks: readonly TaskExample[], name: SplitName) =>
  tasks.flatMap((t, i) => (split.get(t.code) === name ? [i] : []));

/**
 * Trains the whole exposure model: seeded occupation split, vocabulary, bag-of-words baseline,
 * a deep ensemble of task encoders, one occupation attention head per member, interval
 * calibration on validation occupations. Evaluation is assessModel's job.
 */
export async function trainExposureModel(
  data: TrainingData,
  config: ModelConfig,
  version: string,
  progress: TrainProgress = {},
): Promise<TrainResult> {
  const tasks = data.tasks.filter((t) => t.human !== undefined);
  const split = splitOccupations(
    tasks.map((t) => t.code),
    config.seed,
    config.trainFraction,
    config.valFraction,
  );
  const rows = {
    train: rowsWhere(split, tasks, 'train'),
    val: rowsWhere(split, tasks, 'val'),
    test: rowsWhere(split, tasks, 'test'),
  };
  const trainTasks = rows.train.map((i) => tasks[i]!);
  const maxLen = chooseMaxLen(
    trainTasks.map((t) => t.text),
    config.lengthPercentile,
  );
  const vocab = buildVocab(
    trainTasks.map((t) => `${t.text} ${t.title}`),
    { minCount: config.minCount, maxSize: config.maxVocab, maxLen },
  );
  const index = vocabIndex(vocab);
  const encoded = encodeTasks(tasks, vocab, index, config.titleLen);

  const members: tf.LayersModel[] = [];
  const outputs: MemberOutputs[] = [];
  const epochs: EpochReport[][] = [];
  for (let k = 0; k < config.ensemble; k++) {
    progress.onMemberStart?.(k, config.ensemble);
    const { encoder, epochs: log } = await trainMember({
      config,
      seed: config.seed + k,
      vocabSize: vocab.tokens.length,
      maxLen,
      tasks,
      encoded,
      trainRows: rows.train,
      valRows: rows.val,
      onBatch: (epoch, done, total, loss) => progress.onBatch?.(k, epoch, done, total, loss),
      onEpoch: (report) => progress.onEpoch?.(k, report),
    });
    members.push(encoder.full);
    epochs.push(log);
    outputs.push(predictMember(encoder.full, encoded));
  }

  progress.onStage?.('work-activity prior');
  const neural = combineTasks(outputs, encoded.tokens).map((p) => p.probs);
  const { prior: activityPrior, valLogLoss: priorValLogLoss } = fitActivityPrior(tasks, rows.train, rows.val, neural);

  progress.onStage?.('occupation attention');
  const beta = humanBeta(tasks);
  const predictions = combineTasks(outputs, encoded.tokens, {
    probs: priorsForTraining(tasks, rows.train, activityPrior),
    weight: activityPrior.weight,
  });
  const occupationsOf = (name: SplitName, k: number) =>
    [...new Set(rows[name].map((i) => tasks[i]!.code))].map((code) => ({
      beta: beta.get(code)!,
      tasks: rows[name]
        .filter((i) => tasks[i]!.code === code)
        .map((i) => ({
          vector: outputs[k]!.vectors[i]!,
          taskType: tasks[i]!.taskType,
          exposure: predictions[i]!.memberExposure[k]!,
        })),
    }));
  const heads: OccupationHead[] = [];
  const headValMse: { attention: number; uniform: number }[] = [];
  for (let k = 0; k < config.ensemble; k++) {
    const fit = trainHead(occupationsOf('train', k), occupationsOf('val', k));
    heads.push(fit.head);
    headValMse.push({ attention: fit.valMse, uniform: fit.uniformValMse });
  }
  const unscaled = combineOccupations(tasks, outputs, heads, predictions, 1);
  const valCodes = new Set(rows.val.map((i) => tasks[i]!.code));
  const intervalScale = calibrateScale(
    unscaled.filter((o) => valCodes.has(o.code)),
    beta,
  );

  const count = (name: SplitName) => ({
    occupations: new Set(rows[name].map((i) => tasks[i]!.code)).size,
    tasks: rows[name].length,
  });
  return {
    model: { version, config, vocab, members, heads, intervalScale, activityPrior, dataVersions: data.dataVersions },
    epochs,
    prior: {
      smoothing: activityPrior.smoothing,
      weight: activityPrior.weight,
      activities: Object.keys(activityPrior.activities).length,
      valLogLoss: priorValLogLoss,
    },
    split: { train: count('train'), val: count('val'), test: count('test') },
    headValMse,
  };
}
