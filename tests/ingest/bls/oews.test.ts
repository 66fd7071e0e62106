import { describe, expect, it } from 'vitest';
import { oewsSocVintage, oewsSpec, oewsSpecs, type OewsRow } from '../../../lib/ingest/sources/bls-oews';
import { readFixture } from './read';

describe('OEWS national reader', () => {
  it('has one spec per year 2012–2024, each scoped to its year', () => {
    expect(oewsSpecs.map((s) => s.scope.year)).toEqual([
      2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024,
    ]);
    expect(oewsSpecs[0]?.file).toBe('bls/oews_national/oews_national_M2012.csv');
    expect([2012, 2018, 2019, 2020, 2021, 2024].map(oewsSocVintage)).toEqual([
      'SOC 2010',
      'SOC 2010',
      'hybrid',
      'hybrid',
      'SOC 2018',
      'SOC 2018',
    ]);
  });

  it('reads the 2012 layout (OCC_GROUP) and turns * and # into null with the marker kept', async () => {
    const { rows, errors } = await readFixture<OewsRow>(oewsSpec(2012), 'oews/m2012.csv');
    expect(errors).toEqual([]);
    expect(rows).toHaveLength(5);
    const ceo = rows.find((r) => r.occCode === '11-1011');
    expect(ceo).toMatchObject({
      year: 2012,
      group: 'detailed',
      socVintage: 'SOC 2010',
      totEmp: 265480,
      hMedian: null,
      aMedian: null,
      aPct10: 72300,
      aPct90: null,
    });
    expect(ceo?.nullReasons).toEqual({ h_median: '#', a_median: '#', a_pct90: '#' });
    const teachers = rows.find((r) => r.occCode === '25-1011');
    expect(teachers).toMatchObject({ title: 'Business Teachers, Postsecondary', hMean: null, aMean: 88000 });
    expect(teachers?.nullReasons).toEqual({ h_mean: '*', h_median: '*' });
    expect(rows.find((r) => r.occCode === '00-0000')?.nullReasons).toBeNull();
  });

  it('reads the lower-case 2019 layout and keeps a code listed as both broad and detailed', async () => {
    const { rows, errors } = await readFixture<OewsRow>(oewsSpec(2019), 'oews/m2019_lower.csv');
    expect(errors).toEqual([]);
    expect(rows.filter((r) => r.occCode === '13-1020').map((r) => r.group)).toEqual(['broad', 'detailed']);
    expect(rows[1]).toMatchObject({ socVintage: 'hybrid', totEmp: 438900, aMedian: 63440 });
  });

  it('reads 2020 without the AREA…OWN_CODE columns and maps ** to null', async () => {
    const { rows, errors } = await readFixture<OewsRow>(oewsSpec(2020), 'oews/m2020.csv');
    expect(errors).toEqual([]);
    expect(rows[1]).toMatchObject({ occCode: '45-2041', totEmp: null, empPrse: null, aMedian: 27040 });
    expect(rows[1]?.nullReasons).toEqual({ tot_emp: '**', emp_prse: '**' });
  });

  it('handles a BOM, CRLF line endings, quoted newlines and thousands separators', async () => {
    const { rows, errors } = await readFixture<OewsRow>(oewsSpec(2021), 'oews/m2021_bom_crlf.csv');
    expect(errors).toEqual([]);
    expect(rows.map((r) => r.occCode)).toEqual(['00-0000', '15-1252', '15-1253']);
    expect(rows[0]).toMatchObject({ totEmp: 140886310, aMean: 58260, aMedian: 45760, aPct90: 102810 });
    expect(rows[2]?.title).toBe('Software Quality Assurance Analysts\nand Testers');
    expect(rows[2]?.totEmp).toBe(174470);
  });

  it('names the missing column for a wrong header and for a missing column', async () => {
    const wrong = await readFixture(oewsSpec(2012), 'oews/bad_wrong_header.csv');
    expect(wrong.rows).toEqual([]);
    expect(wrong.errors).toEqual([
      expect.objectContaining({ line: 1, column: 'OCC_CODE', reason: 'missing required column "OCC_CODE"' }),
    ]);
    const missing = await readFixture(oewsSpec(2012), 'oews/bad_missing_column.csv');
    expect(missing.errors.map((e) => e.column)).toEqual(['A_MEDIAN']);
  });

  it('rejects a non-numeric value, a fractional count, a bad code, an unknown group and a duplicate key, by line and column', async () => {
    const { rows, errors } = await readFixture<OewsRow>(oewsSpec(2012), 'oews/bad_values.csv');
    expect(rows.map((r) => r.occCode)).toEqual(['11-1011', '11-2021']);
    const brief = errors.map((e) => [e.line, e.column, e.reason.split(' (')[0]]);
    expect(brief).toEqual([
      [3, 'TOT_EMP', 'not a number: "about 2 million"'],
      [4, 'OCC_CODE', 'not a SOC code'],
      [5, 'TOT_EMP', 'not a whole number: "3.5"'],
      [7, undefined, 'duplicate key 11-2021|detailed'],
      [8, 'O_GROUP', expect.stringContaining('Invalid option')],
    ]);
  });

  it('reports an empty file', async () => {
    const { rows, errors } = await readFixture(oewsSpec(2012), 'oews/empty.csv');
    expect(rows).toEqual([]);
    expect(errors).toEqual([expect.objectContaining({ line: 1, reason: 'empty file: no header row' })]);
  });
});
