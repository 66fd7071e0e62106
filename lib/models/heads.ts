import type { TaskScoreRow } from '../db/scores';
import type { ModelConfig } from './config';
import { expectedAutomation, expectedExposure, type TaskExample } from './data';

/** What a head's combined prediction for one task holds when it is stored: its mean probabilities and interval. */
export interface HeadPrediction {
  probs: number[];
  /** The head's expected value (e.g. p1 + 0.5·p2 for exposure). */
  value: number;
  low: number;
  high: number;
}

/**
 * One softmax head of the task encoder, described once: the encoder builds it, training reads its target,
 * loss and metric, prediction finds its output by `name`, and scoring stores it through `store`.
 */
export interface HeadSpec {
  /** Output layer name: the committed checkpoints' topologies name their outputs this way. */
  name: string;
  /** Class labels; the width of the softmax is their number. */
  classes: readonly string[];
  /** Offset of the seeded glorot initialiser (seed·1000 + offset): fixed per head so training stays reproducible. */
  initOffset: number;
  /** The training target of a task (a class index); undefined is counted as class 0. */
  target: (task: TaskExample) => number | undefined;
  /** Multiplier of the head's cross-entropy in the training loss (tfjs has no lossWeights); undefined = 1. */
  lossWeight?: (config: ModelConfig) => number;
  /** The validation metric; the `earlyStopping` head's log-loss decides the best epoch. */
  metric: 'accuracy';
  earlyStopping?: boolean;
  /** The head's probabilities as one number (e.g. expected exposure). */
  expected: (probs: readonly number[]) => number;
  /** The task_score columns the head fills from its combined prediction. */
  store: (p: HeadPrediction) => Partial<TaskScoreRow>;
}

/** Exposure to LLMs, Eloundou et al. rubric: E0 none, E1 direct, E2 with tools. */
const EXPOSURE = {
  name: 'exposure' as const,
  classes: ['E0', 'E1', 'E2'],
  initOffset: 7,
  target: (t) => t.human,
  metric: 'accuracy',
  earlyStopping: true,
  expected: expectedExposure,
  store: (p) => ({
    pE0: p.probs[0]!,
    pE1: p.probs[1]!,
    pE2: p.probs[2]!,
    exposure: p.value,
    exposureLow: p.low,
    exposureHigh: p.high,
  }),
} satisfies HeadSpec;

/** GPT-4's automation rating T0 (none) … T4 (full), expected level in [0, 1]. */
const AUTOMATION = {
  name: 'automation' as const,
  classes: ['T0', 'T1', 'T2', 'T3', 'T4'],
  initOffset: 8,
  target: (t) => t.automation,
  lossWeight: (config) => config.automationWeight,
  metric: 'accuracy',
  expected: expectedAutomation,
  store: (p) => ({ automation: p.value }),
} satisfies HeadSpec;

/** The task encoder's heads, in output order. Adding a head is one entry here plus its training target. */
export const TASK_HEADS = [EXPOSURE, AUTOMATION] as const;

/** Name of a registered head. */
export type HeadName = (typeof TASK_HEADS)[number]['name'];

/** The registered head called `name`. */
export function headByName(name: string, heads: readonly HeadSpec[] = TASK_HEADS): HeadSpec {
  const head = heads.find((h) => h.name === name);
  if (!head) throw new Error(`no model head named ${name}`);
  return head;
}

/** The width (number of classes) of a head. */
export const headWidth = (head: HeadSpec): number => head.classes.length;

/** The head whose validation log-loss picks the best epoch. */
export function earlyStoppingHead(heads: readonly HeadSpec[] = TASK_HEADS): HeadSpec {
  return heads.find((h) => h.earlyStopping) ?? heads[0]!;
}
