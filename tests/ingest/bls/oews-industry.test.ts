import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../lib/db/client';
import { loadFile } from '../../../lib/ingest/load';
import {
  oewsIndustrySpec,
  oewsIndustrySpecs,
  type OewsIndustryRow,
} from '../../../lib/ingest/sources/bls-oews-industry';
import { registeredSpecs, sourceNames } from '../../../lib/ingest/sources';
import { dbKinds, freshDb } from '../../helpers/db';
import { FINGERPRINT_SQL } from '../helpers';
import { FIXTURES, readFixture } from './read';

const good = oewsIndustrySpec(2024, 'oews_industry/natsector.csv');
const bad = oewsIndustrySpec(2024, 'oews_industry/bad_values.csv');

describe('OEWS national-by-sector reader', () => {
  it('is registered as its own source, scoped to its year', () => {
    expect(sourceNames(registeredSpecs)).toContain('bls-oews-industry');
    expect(oewsIndustrySpecs.map((s) => [s.file, s.scope])).toEqual([
      ['bls/oews_industry/oews_natsector_M2024.csv', { year: 2024 }],
    ]);
  });

  it('reads sector rows, skips the cross-industry total and keeps BLS markers as null with their reason', async () => {
    const { rows, errors } = await readFixture<OewsIndustryRow>(good, 'oews_industry/natsector.csv');
    expect(errors).toEqual([]);
    expect(rows.map((r) => `${r.naics}|${r.occCode}|${r.group}`)).toEqual([
      '51|00-0000|total',
      '51|13-1020|broad',
      '51|13-1020|detailed',
      '51|15-1252|detailed',
      '51|11-1011|detailed',
      '31-33|00-0000|total',
      '31-33|47-2031|detailed',
      '31-33|25-1011|detailed',
    ]);
    expect(rows[3]).toMatchObject({
      naics: '51',
      naicsTitle: 'Information',
      ownCode: 5,
      totEmp: 600,
      pctTotal: 60,
      pctRpt: 45,
      aMedian: 141440,
      aPct90: null,
    });
    expect(rows[3]?.nullReasons).toEqual({ a_pct90: '#' });
    expect(rows[7]).toMatchObject({
      title: 'Business Teachers, Postsecondary',
      totEmp: null,
      empPrse: null,
      pctTotal: null,
      hMean: null,
      aMean: 88000,
    });
    expect(rows[7]?.nullReasons).toEqual({ tot_emp: '**', emp_prse: '**', pct_total: '~', h_mean: '*', h_median: '*' });
    expect(rows[0]?.nullReasons).toBeNull();
  });

  it('rejects a bad sector, a finer NAICS level, a state area, a fractional count, a duplicate key and a bad ownership code, by line and column', async () => {
    const { rows, errors } = await readFixture<OewsIndustryRow>(bad, 'oews_industry/bad_values.csv');
    expect(rows.map((r) => r.occCode)).toEqual(['00-0000']);
    expect(errors.map((e) => [e.line, e.column, e.reason.split(' (')[0]])).toEqual([
      [3, 'NAICS', 'not a NAICS sector'],
      [4, 'NAICS', 'not a NAICS sector'],
      [4, 'I_GROUP', 'only NAICS sector rows are supported'],
      [5, 'AREA', 'industry estimates are national only: AREA must be 99'],
      [6, 'TOT_EMP', 'not a whole number: "60.5"'],
      [7, undefined, 'duplicate key 51|00-0000|total'],
      [8, 'OWN_CODE', 'not an ownership code'],
    ]);
  });
});

describe.each(dbKinds)('OEWS national-by-sector file through the ingest loader (%s)', (kind) => {
  let db: Db;
  const fingerprint = async () =>
    (
      await db.prisma.$queryRawUnsafe<{ n: number; md5: string }[]>(
        FINGERPRINT_SQL('oews_industry_employment', 'naics, occ_code, o_group'),
      )
    )[0];
  beforeAll(async () => {
    db = await freshDb(kind);
  });
  afterAll(async () => db?.close());

  it('stores the rows with null reasons as jsonb; a reload replaces rather than duplicates', async () => {
    const first = await loadFile(db, FIXTURES, good);
    expect(first.status, JSON.stringify(first.errors)).toBe('succeeded');
    expect(first.rowsLoaded).toBe(8);
    const rows = await db.prisma.$queryRaw<
      { naics: string; own_code: number; occ_code: string; tot_emp: number | null; null_reasons: unknown }[]
    >`
      SELECT naics, own_code, occ_code, tot_emp, null_reasons FROM oews_industry_employment
      WHERE year = 2024 AND o_group = 'detailed' AND naics = '31-33' ORDER BY occ_code`;
    expect(rows).toEqual([
      {
        naics: '31-33',
        own_code: 5,
        occ_code: '25-1011',
        tot_emp: null,
        null_reasons: { tot_emp: '**', emp_prse: '**', pct_total: '~', h_mean: '*', h_median: '*' },
      },
      { naics: '31-33', own_code: 5, occ_code: '47-2031', tot_emp: 1500, null_reasons: null },
    ]);
    const before = await fingerprint();
    expect(before?.n).toBe(8);
    expect((await loadFile(db, FIXTURES, good)).status).toBe('unchanged');
    const again = await loadFile(db, FIXTURES, good, { force: true });
    expect(again.status).toBe('succeeded');
    expect(await fingerprint()).toEqual(before);
  });

  it('keeps the previous rows when a file has an invalid row (the file lands whole or not at all)', async () => {
    const before = await fingerprint();
    const failed = await loadFile(db, FIXTURES, bad);
    expect(failed.status).toBe('failed');
    expect(failed.errors[0]).toMatchObject({ line: 3, column: 'NAICS' });
    expect(await fingerprint()).toEqual(before);
  });
});
