import { describe, expect, it } from 'vitest';
import type { ScoredOccupation } from '@/lib/analytics/industry-codes';
import { prepareOccupations, sectorWeights } from '@/lib/analytics/scenario/prepare';

const occ = (
  code: string,
  score: number | null,
  automationTasks: number,
  augmentationTasks: number,
): ScoredOccupation => ({
  code,
  socCode: code.slice(0, 7),
  score,
  low: score === null ? null : score - 0.1,
  high: score === null ? null : score + 0.1,
  automationTasks,
  augmentationTasks,
});

// 13-1021/13-1022 sit under the projected aggregate 13-1020; 15-1252 is projected as itself; 11-1011 is unscored.
const SCORED = [
  occ('13-1021.00', 0.5, 3, 1),
  occ('13-1022.00', 0.3, 0, 4),
  occ('15-1252.00', 0.6, 2, 0),
  occ('11-1011.00', null, 1, 1),
];
// Exposed task time (Σ attention·exposure) and its automation-mode part per O*NET occupation.
const TIME = new Map([
  ['13-1021.00', { exposed: 0.5, automated: 0.4 }],
  ['13-1022.00', { exposed: 0.3, automated: 0 }],
  ['15-1252.00', { exposed: 0.6, automated: 0.6 }],
]);
const PROJECTION = [
  { code: '13-1020', title: 'Buyers and purchasing agents', empBase: 522.2, empProjected: 552.3 },
  { code: '15-1252', title: 'Software developers', empBase: 1000, empProjected: 1200 },
  { code: '11-1011', title: 'Chief executives', empBase: 200, empProjected: 190 },
  { code: '99-9999', title: 'No levels', empBase: null, empProjected: 5 },
];

describe('scenario inputs from the projection and the scores', () => {
  const { occupations, unscored } = prepareOccupations(PROJECTION, SCORED, TIME);

  it('scores an aggregate BLS projects from the O*NET occupations of its broad group, in workers (not thousands)', () => {
    const buyers = occupations.find((o) => o.code === '13-1020')!;
    expect(buyers.base).toBeCloseTo(522_200, 6);
    expect(buyers.projected).toBeCloseTo(552_300, 6);
    expect(buyers.exposure).toBeCloseTo(0.4, 12); // mean of 0.5 and 0.3
    expect(buyers.exposureLow).toBeCloseTo(0.3, 12);
    expect(buyers.automationShare).toBeCloseTo(0.4 / 0.8, 12); // (0.4 + 0) / (0.5 + 0.3) of exposed time
    expect(buyers.onetCodes).toEqual(['13-1021.00', '13-1022.00']);
    expect(buyers.majorGroup).toBe('13');
    expect(occupations.find((o) => o.code === '15-1252')!.automationShare).toBe(1);
  });

  it('lists projected occupations without a score instead of counting them as unexposed, and drops rows without levels', () => {
    expect(occupations.map((o) => o.code)).toEqual(['13-1020', '15-1252']);
    expect(unscored).toEqual([{ code: '11-1011', title: 'Chief executives', base: 200_000 }]);
  });

  it('matches OEWS sector cells to the projected code or its broad group\u2019s aggregate; the rest is reported unmatched', () => {
    const [s] = sectorWeights(
      [{ naics: '42', title: 'Wholesale Trade', workers: 10_000 }],
      [
        { naics: '42', occCode: '13-1023', title: 'Purchasing agents', workers: 300 },
        { naics: '42', occCode: '15-1252', title: 'Software developers', workers: 200 },
        { naics: '42', occCode: '11-1011', title: 'Chief executives', workers: 50 },
        { naics: '42', occCode: '43-9999', title: 'Suppressed', workers: null },
        { naics: '51', occCode: '15-1252', title: 'Software developers', workers: 999 },
      ],
      occupations,
    );
    expect(s!.cells).toEqual([
      [0, 300],
      [1, 200],
    ]);
    expect(s!.unmatchedWorkers).toBe(50);
  });
});
