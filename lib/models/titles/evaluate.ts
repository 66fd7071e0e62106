import { blendLogits } from './blend';
import { softmax, topK } from './calibrate';
import { rawScores, type TitleCoder } from './coder';
import { type CodingMetrics, codingMetrics } from './metrics';
import { normaliseTitle } from './normalise';
import type { HeldOutTitle } from './split';
import { bestPerClass, type TfidfIndex } from './tfidf';

/** Validation figures of the coder, its parts and the TF-IDF baseline, measured in one run. */
export interface TitleEvaluation {
  coder: CodingMetrics;
  network: CodingMetrics;
  baseline: CodingMetrics;
  /** Share of validation titles flagged needs_review, and accuracy of the rest. */
  review: { flagged: number; keptTop1: number };
}

/** The baseline's best-title cosines per class for held-out titles. */
export function baselineScores(baseline: TfidfIndex, titles: readonly HeldOutTitle[]): Float32Array[] {
  return titles.map((d) => bestPerClass(baseline, normaliseTitle(d.title).text).scores);
}

/** Validation figures of the blended coder, the network alone and the TF-IDF nearest-title baseline. */
export function evaluateTitleCoder(
  coder: TitleCoder,
  val: readonly HeldOutTitle[],
  baseline: TfidfIndex,
  baselineTemperature: number,
): TitleEvaluation {
  const raw = rawScores(
    coder,
    val.map((d) => normaliseTitle(d.title).text),
  );
  const gold = val.map((d) => d.gold);
  const blended = raw.logProbs.map((lp, i) => blendLogits(lp, raw.lexical[i]!.scores, coder.blend.beta));
  const coderMetrics = codingMetrics(blended, gold, coder.codes, coder.blend.temperature);
  let flagged = 0,
    kept = 0,
    keptHits = 0;
  blended.forEach((row, i) => {
    const p = softmax(row, coder.blend.temperature);
    const top = topK(p, 1)[0]!;
    if (p[top]! < coder.blend.reviewThreshold) flagged += 1;
    else {
      kept += 1;
      keptHits += gold[i]!.includes(top) ? 1 : 0;
    }
  });
  return {
    coder: coderMetrics,
    network: codingMetrics(raw.logProbs, gold, coder.codes, 1), // the network alone, uncalibrated
    baseline: codingMetrics(baselineScores(baseline, val), gold, coder.codes, baselineTemperature),
    review: {
      flagged: Math.round((flagged / Math.max(1, val.length)) * 10_000) / 10_000,
      keptTop1: Math.round((keptHits / Math.max(1, kept)) * 10_000) / 10_000,
    },
  };
}
