import { describe, expect, it } from 'vitest';
import { industryExposure, type SectorCell, type SectorTotal } from '@/lib/analytics/industry';
import { exposureByPublishedCode, publishedCodeOf, type ScoredOccupation } from '@/lib/analytics/industry-codes';
import { sortOccupations, sortSectors } from '@/lib/analytics/industry-sort';

const occ = (code: string, score: number | null, automationTasks = 0, augmentationTasks = 0): ScoredOccupation => ({
  code,
  socCode: code.slice(0, 7),
  score,
  low: score === null ? null : score - 0.1,
  high: score === null ? null : score + 0.1,
  automationTasks,
  augmentationTasks,
});

/** Hand-made O*NET scores: two occupations under the OEWS aggregate 13-1020, two sharing 47-2031, one unscored. */
const OCCUPATIONS = [
  occ('15-1252.00', 0.6, 1, 3),
  occ('13-1021.00', 0.5, 2, 0),
  occ('13-1022.00', 0.3, 0, 2),
  occ('47-2031.00', 0.1),
  occ('47-2031.01', 0.3, 1, 1),
  occ('11-1011.00', null, 5, 5),
  occ('25-9042.00', 0.2),
  occ('25-9044.00', 0.4),
];
const PUBLISHED = ['15-1252', '13-1020', '47-2031', '11-1011', '25-9044', '25-9045', '99-9999'];

const TOTALS: SectorTotal[] = [
  { naics: '51', title: 'Information', workers: 1000 },
  { naics: '31-33', title: 'Manufacturing', workers: 2000 },
  { naics: '99', title: 'Government', workers: 500 },
];
const CELLS: SectorCell[] = [
  { naics: '51', occCode: '15-1252', title: 'Software Developers', workers: 600 },
  { naics: '51', occCode: '13-1020', title: 'Buyers', workers: 100 },
  { naics: '51', occCode: '11-1011', title: 'Chief Executives', workers: 50 },
  { naics: '51', occCode: '99-9999', title: 'Suppressed', workers: null },
  { naics: '31-33', occCode: '47-2031', title: 'Carpenters', workers: 1500 },
  { naics: '31-33', occCode: '13-1020', title: 'Buyers', workers: 300 },
];

describe('OEWS codes → O*NET occupations', () => {
  it('maps a SOC code to itself when published, else to the unmatched OEWS code of its broad group', () => {
    const codeOf = publishedCodeOf(
      OCCUPATIONS.map((o) => o.socCode),
      PUBLISHED,
    );
    expect(Object.fromEntries(codeOf)).toEqual({
      '15-1252': '15-1252',
      '13-1021': '13-1020',
      '13-1022': '13-1020',
      '47-2031': '47-2031',
      '11-1011': '11-1011',
      '25-9042': '25-9045',
      '25-9044': '25-9044',
    });
  });

  it('aggregates scores per published code (mean score and bounds) and pools exposed tasks by AI mode', () => {
    const e = exposureByPublishedCode(OCCUPATIONS, PUBLISHED);
    expect([...e.keys()].sort()).toEqual(['13-1020', '15-1252', '25-9044', '25-9045', '47-2031']);
    expect(e.get('13-1020')).toMatchObject({
      occupations: ['13-1021.00', '13-1022.00'],
      automationTasks: 2,
      augmentationTasks: 2,
    });
    expect(e.get('13-1020')!.score).toBeCloseTo(0.4, 12);
    expect(e.get('13-1020')!.low).toBeCloseTo(0.3, 12);
    expect(e.get('47-2031')!.score).toBeCloseTo(0.2, 12);
    expect(e.get('47-2031')!.high).toBeCloseTo(0.3, 12);
    expect(e.get('25-9045')!.occupations).toEqual(['25-9042.00']);
  });
});

describe('exposure by industry', () => {
  const result = industryExposure(TOTALS, CELLS, exposureByPublishedCode(OCCUPATIONS, PUBLISHED));
  const sector = (naics: string) => result.sectors.find((s) => s.naics === naics)!;

  it("keeps each sector's BLS total and weights exposure by the workers of its scored codes", () => {
    expect(result.workers).toBe(3500);
    const info = sector('51');
    expect(info).toMatchObject({ workers: 1000, workersScored: 700, occupations: 4 });
    expect(info.exposure).toBeCloseTo(400 / 700, 12);
    expect(info.exposureLow).toBeCloseTo(330 / 700, 12);
    expect(info.exposureHigh).toBeCloseTo(470 / 700, 12);
    expect(info.exposedWorkers).toBeCloseTo(400, 9);
    expect(info.exposedWorkersLow).toBeCloseTo(330, 9);
    expect(sector('31-33').exposure).toBeCloseTo(420 / 1800, 12);
    expect(sector('31-33').exposedWorkers).toBeCloseTo(420, 9);
  });

  it("puts codes in national quintiles by their summed sector workers and reports each sector's top-quintile share", () => {
    // National: 47-2031 1,500 at 0.2 → Q2; 13-1020 400 at 0.4 → Q4; 15-1252 600 at 0.6 → Q5.
    const quintile = (naics: string, code: string) =>
      result.occupations.get(naics)!.find((o) => o.occCode === code)!.quintile;
    expect([
      quintile('31-33', '47-2031'),
      quintile('51', '13-1020'),
      quintile('31-33', '13-1020'),
      quintile('51', '15-1252'),
    ]).toEqual([2, 4, 4, 5]);
    expect(sector('51').topQuintileShare).toBeCloseTo(600 / 700, 12);
    expect(sector('31-33').topQuintileShare).toBe(0);
  });

  it('weights the automation share of exposed tasks by workers, augmentation being the rest', () => {
    expect(sector('51').automationShare).toBeCloseTo((600 * 0.25 + 100 * 0.5) / 700, 12);
    expect(sector('51').augmentationShare).toBeCloseTo(1 - 200 / 700, 12);
    expect(sector('31-33').automationShare).toBeCloseTo(0.5, 12);
  });

  it('shows a sector without scored occupations with its workers and no exposure figures', () => {
    expect(sector('99')).toMatchObject({
      workers: 500,
      workersScored: 0,
      exposure: null,
      topQuintileShare: null,
      automationShare: null,
      exposedWorkers: null,
      occupations: 0,
    });
  });

  it('sorts sectors and occupations by any column, missing values last in either direction', () => {
    expect(sortSectors(result.sectors, '-exposure').map((s) => s.naics)).toEqual(['51', '31-33', '99']);
    expect(sortSectors(result.sectors, 'exposure').map((s) => s.naics)).toEqual(['31-33', '51', '99']);
    expect(sortSectors(result.sectors, '-workers').map((s) => s.naics)).toEqual(['31-33', '51', '99']);
    expect(sortSectors(result.sectors, 'title').map((s) => s.title)).toEqual([
      'Government',
      'Information',
      'Manufacturing',
    ]);
    const info = result.occupations.get('51')!;
    expect(sortOccupations(info, '-exposedWorkers').map((o) => [o.occCode, o.exposedWorkers])).toEqual([
      ['15-1252', 360],
      ['13-1020', 40],
      ['11-1011', null],
      ['99-9999', null],
    ]);
    expect(sortOccupations(info, 'workers').map((o) => o.occCode)).toEqual([
      '11-1011',
      '13-1020',
      '15-1252',
      '99-9999',
    ]);
  });
});
