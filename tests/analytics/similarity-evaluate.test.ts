import { describe, expect, it } from 'vitest';
import { heldOutAgreement, neighbourSpread, topK } from '@/lib/analytics/similarity/evaluate';

const N = Number.NaN;
// 4 occupations, symmetric; row i lists occupation i's similarity to 0..3
const predicted = Float32Array.from([
  1, 0.9, 0.5, 0.1,
  0.9, 1, 0.3, 0.2,
  0.5, 0.3, 1, 0.7,
  0.1, 0.2, 0.7, 1,
]);

describe('similarity evaluation measures', () => {
  it('ranks a row, skipping itself, NaN and rejected columns', () => {
    expect(topK(predicted, 4, 0, 2)).toEqual([1, 2]);
    expect(topK(predicted, 4, 0, 5)).toEqual([1, 2, 3]);
    expect(topK(predicted, 4, 0, 2, (j) => j === 1)).toEqual([2, 3]);
    expect(topK(Float32Array.from([1, N, 0.5, N, 1, N, 0.5, N, 1]), 3, 0, 2)).toEqual([2]);
  });

  it('reports the median 1st and k-th neighbour similarity', () => {
    // 1st: 0.9, 0.9, 0.7, 0.7 → median 0.8; 2nd: 0.5, 0.3, 0.5, 0.2 → median 0.4
    const s = neighbourSpread(predicted, 4, 2);
    expect(s.first).toBeCloseTo(0.8, 6);
    expect(s.kth).toBeCloseTo(0.4, 6);
    expect(s.occupations).toBe(4);
  });

  it('scores overlap@k with a held-out component over the occupations that have it', () => {
    // held-out component: occupation 3 has none; 0's nearest are 2 then 1, 1's are 0 then 2, 2's are 0 then 1
    const heldOut = Float32Array.from([
      1, 0.2, 0.6, N,
      0.2, 1, 0.1, N,
      0.6, 0.1, 1, N,
      N, N, N, N,
    ]);
    // k = 1: predicted nearest among 0..2 are 1, 0, 0; held-out nearest are 2, 0, 0 → overlap (0 + 1 + 1) / 3
    const r = heldOutAgreement(predicted, heldOut, 4, 1);
    expect(r.occupations).toBe(3);
    expect(r.overlap).toBeCloseTo(2 / 3, 6);
    expect(r.heldOutSimilarity).toBeCloseTo((0.2 + 0.2 + 0.6) / 3, 6);
  });
});
