import { describe, expect, it } from 'vitest';
import { type Profile, reskillingPaths, sameSoc, skillsToGain } from '@/lib/analytics/reskilling';
import { buildReskillingIndex, scoreFromIndex } from '@/lib/analytics/reskilling-index';
import { indexOfMatrix } from '@/lib/analytics/similarity/combine';

type Ratings = Record<string, [importance: number, level: number]>;
const profile = (code: string, exposure: number | null, jobZone: number | null, ratings: Ratings): Profile => ({
  code,
  title: `T ${code}`,
  exposure,
  jobZone,
  elements: new Map(
    Object.entries(ratings).map(([id, [importance, level]]) => [id, { name: id.toUpperCase(), importance, level }]),
  ),
});

describe('reskilling paths', () => {
  const ceo = profile('11-1011.00', 0.5, 5, { a: [4, 5], b: [3, 4] });
  const sustainability = profile('11-1011.03', 0.2, 5, { a: [4, 5], b: [3, 4] }); // same SOC code, identical ratings
  const operations = profile('11-1021.00', 0.3, 4, { a: [4, 4], b: [3, 5] });
  const teacher = profile('25-2021.00', 0.1, 4, { a: [2, 3], b: [5, 6] });

  it('drops siblings sharing the source’s SOC code, however similar', () => {
    expect(sameSoc('11-1011.00', '11-1011.03')).toBe(true);
    expect(sameSoc('11-1011.00', '11-1021.00')).toBe(false);
    const paths = reskillingPaths(ceo, [ceo, sustainability, operations, teacher]);
    expect(paths.map((p) => p.code)).toEqual(['11-1021.00', '25-2021.00']);
  });

  it('ranks by the similarity it is given, e.g. a precomputed occupation similarity', () => {
    // codes in matrix order: ceo, operations, teacher; the teacher is made the closer one here
    const matrix = Float32Array.from([1, 0.2, 0.6, 0.2, 1, 0.1, 0.6, 0.1, 1]);
    const score = scoreFromIndex(indexOfMatrix([ceo.code, operations.code, teacher.code], matrix));
    const paths = reskillingPaths(ceo, [operations, teacher], 5, 1, score);
    expect(paths.map((p) => [p.code, p.similarity])).toEqual([
      ['25-2021.00', 0.6],
      ['11-1021.00', 0.2],
    ]);
    expect(buildReskillingIndex([operations, teacher], score).paths(ceo)).toEqual(paths);
    // a profile the similarity does not know falls back to the raw importance cosine: (4·4 + 3·3) / 25 = 1
    expect(score(ceo, profile('99-0000.00', null, null, { a: [4, 1], b: [3, 1] }))).toBeCloseTo(1, 12);
  });
});

describe('skills to gain', () => {
  it('lists only elements the target rates important (≥ 3), largest level gap first', () => {
    const from = profile('a', 0.5, 3, { x: [3, 1], y: [3, 2], z: [3, 2], w: [3, 5] });
    const to = profile('b', 0.2, 3, {
      x: [2.9, 6], // gap 5 but importance below 3: left out
      y: [3, 3], // gap 1
      z: [4.5, 4.5], // gap 2.5
      w: [5, 5], // no gap
      v: [3.5, 2], // the source has no rating: from 0, gap 2
    });
    expect(skillsToGain(from, to)).toEqual([
      { elementId: 'z', name: 'Z', from: 2, to: 4.5 },
      { elementId: 'v', name: 'V', from: 0, to: 2 },
      { elementId: 'y', name: 'Y', from: 2, to: 3 },
    ]);
    expect(skillsToGain(from, to, 0.5, 3, 2).map((g) => g.elementId)).toEqual(['x', 'z', 'v']);
  });
});
