import { describe, expect, it } from 'vitest';
import { aggregateToSoc } from '@/lib/analytics/soc-aggregate';

describe('aggregateToSoc', () => {
  it('takes the mean score and the mean of lows and highs over a SOC code', () => {
    const out = aggregateToSoc([
      { code: '29-1141.00', socCode: '29-1141', score: 0.2, low: 0.1, high: 0.3 },
      { code: '29-1141.01', socCode: '29-1141', score: 0.6, low: 0.4, high: 0.9 },
      { code: '15-1252.00', socCode: '15-1252', score: 0.7, low: 0.65, high: 0.75 },
    ]);
    const rn = out.get('29-1141')!;
    expect(rn.socCode).toBe('29-1141');
    expect(rn.score).toBeCloseTo(0.4, 12);
    expect(rn.low).toBeCloseTo(0.25, 12);
    expect(rn.high).toBeCloseTo(0.6, 12);
    expect(rn.occupations).toEqual(['29-1141.00', '29-1141.01']);
    expect(out.get('15-1252')).toEqual({
      socCode: '15-1252',
      score: 0.7,
      low: 0.65,
      high: 0.75,
      occupations: ['15-1252.00'],
    });
    expect(out.size).toBe(2);
  });

  it('lists the occupations sorted whatever the input order', () => {
    const out = aggregateToSoc([
      { code: 'b.02', socCode: 'b', score: 1, low: 1, high: 1 },
      { code: 'b.00', socCode: 'b', score: 0, low: 0, high: 0 },
    ]);
    expect(out.get('b')!.occupations).toEqual(['b.00', 'b.02']);
  });

  it('skips rows with a non-finite value and drops SOC codes left empty', () => {
    const out = aggregateToSoc([
      { code: 'a.00', socCode: 'a', score: Number.NaN, low: 0, high: 1 },
      { code: 'c.00', socCode: 'c', score: 0.5, low: 0.4, high: 0.6 },
      { code: 'c.01', socCode: 'c', score: 0.9, low: Number.POSITIVE_INFINITY, high: 1 },
    ]);
    expect(out.has('a')).toBe(false);
    expect(out.get('c')).toEqual({ socCode: 'c', score: 0.5, low: 0.4, high: 0.6, occupations: ['c.00'] });
  });

  it('returns an empty map for no rows', () => {
    expect(aggregateToSoc([]).size).toBe(0);
  });
});
