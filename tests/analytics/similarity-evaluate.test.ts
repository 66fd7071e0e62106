import { describe, expect, it } from 'vitest';
import type { SimilarityInput } from '@/lib/analytics/similarity/components';
import { heldOutAgreement, neighbourSpread, rawImportanceCosine, topK } from '@/lib/analytics/similarity/evaluate';
import { evaluateSimilarity } from '@/lib/analytics/similarity/report';

const N = Number.NaN;
// 4 occupations, symmetric; row i lists occupation i's similarity to 0..3
const predicted = Float32Array.from([1, 0.9, 0.5, 0.1, 0.9, 1, 0.3, 0.2, 0.5, 0.3, 1, 0.7, 0.1, 0.2, 0.7, 1]);

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
    const heldOut = Float32Array.from([1, 0.2, 0.6, N, 0.2, 1, 0.1, N, 0.6, 0.1, 1, N, N, N, N, N]);
    // k = 1: predicted nearest among 0..2 are 1, 0, 0; held-out nearest are 2, 0, 0 → overlap (0 + 1 + 1) / 3
    const r = heldOutAgreement(predicted, heldOut, 4, 1);
    expect(r.occupations).toBe(3);
    expect(r.overlap).toBeCloseTo(2 / 3, 6);
    expect(r.heldOutSimilarity).toBeCloseTo((0.2 + 0.2 + 0.6) / 3, 6);
  });
});

describe('similarity evaluation report', () => {
  const input = (code: string, im: number[], tasks: string[], activities: string[]): SimilarityInput => ({
    code,
    title: code,
    jobZone: 3,
    tasks,
    activities,
    ratings: new Map(im.map((v, i) => [`e${i}`, { importance: v, level: v }])),
  });
  const inputs = [
    input('11-1011.00', [5, 4, 1], ['Direct budgets and staff.'], ['4.A.1.a.1.I01.D01']),
    input('11-1021.00', [4, 5, 1], ['Direct staff and operations.'], ['4.A.1.a.1.I01.D01', '4.A.1.a.1.I02.D01']),
    input('47-2031.00', [1, 2, 5], ['Build wooden frames.'], ['4.A.3.a.1.I01.D01']),
    input('47-2061.00', [1, 1, 4], ['Build forms for concrete.'], ['4.A.3.a.1.I01.D02']),
    input('99-9999.00', [], [], []),
  ];

  it('reports spread, held-out rows with chance, and the raw cosine the old code used', () => {
    const e = evaluateSimilarity(inputs, 1);
    expect(e.occupations).toBe(5);
    expect(e.spread.map((s) => s.predictor)).toEqual([
      'combined',
      'baseline: raw cosine of skill/knowledge importance',
    ]);
    expect(e.spread[1]!.occupations).toBe(4); // the unrated occupation has no raw cosine
    const chance = e.heldOut.find((h) => h.heldOut === 'tasks' && h.predictor === 'chance')!;
    expect(chance.occupations).toBe(4);
    expect(chance.overlap).toBeCloseTo(1 / 3, 12);
    // the managers share task words and so do the builders: left out, the rest still finds them
    expect(e.heldOut.find((h) => h.heldOut === 'tasks' && h.predictor === 'combined without tasks')!.overlap).toBe(1);
    // raw cosine of (5,4,1) and (4,5,1) = (20 + 20 + 1) / 42
    expect(rawImportanceCosine(inputs)[1]).toBeCloseTo(41 / 42, 6);
  });
});
