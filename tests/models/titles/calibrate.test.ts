import { describe, expect, it } from 'vitest';
import { blendLogits } from '../../../lib/models/titles/blend';
import { expectedCalibrationError, fitTemperature, meanNll, softmax, topK } from '../../../lib/models/titles/calibrate';
import { chooseReviewThreshold, codingMetrics } from '../../../lib/models/titles/metrics';
import { rng } from '../../../lib/models/random';

describe('softmax and topK', () => {
  it('softmax sums to one and flattens as the temperature rises', () => {
    const sharp = softmax([2, 1, 0], 1);
    const flat = softmax([2, 1, 0], 10);
    expect(sharp.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    expect(flat[0]! - flat[2]!).toBeLessThan(sharp[0]! - sharp[2]!);
  });

  it('topK returns the largest values in order, stable on ties', () => {
    expect(topK([0.1, 0.5, 0.3, 0.5, 0.05], 3)).toEqual([1, 3, 2]);
    expect(topK([3, 1], 5)).toEqual([0, 1]);
  });
});

describe('blending', () => {
  it('adds beta × lexical cosine and gamma × description similarity to the log-probabilities', () => {
    const out = blendLogits(
      Float32Array.from([-1, -2]),
      Float32Array.from([0, 0.5]),
      4,
      Float32Array.from([0.25, 0]),
      2,
    );
    expect([...out]).toEqual([-0.5, 0]);
    expect([...blendLogits(Float32Array.from([-1, -2]), Float32Array.from([0, 0.5]), 0)]).toEqual([-1, -2]);
  });
});

describe('temperature scaling', () => {
  // Over-confident logits: the right class wins 60% of the time but the logits claim ~99%.
  const random = rng(7);
  const rows: Float32Array[] = [];
  const gold: number[][] = [];
  for (let i = 0; i < 400; i++) {
    const truth = random() < 0.6 ? 0 : 1;
    rows.push(Float32Array.from([6, 0, 0]));
    gold.push([truth]);
  }

  it('finds a temperature above 1 for over-confident scores and lowers the log-loss and ECE', () => {
    const t = fitTemperature(rows, gold);
    expect(t).toBeGreaterThan(1);
    expect(meanNll(rows, gold, t)).toBeLessThan(meanNll(rows, gold, 1));
    const before = codingMetrics(rows, gold, ['11-1011.00', '11-1021.00', '11-2011.00'], 1).ece;
    const after = codingMetrics(rows, gold, ['11-1011.00', '11-1021.00', '11-2011.00'], t).ece;
    expect(after).toBeLessThan(0.05);
    expect(before).toBeGreaterThan(0.3);
  });

  it('ECE is zero when confidence equals accuracy in every bin', () => {
    expect(expectedCalibrationError([0.75, 0.75, 0.75, 0.75], [true, true, true, false])).toBeCloseTo(0, 9);
    expect(expectedCalibrationError([1, 1], [false, false])).toBeCloseTo(1, 9);
  });
});

describe('coding metrics and review threshold', () => {
  it('counts a hit for any gold code, and at the 6-digit SOC for a sibling O*NET code', () => {
    const codes = ['29-1141.00', '29-1141.01', '15-1252.00'];
    const m = codingMetrics([Float32Array.from([0, 5, 1])], [[0]], codes, 1);
    expect(m).toMatchObject({ titles: 1, top1: 0, top5: 1, top1Soc: 1, top5Soc: 1 });
  });

  it('chooses the lowest confidence at which the kept titles reach the target accuracy', () => {
    expect(chooseReviewThreshold([0.9, 0.8, 0.7, 0.6, 0.5], [true, true, true, false, false], 0.75)).toBe(0.6);
    expect(chooseReviewThreshold([0.9, 0.8], [false, false], 0.75)).toBe(1);
  });
});
