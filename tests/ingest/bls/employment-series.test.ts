import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../lib/db/client';
import { employmentTotals } from '../../../lib/db/employment-series';
import { deriveEmploymentSeries } from '../../../lib/ingest/derive-employment';
import { buildEmploymentSeries, type OewsDetail } from '../../../lib/ingest/employment-mapping';
import { loadFile } from '../../../lib/ingest/load';
import { oewsSpec } from '../../../lib/ingest/sources/bls-oews';
import { crosswalkSpecs } from '../../../lib/ingest/sources/crosswalks';
import { dbKinds, freshDb } from '../../helpers/db';
import { FIXTURES } from './read';

const SPLIT = [
  { from: '15-1132', to: '15-1252' },
  { from: '15-1132', to: '15-1253' },
  { from: '15-1133', to: '15-1252' },
  { from: '15-1133', to: '15-1253' },
  { from: '11-1011', to: '11-1011' },
  { from: '13-1021', to: '13-1021' },
  { from: '13-1022', to: '13-1022' },
];
const row = (year: number, occCode: string, totEmp: number | null, aMedian: number | null = null): OewsDetail => ({
  year,
  occCode,
  totEmp,
  aMedian,
  socVintage: year <= 2018 ? 'SOC 2010' : year <= 2020 ? 'hybrid' : 'SOC 2018',
});
const sumBy = (rows: { year: number; employment: number }[], year: number) =>
  rows.filter((r) => r.year === year).reduce((s, r) => s + r.employment, 0);

describe('SOC 2010 → 2018 employment series (pure)', () => {
  it('apportions a split code by reference-year shares, weights merged medians, keeps totals', () => {
    const details = [
      row(2012, '15-1132', 600, 90000),
      row(2012, '15-1133', 400, 100000),
      row(2021, '15-1252', 1300, 110000),
      row(2021, '15-1253', 200, 90000),
    ];
    const series = buildEmploymentSeries(details, SPLIT);
    const dev2012 = series.find((r) => r.year === 2012 && r.socCode === '15-1252');
    expect(dev2012?.employment).toBeCloseTo(600 * (13 / 15) + 400 * (13 / 15), 9);
    expect(dev2012?.medianWage).toBeCloseTo((520 * 90000 + ((400 * 13) / 15) * 100000) / ((1000 * 13) / 15), 6);
    expect(dev2012?.method).toBe('apportioned');
    expect(sumBy(series, 2012)).toBeCloseTo(1000, 9);
    expect(series.filter((r) => r.year === 2021).map((r) => [r.socCode, r.employment, r.method])).toEqual([
      ['15-1252', 1300, 'direct'],
      ['15-1253', 200, 'direct'],
    ]);
  });

  it('splits equally when the reference year lacks a target, and never double-counts', () => {
    const details = [row(2012, '15-1132', 600, 90000), row(2021, '15-1252', 1300, 110000)];
    const series = buildEmploymentSeries(details, SPLIT);
    expect(series.filter((r) => r.year === 2012).map((r) => [r.socCode, r.employment])).toEqual([
      ['15-1252', 300],
      ['15-1253', 300],
    ]);
  });

  it('folds SOC 2018 codes the reference year publishes only as an aggregate into that aggregate', () => {
    const details = [
      row(2012, '13-1021', 30, 60000),
      row(2012, '13-1022', 70, 70000),
      row(2021, '13-1020', 120, 65000),
    ];
    const series = buildEmploymentSeries(details, SPLIT);
    expect(series.map((r) => [r.year, r.socCode, r.employment, r.medianWage, r.method])).toEqual([
      [2012, '13-1020', 100, 67000, 'aggregate'],
      [2021, '13-1020', 120, 65000, 'aggregate'],
    ]);
  });

  it('maps hybrid years as SOC 2018 first, then SOC 2010; keeps unknown aggregates; skips ** employment', () => {
    const details = [
      row(2019, '15-1252', 1200),
      row(2019, '15-1133', 100),
      row(2019, '99-9991', 5),
      row(2019, '11-1011', null),
      row(2021, '15-1252', 1300),
      row(2021, '15-1253', 200),
    ];
    const series = buildEmploymentSeries(details, SPLIT).filter((r) => r.year === 2019);
    expect(series.map((r) => [r.socCode, Math.round(r.employment * 1000) / 1000, r.method])).toEqual([
      ['15-1252', 1286.667, 'apportioned'],
      ['15-1253', 13.333, 'apportioned'],
      ['99-9991', 5, 'aggregate'],
    ]);
    expect(sumBy(series, 2019)).toBeCloseTo(1305, 9);
  });
});

