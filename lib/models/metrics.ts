import * as correlation from './correlation';

/** Share of predictions equal to the truth. */
export function accuracy(truth: readonly number[], pred: readonly number[]): number {
  if (truth.length === 0) return NaN;
  return truth.filter((t, i) => t === pred[i]).length / truth.length;
}

/** Confusion matrix: rows are true classes, columns predicted classes. */
export function confusion(truth: readonly number[], pred: readonly number[], classes: number): number[][] {
  const m = Array.from({ length: classes }, () => new Array<number>(classes).fill(0));
  truth.forEach((t, i) => {
    const row = m[t];
    const p = pred[i];
    if (row && p !== undefined && p < classes) row[p] = (row[p] ?? 0) + 1;
  });
  return m;
}

/** Unweighted mean of per-class F1 scores. */
export function macroF1(truth: readonly number[], pred: readonly number[], classes: number): number {
  const m = confusion(truth, pred, classes);
  let sum = 0;
  for (let c = 0; c < classes; c++) {
    const tp = m[c]![c]!;
    const fp = m.reduce((s, row, r) => s + (r === c ? 0 : row[c]!), 0);
    const fn = m[c]!.reduce((s, v, p) => s + (p === c ? 0 : v), 0);
    sum += tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  }
  return sum / classes;
}

/** Pearson correlation coefficient; NaN for fewer than 2 pairs or zero variance. */
export function pearson(x: readonly number[], y: readonly number[]): number {
  return correlation.pearson(x, y, 2) ?? NaN;
}

/** Spearman rank correlation (Pearson on average ranks); NaN where undefined. */
export function spearman(x: readonly number[], y: readonly number[]): number {
  return correlation.spearman(x, y, 2) ?? NaN;
}

/** One equal-width bin of top-label confidence: how sure the predictor was, and how often it was right. */
export interface ReliabilityBin {
  low: number;
  high: number;
  n: number;
  /** Mean top-label probability of the bin's predictions. */
  confidence: number;
  /** Share of the bin's predictions equal to the truth. */
  accuracy: number;
}

/** Per-bin count, summed top-label confidence and hits of top-label predictions. */
function confidenceBins(probs: readonly (readonly number[])[], truth: readonly number[], bins: number) {
  const count = new Array<number>(bins).fill(0);
  const conf = new Array<number>(bins).fill(0);
  const hit = new Array<number>(bins).fill(0);
  probs.forEach((p, i) => {
    const best = argmax(p);
    const c = p[best] ?? 0;
    const b = Math.min(bins - 1, Math.floor(c * bins));
    count[b]! += 1;
    conf[b]! += c;
    hit[b]! += best === truth[i] ? 1 : 0;
  });
  return { count, conf, hit };
}

/** Expected calibration error of top-label confidence, over equal-width bins. */
export function ece(probs: readonly (readonly number[])[], truth: readonly number[], bins = 10): number {
  const { count, conf, hit } = confidenceBins(probs, truth, bins);
  const n = probs.length;
  return count.reduce((s, k, b) => (k === 0 ? s : s + (k / n) * Math.abs(hit[b]! / k - conf[b]! / k)), 0);
}

/** Reliability diagram of top-label confidence: the non-empty equal-width bins behind the ECE, rounded for reports. */
export function reliability(
  probs: readonly (readonly number[])[],
  truth: readonly number[],
  bins = 10,
): ReliabilityBin[] {
  const { count, conf, hit } = confidenceBins(probs, truth, bins);
  return count.flatMap((k, b) =>
    k === 0
      ? []
      : [
          {
            low: r3(b / bins),
            high: r3((b + 1) / bins),
            n: k,
            confidence: r3(conf[b]! / k),
            accuracy: r3(hit[b]! / k),
          },
        ],
  );
}

/** Share of true values inside [low, high]. */
export function coverage(truth: readonly number[], low: readonly number[], high: readonly number[]): number {
  if (truth.length === 0) return NaN;
  return truth.filter((t, i) => t >= low[i]! - 1e-12 && t <= high[i]! + 1e-12).length / truth.length;
}

/** Index of the largest value. */
export function argmax(values: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i]! > values[best]!) best = i;
  return best;
}

/** Rounds for reports: 3 decimals. */
export const r3 = (x: number): number => Math.round(x * 1000) / 1000;
