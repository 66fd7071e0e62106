import { describe, expect, it } from 'vitest';
import { exposureQuintiles, groupSeries, groupShare, socExposure } from '@/lib/analytics/employment';
import { weightedQuantileGroups } from '@/lib/analytics/quintiles';
import { dissimilarityIndex, dissimilaritySeries, indexSeries, sumByYearAndGroup } from '@/lib/analytics/series';

describe('employment-weighted quintiles', () => {
  it('puts equal-weight items one per quintile by value', () => {
    const q = weightedQuantileGroups(
      ['a', 'b', 'c', 'd', 'e'].map((key, i) => ({ key, value: (5 - i) / 10, weight: 10 })),
    );
    expect([...'abcde'].map((k) => q.get(k))).toEqual([5, 4, 3, 2, 1]);
  });
  it('places items by the midpoint of their cumulative employment', () => {
    // midpoints: A 30/100 → 2, B 70/100 → 4, C 90/100 → 5
    const q = weightedQuantileGroups([
      { key: 'A', value: 0.1, weight: 60 },
      { key: 'B', value: 0.5, weight: 20 },
      { key: 'C', value: 0.9, weight: 20 },
    ]);
    expect([q.get('A'), q.get('B'), q.get('C')]).toEqual([2, 4, 5]);
  });
  it('keeps ties together and ignores zero weight', () => {
    const q = weightedQuantileGroups([
      { key: 'A', value: 0.1, weight: 10 },
      { key: 'B', value: 0.1, weight: 10 },
      { key: 'C', value: 0.9, weight: 20 },
      { key: 'D', value: 0.5, weight: 0 },
    ]);
    expect([q.get('A'), q.get('B'), q.get('C'), q.get('D')]).toEqual([2, 2, 4, undefined]);
  });
});

describe('series', () => {
  it('indexes a series to its base year = 100', () => {
    expect(
      indexSeries(
        [
          { year: 2012, value: 200 },
          { year: 2013, value: 220 },
        ],
        2012,
      ),
    ).toEqual([
      { year: 2012, value: 100 },
      { year: 2013, value: 110.00000000000001 },
    ]);
    expect(indexSeries([{ year: 2013, value: 5 }], 2012)).toEqual([{ year: 2013, value: null }]);
  });
  it('sums employment per year and group, dropping codes with no group', () => {
    const sums = sumByYearAndGroup(
      [
        { year: 2012, code: 'a', value: 1 },
        { year: 2012, code: 'b', value: 2 },
        { year: 2012, code: 'z', value: 9 },
      ],
      (c) => ({ a: 'q1', b: 'q1' })[c],
    );
    expect(sums.get(2012)).toEqual(new Map([['q1', 3]]));
  });
  it('computes the dissimilarity index as half the sum of absolute share changes over common codes', () => {
    const a = new Map([
      ['x', 50],
      ['y', 50],
    ]);
    const b = new Map([
      ['x', 60],
      ['y', 40],
      ['z', 100],
    ]); // z is new: left out
    expect(dissimilarityIndex(a, b)).toBeCloseTo(0.1, 12);
    expect(dissimilarityIndex(a, a)).toBe(0);
    expect(dissimilarityIndex(new Map([['x', 1]]), new Map([['y', 1]]))).toBeNull();
  });
  it('gives one dissimilarity value per consecutive year pair', () => {
    const rows = [
      { year: 2012, code: 'x', value: 50 },
      { year: 2012, code: 'y', value: 50 },
      { year: 2013, code: 'x', value: 60 },
      { year: 2013, code: 'y', value: 40 },
      { year: 2014, code: 'x', value: 60 },
      { year: 2014, code: 'y', value: 40 },
    ];
    const s = dissimilaritySeries(rows);
    expect(s.map((p) => p.year)).toEqual([2013, 2014]);
    expect(s[0]!.index).toBeCloseTo(0.1, 12);
    expect(s[1]!.index).toBe(0);
  });
});

describe('employment by exposure quintile', () => {
  const rows = [
    { year: 2012, code: 'a', value: 100 },
    { year: 2012, code: 'b', value: 300 },
    { year: 2013, code: 'a', value: 150 },
    { year: 2013, code: 'b', value: 300 },
    { year: 2013, code: 'c', value: 999 }, // no base-year employment: no quintile
  ];
  it('averages exposure per employment code over its O*NET occupations', () => {
    expect(
      socExposure([
        { code: 'a.00', employmentCode: 'a', exposure: 0.2 },
        { code: 'a.01', employmentCode: 'a', exposure: 0.4 },
        { code: 'b.00', employmentCode: 'b', exposure: null },
        { code: 'z.00', employmentCode: null, exposure: 0.9 }, // no employment code: no SOC-level score
      ]),
    ).toEqual(new Map([['a', expect.closeTo(0.3, 12)]]));
  });
  it('reports whole workers per group even when the series holds apportioned fractions', () => {
    const s = groupSeries(
      [
        { year: 2012, code: 'a', value: 100.4 },
        { year: 2012, code: 'b', value: 200.3 },
      ],
      () => 'g',
      ['g'],
    );
    expect(s.absolute).toEqual([{ year: 2012, g: 301 }]);
  });
  it('assigns quintiles by base-year employment and builds absolute, indexed and share series', () => {
    // a: midpoint 50/400 → Q1; b: (100+150)/400 = 0.625 → Q4
    const q = exposureQuintiles(
      rows,
      new Map([
        ['a', 0.1],
        ['b', 0.9],
        ['c', 0.5],
      ]),
      2012,
    );
    expect(q).toEqual(
      new Map([
        ['a', 'Q1'],
        ['b', 'Q4'],
      ]),
    );
    const s = groupSeries(rows, (c) => q.get(c), ['Q1', 'Q4']);
    expect(s.absolute).toEqual([
      { year: 2012, Q1: 100, Q4: 300 },
      { year: 2013, Q1: 150, Q4: 300 },
    ]);
    expect(s.indexed).toEqual([
      { year: 2012, Q1: 100, Q4: 100 },
      { year: 2013, Q1: 150, Q4: 100 },
    ]);
    expect(groupShare(s.absolute, 'Q4', s.groups)).toEqual([
      { year: 2012, share: 0.75 },
      { year: 2013, share: 300 / 450 },
    ]);
  });
});