describe('OEWS aggregates mapped through the SOC hierarchy (pure)', () => {
  const SUPERVISORS = [
    { from: '39-1011', to: '39-1013' },
    { from: '39-1012', to: '39-1014' },
    { from: '39-1021', to: '39-1022' },
    { from: '25-3099', to: '25-3031' },
    { from: '25-3099', to: '25-3099' },
    { from: '25-3011', to: '25-3011' },
  ];
  it('spreads a hybrid aggregate over the minor group codes its year does not publish, by reference shares', () => {
    // 2019 publishes 39-1013 itself and 39-1098 for the rest of minor group 39-1 (no code of broad group 39-109 exists).
    const details = [
      row(2019, '39-1013', 30),
      row(2019, '39-1098', 200),
      row(2021, '39-1013', 20),
      row(2021, '39-1014', 60),
      row(2021, '39-1022', 100),
    ];
    const series = buildEmploymentSeries(details, SUPERVISORS).filter((r) => r.year === 2019);
    expect(series.map((r) => [r.socCode, Math.round(r.employment * 1000) / 1000, r.method])).toEqual([
      ['39-1013', 30, 'direct'],
      ['39-1014', 75, 'apportioned'],
      ['39-1022', 125, 'apportioned'],
    ]);
  });
  it('lets an aggregate take its whole broad group when the year publishes every code of it', () => {
    // 2012 publishes 25-3099 (→ 25-3031 + 25-3099) and the aggregate 25-3098: the aggregate still lands in broad group 25-309x.
    const details = [
      row(2012, '25-3099', 100),
      row(2012, '25-3098', 50),
      row(2021, '25-3031', 300),
      row(2021, '25-3099', 100),
    ];
    const series = buildEmploymentSeries(details, SUPERVISORS).filter((r) => r.year === 2012);
    expect(series.map((r) => r.socCode)).toEqual(['25-3031', '25-3099']);
    expect(sumBy(series, 2012)).toBeCloseTo(150, 9);
  });
});

describe.each(dbKinds)('employment_series derived in the database (%s)', (kind) => {
  let db: Db;
  const dir = path.join(FIXTURES, 'datadir');
  beforeAll(async () => {
    db = await freshDb(kind);
    for (const spec of [crosswalkSpecs[0]!, oewsSpec(2012), oewsSpec(2021)]) {
      const result = await loadFile(db, dir, spec);
      expect(result.status, JSON.stringify(result.errors)).toBe('succeeded');
    }
  });
  afterAll(async () => db?.close());

  it('writes the series through the loader and deriver, consistent with OEWS totals, and is idempotent', async () => {
    const summary = await deriveEmploymentSeries(db);
    expect(summary).toMatchObject({
      rows: 9,
      years: 2,
      referenceYear: 2021,
      byMethod: { direct: 4, mapped: 0, apportioned: 2, aggregate: 3 },
    });
    const read = () => db.prisma.$queryRaw<
      { year: number; soc_code: string; employment: number; median_wage: number | null; method: string }[]
    >`
      SELECT year, soc_code, employment, median_wage, method FROM employment_series ORDER BY year, soc_code`;
    const first = await read();
    expect(
      first
        .filter((r) => r.year === 2012)
        .map((r) => [
          r.soc_code,
          Math.round(r.employment * 1000) / 1000,
          r.median_wage && Math.round(r.median_wage),
          r.method,
        ]),
    ).toEqual([
      ['11-1011', 200, null, 'direct'],
      ['13-1020', 50, 62120, 'aggregate'],
      ['15-1252', 866.667, 94000, 'apportioned'],
      ['15-1253', 133.333, 94000, 'apportioned'],
      ['99-9991', 10, 27040, 'aggregate'],
    ]);
    const totals = await employmentTotals(db);
    expect(totals.map((t) => t.year)).toEqual([2012, 2021]);
    for (const t of totals) expect(t.series).toBeCloseTo(t.oews, 6);
    expect(totals[0]?.oews).toBe(1260);
    await deriveEmploymentSeries(db);
    expect(await read()).toEqual(first);
  });
});
