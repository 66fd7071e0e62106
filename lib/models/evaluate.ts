import type { OccupationPrediction } from './aggregate';
import { byOccupation, expectedExposure, labelExposure, type SplitName, type TaskExample } from './data';
import {
  accuracy,
  argmax,
  confusion,
  coverage,
  ece,
  macroF1,
  pearson,
  r3,
  reliability,
  spearman,
  type ReliabilityBin,
} from './metrics';

export interface TaskMetrics {
  n: number;
  accuracy: number;
  macroF1: number;
  confusion: number[][];
  ece?: number;
  /** Top-label confidence against accuracy in equal-width bins: the reliability diagram behind the ECE. */
  reliability?: ReliabilityBin[];
}

export interface OccupationMetrics {
  n: number;
  spearman: number;
  pearson: number;
  mae: number;
  coverage80?: number;
  meanWidth?: number;
}

/** Task-level agreement of predicted classes (and optional probabilities) with the human E labels. */
export function taskMetrics(truth: number[], pred: number[], probs?: number[][]): TaskMetrics {
  return {
    n: truth.length,
    accuracy: r3(accuracy(truth, pred)),
    macroF1: r3(macroF1(truth, pred, 3)),
    confusion: confusion(truth, pred, 3),
    ...(probs ? { ece: r3(ece(probs, truth)), reliability: reliability(probs, truth) } : {}),
  };
}

/** Occupation-level agreement of scores with human β, plus interval coverage where intervals exist. */
export function occupationMetrics(
  codes: string[],
  beta: Map<string, number>,
  score: Map<string, number>,
  intervals?: Map<string, [number, number]>,
): OccupationMetrics {
  const kept = codes.filter((c) => beta.has(c) && score.has(c));
  const truth = kept.map((c) => beta.get(c)!);
  const pred = kept.map((c) => score.get(c)!);
  const out: OccupationMetrics = {
    n: kept.length,
    spearman: r3(spearman(truth, pred)),
    pearson: r3(pearson(truth, pred)),
    mae: r3(truth.reduce((s, t, i) => s + Math.abs(t - pred[i]!), 0) / Math.max(1, kept.length)),
  };
  if (intervals) {
    const low = kept.map((c) => intervals.get(c)![0]);
    const high = kept.map((c) => intervals.get(c)![1]);
    out.coverage80 = r3(coverage(truth, low, high));
    out.meanWidth = r3(low.reduce((s, l, i) => s + high[i]! - l, 0) / Math.max(1, kept.length));
  }
  return out;
}

/** Mean of a per-task value by occupation: how β is built from task labels or predictions. */
export function occupationMeans(tasks: readonly TaskExample[], value: (i: number) => number): Map<string, number> {
  const indexed = tasks.map((t, i) => ({ code: t.code, i }));
  return new Map(
    [...byOccupation(indexed)].map(([code, list]) => [code, list.reduce((s, x) => s + value(x.i), 0) / list.length]),
  );
}

/** Task metrics of class probabilities, and occupation metrics of their mean expected exposure. */
function probabilityMetrics(
  tasks: readonly TaskExample[],
  truth: number[],
  probs: number[][],
  beta: Map<string, number>,
) {
  const codes = [...new Set(tasks.map((t) => t.code))];
  return {
    task: taskMetrics(truth, probs.map(argmax), probs),
    occupation: occupationMetrics(
      codes,
      beta,
      occupationMeans(tasks, (i) => expectedExposure(probs[i]!)),
    ),
  };
}

/** Inputs of one split's evaluation: the labelled tasks and every predictor's outputs aligned with them. */
export interface EvaluationInput {
  split: SplitName;
  tasks: TaskExample[];
  modelProbs: number[][];
  modelAutomation: number[][];
  occupations: OccupationPrediction[];
  baselineProbs: number[][];
  /** The two parts of the model's mixture on their own: neural ensemble and work-activity prior. */
  components?: { neural: number[][]; activityPrior: number[][] };
  beta: Map<string, number>;
  dvBeta: Map<string, number>;
}

/** Model, bag-of-words baseline and GPT-4 reference on the same tasks and occupations. */
export function evaluateSplit(input: EvaluationInput) {
  const { tasks, beta } = input;
  const truth = tasks.map((t) => t.human!);
  const codes = [...new Set(tasks.map((t) => t.code))];
  const modelScore = new Map(input.occupations.map((o) => [o.code, o.exposure]));
  const intervals = new Map(input.occupations.map((o) => [o.code, [o.low, o.high] as [number, number]]));
  const gpt4Tasks = tasks.filter((t) => t.gpt4 !== undefined);
  const automated = tasks.map((t, i) => ({ t, i })).filter((x) => x.t.automation !== undefined);
  return {
    split: input.split,
    occupations: codes.length,
    tasks: tasks.length,
    model: {
      task: taskMetrics(truth, input.modelProbs.map(argmax), input.modelProbs),
      occupation: occupationMetrics(codes, beta, modelScore, intervals),
      occupationMeanOfTasks: occupationMetrics(
        codes,
        beta,
        occupationMeans(tasks, (i) => expectedExposure(input.modelProbs[i]!)),
      ),
      automationVsGpt4: r3(
        accuracy(
          automated.map((x) => x.t.automation!),
          automated.map((x) => argmax(input.modelAutomation[x.i]!)),
        ),
      ),
    },
    components: input.components
      ? {
          neural: probabilityMetrics(tasks, truth, input.components.neural, beta),
          activityPrior: probabilityMetrics(tasks, truth, input.components.activityPrior, beta),
        }
      : undefined,
    baseline: {
      ...probabilityMetrics(tasks, truth, input.baselineProbs, beta),
    },
    gpt4: {
      task: taskMetrics(
        gpt4Tasks.map((t) => t.human!),
        gpt4Tasks.map((t) => t.gpt4!),
      ),
      occupationFromTaskLabels: occupationMetrics(
        codes,
        beta,
        occupationMeans(tasks, (i) => labelExposure(tasks[i]!.gpt4 ?? 0)),
      ),
      occupationDvBeta: occupationMetrics(codes, beta, input.dvBeta),
    },
  };
}

export type SplitEvaluation = ReturnType<typeof evaluateSplit>;

/** Agreement of the automation head (and of GPT-4) with the few human automation ratings. */
export function humanAutomationCheck(tasks: readonly TaskExample[], modelAutomation: number[][]) {
  const rows = tasks.map((t, i) => ({ t, i })).filter((x) => x.t.humanAutomation !== undefined);
  const human = rows.map((x) => x.t.humanAutomation!);
  const model = rows.map((x) => argmax(modelAutomation[x.i]!));
  const gpt4 = rows.map((x) => x.t.automation ?? -9);
  const within1 = (pred: number[]) =>
    r3(pred.filter((p, k) => Math.abs(p - human[k]!) <= 1).length / Math.max(1, pred.length));
  return {
    n: rows.length,
    model: { exact: r3(accuracy(human, model)), within1: within1(model) },
    gpt4: { exact: r3(accuracy(human, gpt4)), within1: within1(gpt4) },
  };
}
