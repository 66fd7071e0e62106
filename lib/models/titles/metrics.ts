import { expectedCalibrationError, softmax, topK } from './calibrate';

/** Accuracy and calibration of a coder on held-out titles. */
export interface CodingMetrics {
  titles: number;
  /** Top-1 / top-5 accuracy at the O*NET-SOC code (a hit is any code the title was reported under). */
  top1: number;
  top5: number;
  /** The same at the 6-digit SOC (the code's first 7 characters). */
  top1Soc: number;
  top5Soc: number;
  /** Expected calibration error of the top-1 probability (10 equal-width bins). */
  ece: number;
}

const round = (x: number) => Math.round(x * 10_000) / 10_000;

/** Scores calibrated logits (softmax at `temperature`) against each title's gold classes. */
export function codingMetrics(
  rows: readonly Float32Array[],
  gold: readonly (readonly number[])[],
  codes: readonly string[],
  temperature: number,
): CodingMetrics {
  let top1 = 0,
    top5 = 0,
    top1Soc = 0,
    top5Soc = 0;
  const confidence: number[] = [];
  const correct: boolean[] = [];
  rows.forEach((logits, i) => {
    const p = softmax(logits, temperature);
    const best = topK(p, 5);
    const g = gold[i]!;
    const socs = new Set(g.map((c) => codes[c]!.slice(0, 7)));
    const hit1 = g.includes(best[0]!);
    top1 += hit1 ? 1 : 0;
    top5 += best.some((c) => g.includes(c)) ? 1 : 0;
    top1Soc += socs.has(codes[best[0]!]!.slice(0, 7)) ? 1 : 0;
    top5Soc += best.some((c) => socs.has(codes[c]!.slice(0, 7))) ? 1 : 0;
    confidence.push(p[best[0]!]!);
    correct.push(hit1);
  });
  const n = Math.max(1, rows.length);
  return {
    titles: rows.length,
    top1: round(top1 / n),
    top5: round(top5 / n),
    top1Soc: round(top1Soc / n),
    top5Soc: round(top5Soc / n),
    ece: round(expectedCalibrationError(confidence, correct)),
  };
}

/**
 * The needs-review threshold: the lowest top-1 probability at which the titles kept (probability
 * at or above it) are coded correctly at least `targetAccuracy` of the time on dev titles.
 */
export function chooseReviewThreshold(
  confidence: readonly number[],
  correct: readonly boolean[],
  targetAccuracy = 0.8,
): number {
  const order = confidence.map((_, i) => i).sort((a, b) => confidence[b]! - confidence[a]!);
  let hits = 0;
  let threshold = 1;
  order.forEach((i, k) => {
    hits += correct[i] ? 1 : 0;
    if (hits / (k + 1) >= targetAccuracy) threshold = confidence[i]!;
  });
  return round(threshold);
}
