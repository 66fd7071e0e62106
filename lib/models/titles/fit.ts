import { blendLogits } from './blend';
import { fitTemperature, softmax, topK } from './calibrate';
import { rawScores, type TitleCoder } from './coder';
import { baselineScores } from './evaluate';
import { chooseReviewThreshold, codingMetrics } from './metrics';
import { normaliseTitle } from './normalise';
import type { HeldOutTitle } from './split';
import type { TfidfIndex } from './tfidf';

/** Blend weight (grid, best dev log-loss after temperature), its temperature, and the baseline's temperature. */
export function fitBlend(coder: TitleCoder, dev: readonly HeldOutTitle[], baseline: TfidfIndex) {
  const raw = rawScores(
    coder,
    dev.map((d) => normaliseTitle(d.title).text),
  );
  const gold = dev.map((d) => d.gold);
  let best = { beta: 0, temperature: 1, score: -Infinity };
  for (const beta of [0, 1, 2, 3, 4, 6, 8, 10, 12, 16, 20, 24, 32]) {
    const rows = raw.logProbs.map((lp, i) => blendLogits(lp, raw.lexical[i]!.scores, beta));
    const temperature = fitTemperature(rows, gold);
    const m = codingMetrics(rows, gold, coder.codes, temperature);
    const score = m.top1 + 0.5 * m.top5; // accuracy first; the temperature then fixes calibration
    if (score > best.score) best = { beta, temperature, score };
  }
  const baselineTemperature = fitTemperature(baselineScores(baseline, dev), gold);
  return { blend: { beta: best.beta, temperature: best.temperature }, baselineTemperature };
}

/** The needs-review threshold on dev titles: kept titles coded right at least `target` of the time. */
export function reviewThreshold(coder: TitleCoder, dev: readonly HeldOutTitle[], target: number): number {
  const raw = rawScores(
    coder,
    dev.map((d) => normaliseTitle(d.title).text),
  );
  const conf: number[] = [];
  const correct: boolean[] = [];
  raw.logProbs.forEach((lp, i) => {
    const p = softmax(blendLogits(lp, raw.lexical[i]!.scores, coder.blend.beta), coder.blend.temperature);
    const top = topK(p, 1)[0]!;
    conf.push(p[top]!);
    correct.push(dev[i]!.gold.includes(top));
  });
  return chooseReviewThreshold(conf, correct, target);
}
