import { mixProbs, type PriorMix } from './activity-prior';
import { byOccupation, expectedAutomation, expectedExposure, labelVariance, type TaskExample } from './data';
import { headByName, TASK_HEADS, type HeadName, type HeadPrediction } from './heads';
import { argmax } from './metrics';
import { applyHead, type OccupationHead } from './occupation';
import type { MemberOutputs } from './predict';
import { isStopword } from './stopwords';

const EXPOSURE_HEAD = headByName('exposure');

/** z of a central 80% normal interval. */
export const Z80 = 1.2816;

export interface TopToken {
  token: string;
  weight: number;
}

/** The ensemble's prediction for one task. */
export interface TaskPrediction {
  probs: number[];
  exposure: number;
  low: number;
  high: number;
  automation: number;
  memberExposure: number[];
  /** Variance of the task's label value (0, 0.5, 1) under the predicted probabilities. */
  labelVariance: number;
  topTokens: TopToken[];
  /** Every registered head's combined prediction by name, as scoring stores it (heads.ts). */
  heads: Record<HeadName, HeadPrediction>;
}

/** The ensemble's prediction for one occupation; attention is aligned with its tasks. */
export interface OccupationPrediction {
  code: string;
  exposure: number;
  low: number;
  high: number;
  sd: number;
  automation: number;
  shareExposed: number;
  nTasks: number;
  taskIndex: number[];
  attention: number[];
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const variance = (xs: readonly number[]) => mean(xs.map((x) => (x - mean(xs)) ** 2));
const clip = (x: number) => Math.min(1, Math.max(0, x));

/**
 * Sums token attention by token over the kept tokens and returns the `k` strongest, skipping
 * stopwords ("and", "the"…): they explain nothing, and the model's own attention is left as it is.
 */
export function topTokens(tokens: readonly string[], weights: readonly number[], k = 5): TopToken[] {
  const totals = new Map<string, number>();
  tokens.forEach((t, i) => {
    if (!isStopword(t)) totals.set(t, (totals.get(t) ?? 0) + (weights[i] ?? 0));
  });
  return [...totals.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, k)
    .map(([token, weight]) => ({ token, weight: Math.round(weight * 1e4) / 1e4 }));
}

/** A head's ensemble prediction: mean probabilities, mean of the members' expected values, ±Z80 sd of them. */
function combineHead(memberProbs: readonly number[][], expected: (p: readonly number[]) => number): HeadPrediction {
  const values = memberProbs.map(expected);
  const value = mean(values);
  const spread = Z80 * Math.sqrt(variance(values));
  const probs = (memberProbs[0] ?? []).map((_, c) => mean(memberProbs.map((p) => p[c]!)));
  return { probs, value, low: clip(value - spread), high: clip(value + spread) };
}

/**
 * Averages the members' outputs per task; each member's E probabilities are first mixed with
 * the task's work-activity prior when one is given. The interval is the members' spread plus
 * the prior's own estimation error, scaled by its weight (model uncertainty, not label noise).
 */
export function combineTasks(
  members: readonly MemberOutputs[],
  tokens: readonly string[][],
  prior?: PriorMix,
): TaskPrediction[] {
  return tokens.map((kept, i) => {
    const memberProbs = members.map((m) =>
      prior ? mixProbs(m.exposure[i]!, prior.probs[i], prior.weight) : m.exposure[i]!,
    );
    const probs = EXPOSURE_HEAD.classes.map((_, c) => mean(memberProbs.map((p) => p[c]!)));
    const memberExposure = memberProbs.map(expectedExposure);
    const exposure = expectedExposure(probs);
    const priorSd = (prior?.weight ?? 0) * (prior?.sd?.[i] ?? 0);
    const spread = Z80 * Math.sqrt(variance(memberExposure) + priorSd ** 2);
    const attention = kept.map((_, t) => mean(members.map((m) => m.attention[i]![t]!)));
    const heads = Object.fromEntries(
      TASK_HEADS.map((head) => [
        head.name,
        combineHead(
          members.map((m) => m[head.name][i]!),
          head.expected,
        ),
      ]),
    ) as Record<HeadName, HeadPrediction>;
    // exposure is the mixed, calibrated head: its probabilities and interval replace the plain member means
    heads.exposure = { probs, value: exposure, low: clip(exposure - spread), high: clip(exposure + spread) };
    return {
      probs,
      exposure,
      low: heads.exposure.low,
      high: heads.exposure.high,
      automation: mean(members.map((m) => expectedAutomation(m.automation[i]!))),
      memberExposure,
      labelVariance: labelVariance(probs),
      topTokens: topTokens(kept, attention),
      heads,
    };
  });
}

/**
 * Scores each occupation with every member's attention head over its tasks. The 80% interval
 * combines the members' disagreement with the label noise the task probabilities imply
 * (Σ aᵢ²·Var vᵢ), scaled by `intervalScale` (calibrated on validation occupations).
 */
export function combineOccupations(
  tasks: readonly TaskExample[],
  members: readonly MemberOutputs[],
  heads: readonly OccupationHead[],
  predictions: readonly TaskPrediction[],
  intervalScale: number,
): OccupationPrediction[] {
  const indexed = tasks.map((t, i) => ({ code: t.code, i }));
  return [...byOccupation(indexed)].map(([code, list]) => {
    const taskIndex = list.map((x) => x.i);
    const perMember = members.map((m, k) =>
      applyHead(
        heads[k]!,
        taskIndex.map((i) => ({
          vector: m.vectors[i]!,
          taskType: tasks[i]!.taskType,
          exposure: predictions[i]!.memberExposure[k]!,
        })),
      ),
    );
    const attention = taskIndex.map((_, j) => mean(perMember.map((p) => p.attention[j]!)));
    const exposure = mean(perMember.map((p) => p.score));
    const labelVar = taskIndex.reduce((s, i, j) => s + attention[j]! ** 2 * predictions[i]!.labelVariance, 0);
    const sd = Math.sqrt(variance(perMember.map((p) => p.score)) + labelVar);
    const half = Z80 * intervalScale * sd;
    return {
      code,
      exposure,
      low: clip(exposure - half),
      high: clip(exposure + half),
      sd,
      automation: taskIndex.reduce((s, i, j) => s + attention[j]! * predictions[i]!.automation, 0),
      shareExposed: mean(taskIndex.map((i) => (argmax(predictions[i]!.probs) > 0 ? 1 : 0))),
      nTasks: taskIndex.length,
      taskIndex,
      attention,
    };
  });
}

/** The scale that makes Z80·scale·sd cover 80% of validation |β − score| (at least 0.1). */
export function calibrateScale(occupations: readonly OccupationPrediction[], beta: Map<string, number>): number {
  const ratios = occupations
    .filter((o) => beta.has(o.code) && o.sd > 0)
    .map((o) => Math.abs(beta.get(o.code)! - o.exposure) / o.sd)
    .sort((a, b) => a - b);
  if (ratios.length === 0) return 1;
  return Math.max(0.1, ratios[Math.min(ratios.length - 1, Math.floor(0.8 * ratios.length))]! / Z80);
}
