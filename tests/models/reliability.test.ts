import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listArtifacts, MODELS_DIR } from '../../lib/models/artifact-files';
import { taskMetrics } from '../../lib/models/evaluate';
import { ece, reliability } from '../../lib/models/metrics';

describe('reliability bins (the calibration diagram behind the ECE)', () => {
  it('bins top-label confidence and counts hits, leaving out empty bins', () => {
    const probs = [
      [0.95, 0.05, 0],
      [0.92, 0.08, 0],
      [0.1, 0.35, 0.55],
      [0.6, 0.3, 0.1],
    ];
    const truth = [0, 1, 2, 1];
    expect(reliability(probs, truth)).toEqual([
      { low: 0.5, high: 0.6, n: 1, confidence: 0.55, accuracy: 1 },
      { low: 0.6, high: 0.7, n: 1, confidence: 0.6, accuracy: 0 },
      { low: 0.9, high: 1, n: 2, confidence: 0.935, accuracy: 0.5 },
    ]);
    // ECE is the task-weighted gap between the bins' accuracy and confidence.
    expect(ece(probs, truth)).toBeCloseTo((1 * 0.45 + 1 * 0.6 + 2 * 0.435) / 4, 10);
  });

  it('is written beside the ECE of every predictor with probabilities, and not for hard labels', () => {
    const m = taskMetrics(
      [0, 1],
      [0, 0],
      [
        [0.8, 0.2, 0],
        [0.7, 0.3, 0],
      ],
    );
    expect(m.reliability).toEqual([
      { low: 0.7, high: 0.8, n: 1, confidence: 0.7, accuracy: 0 },
      { low: 0.8, high: 0.9, n: 1, confidence: 0.8, accuracy: 1 },
    ]);
    expect(taskMetrics([0, 1], [0, 0]).reliability).toBeUndefined();
  });

  it('the committed artifact records bins that cover every test task and reproduce its ECE', () => {
    const version = listArtifacts()[0]!;
    const metrics = JSON.parse(readFileSync(path.join(MODELS_DIR, version, 'metrics.json'), 'utf8'));
    for (const predictor of [
      metrics.test.model,
      metrics.test.components.neural,
      metrics.test.components.activityPrior,
      metrics.test.baseline,
    ]) {
      const {
        n,
        ece: recorded,
        reliability: bins,
      } = predictor.task as {
        n: number;
        ece: number;
        reliability: { n: number; confidence: number; accuracy: number }[];
      };
      expect(bins.reduce((s, b) => s + b.n, 0)).toBe(n);
      const fromBins = bins.reduce((s, b) => s + (b.n / n) * Math.abs(b.accuracy - b.confidence), 0);
      expect(Math.abs(fromBins - recorded)).toBeLessThan(0.002); // bins and ECE are each rounded to 3 decimals
    }
  });
});
