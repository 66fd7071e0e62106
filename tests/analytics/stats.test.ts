import { describe, expect, it } from 'vitest';
import { averageRanks, pearson, spearman } from '@/lib/models/correlation';
import { evaluationSummary, flattenMetrics } from '@/lib/analytics/compare';
import { lttb, thinScatter } from '@/lib/analytics/lttb';

describe('correlations', () => {
  it('computes Pearson by hand: x=[1,2,3], y=[1,3,2] → 1/2', () => {
    expect(pearson([1, 2, 3], [1, 3, 2])).toBeCloseTo(0.5, 12);
    expect(pearson([1, 2, 3, 4], [8, 6, 4, 2])).toBeCloseTo(-1, 12);
  });
  it('returns null for too few pairs or no variance', () => {
    expect(pearson([1, 2], [1, 2])).toBeNull();
    expect(pearson([1, 1, 1], [1, 2, 3])).toBeNull();
  });
  it('ranks ties by their average rank', () => expect(averageRanks([10, 20, 20, 30])).toEqual([1, 2.5, 2.5, 4]));
  it('computes Spearman on ranks: monotone but non-linear → 1, while Pearson < 1', () => {
    const x = [1, 2, 3, 4];
    const y = [1, 4, 9, 100];
    expect(spearman(x, y)).toBeCloseTo(1, 12);
    expect(pearson(x, y)!).toBeLessThan(0.9);
  });
});

describe('downsampling', () => {
  const flat = Array.from({ length: 100 }, (_, x) => ({ x, y: x === 47 ? 100 : 0 }));
  it('keeps the first, last and peak points and returns the threshold count', () => {
    const out = lttb(flat, 10);
    expect(out).toHaveLength(10);
    expect(out[0]!.x).toBe(0);
    expect(out[9]!.x).toBe(99);
    expect(out.some((p) => p.x === 47)).toBe(true);
  });
  it('returns short series unchanged', () => expect(lttb(flat.slice(0, 5), 10)).toHaveLength(5));
  it('thins scatters to at most the limit', () => expect(thinScatter(flat, 25)).toHaveLength(25));
});

describe('model evaluation report', () => {
  it('picks held-out task and occupation figures for model, baseline and GPT-4', () => {
    const rows = evaluationSummary({
      test: {
        model: { task: { accuracy: 0.74, macroF1: 0.65 }, occupation: { mae: 0.064 } },
        baseline: { task: { accuracy: 0.7 } },
        gpt4: { task: { accuracy: 0.67 }, occupationDvBeta: { mae: 0.079 } },
      },
    });
    expect(rows).toEqual([
      { level: 'task', measure: 'Accuracy', model: 0.74, baseline: 0.7, gpt4: 0.67 },
      { level: 'task', measure: 'Macro F1', model: 0.65, baseline: null, gpt4: null },
      { level: 'occupation', measure: 'MAE vs human β', model: 0.064, baseline: null, gpt4: 0.079 },
    ]);
    expect(evaluationSummary({})).toEqual([]);
  });
  it('flattens nested metrics to dotted keys', () => {
    expect(flattenMetrics({ a: { b: 1, c: [1, 2] }, d: 'x' })).toEqual([
      { key: 'a.b', value: 1 },
      { key: 'a.c', value: '1, 2' },
      { key: 'd', value: 'x' },
    ]);
  });
});
