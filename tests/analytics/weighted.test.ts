import { describe, expect, it } from 'vitest';
import {
  totalWeight,
  weightedHistogram,
  weightedMean,
  weightedMeanByGroup,
  weightedShareAtLeast,
} from '@/lib/analytics/weighted';

// Worked by hand: usable items are (0.2, 100) and (0.6, 300); the null value and zero weight drop out.
const items = [
  { value: 0.2, weight: 100 },
  { value: 0.6, weight: 300 },
  { value: null, weight: 50 },
  { value: 0.9, weight: 0 },
];

describe('weighted aggregates', () => {
  it('sums weights of items with a value', () => expect(totalWeight(items)).toBe(400));
  it('weights the mean by employment: (0.2·100 + 0.6·300) / 400 = 0.5', () => {
    expect(weightedMean(items)).toBeCloseTo(0.5, 12);
  });
  it('computes shares of workers at or above a threshold', () => {
    expect(weightedShareAtLeast(items, 0.5)).toBeCloseTo(0.75, 12);
    expect(weightedShareAtLeast(items, 0.1)).toBe(1);
    expect(weightedShareAtLeast(items, 0.7)).toBe(0);
    expect(weightedShareAtLeast(items, 0.6)).toBeCloseTo(0.75, 12); // "at least" includes equality
  });
  it('returns null rather than a number when nothing is weighted', () => {
    expect(weightedMean([{ value: 1, weight: 0 }])).toBeNull();
    expect(weightedShareAtLeast([], 0.1)).toBeNull();
  });
  it('builds an employment-weighted histogram with the top edge in the last bin', () => {
    const bins = weightedHistogram([...items, { value: 1, weight: 100 }, { value: 0.5, weight: 100 }], 2);
    expect(bins.map((b) => b.weight)).toEqual([100, 500]);
    expect(bins[0]!.share).toBeCloseTo(100 / 600, 12);
    expect(bins[1]!.from).toBe(0.5);
  });
  it('groups weighted means by key', () => {
    const groups = weightedMeanByGroup(
      [
        { g: '15', value: 0.8, weight: 1 },
        { g: '15', value: 0.4, weight: 3 },
        { g: '11', value: 0.1, weight: 2 },
      ],
      (i) => i.g,
    );
    expect(groups).toEqual([
      { key: '11', mean: 0.1, weight: 2, count: 1 },
      { key: '15', mean: expect.closeTo(0.5, 12), weight: 4, count: 2 },
    ]);
  });
});
