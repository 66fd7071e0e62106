import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { customIndexSpec, customIndexSpecs } from '../../../lib/ingest/sources/custom-index';
import { indexSpecs, type IndexRow } from '../../../lib/ingest/sources/indices';
import { FIXTURES, readFixture, readWithSpec } from './read';

const spec = (name: string) => {
  const found = indexSpecs.find((s) => s.scope.index_name === name);
  if (!found) throw new Error(name);
  return found;
};

describe('published index readers', () => {
  it('stores each index generically under its own name (the replace scope)', () => {
    expect(indexSpecs.map((s) => s.scope.index_name)).toEqual([
      'frey_osborne_2013',
      'ilo_gmyrek_2023',
      'daioe_allapps',
      'daioe_genai',
      'daioe_lngmod',
      'anthropic_observed_exposure',
      'nesta_sml_risk',
    ]);
    expect(new Set(indexSpecs.map((s) => s.target.table))).toEqual(new Set(['exposure_index']));
  });

  it('reads Frey–Osborne probabilities (SOC 2010) and rejects a probability above 1', async () => {
    const { rows, errors } = await readFixture<IndexRow>(spec('frey_osborne_2013'), 'indices/frey.csv');
    expect(rows).toEqual([
      {
        indexName: 'frey_osborne_2013',
        codeSystem: 'soc2010',
        code: '29-1125',
        year: null,
        value: 0.0028,
        label: null,
      },
      {
        indexName: 'frey_osborne_2013',
        codeSystem: 'soc2010',
        code: '49-1011',
        year: null,
        value: 0.003,
        label: 'training: automatable',
      },
    ]);
    expect(errors.map((e) => [e.line, e.column, e.reason.split(' (')[0]])).toEqual([[4, 'Probability', 'above 1']]);
  });

  it('reads ILO scores, left-padding ISCO codes and skipping the NA (unscored) groups', async () => {
    const { rows, errors } = await readFixture<IndexRow>(spec('ilo_gmyrek_2023'), 'indices/ilo.csv');
    expect(errors).toEqual([]);
    expect(rows.map((r) => [r.code, r.value, r.label])).toEqual([
      ['1111', 0.3127, 'Low'],
      ['4110', 0.6483, 'High'],
    ]);
  });

  it('reads DAIOE per year, skips blank subdomain cells and rejects a duplicate code-year', async () => {
    const all = await readFixture<IndexRow>(spec('daioe_allapps'), 'indices/daioe.tsv');
    expect(all.rows.map((r) => [r.code, r.year, r.value])).toEqual([
      ['11-1011.00', 2010, 0.23486593],
      ['11-1011.00', 2012, 0.5],
    ]);
    expect(all.errors.map((e) => e.reason)).toEqual([
      expect.stringContaining('duplicate key onetsoc2010:11-1011.00@2012'),
    ]);
    const genai = await readFixture<IndexRow>(spec('daioe_genai'), 'indices/daioe.tsv');
    expect(genai.rows.map((r) => [r.year, r.value])).toEqual([[2012, 0.0123]]);
  });

  it("names the missing columns when a file has another index's header, and reports an empty file", async () => {
    const wrong = await readFixture(spec('anthropic_observed_exposure'), 'indices/frey.csv');
    expect(wrong.errors.map((e) => e.reason)).toEqual([
      'missing required column "occ_code"',
      'missing required column "observed_exposure"',
    ]);
    const empty = await readFixture(spec('nesta_sml_risk'), 'oews/empty.csv');
    expect(empty.errors.map((e) => e.reason)).toEqual(['empty file: no header row']);
  });

  it('reads Anthropic observed exposure (SOC 2018)', async () => {
    const { rows, errors } = await readFixture<IndexRow>(
      spec('anthropic_observed_exposure'),
      'indices/job_exposure.csv',
    );
    expect(errors).toEqual([]);
    expect(rows[1]).toEqual({
      indexName: 'anthropic_observed_exposure',
      codeSystem: 'soc2018',
      code: '15-1252',
      year: null,
      value: 0.7481,
      label: null,
    });
  });
});

describe('custom index format', () => {
  it('finds indices/*.csv, names each index after its file, and accepts optional year/label in any column order', async () => {
    const dir = path.join(FIXTURES, 'indices', 'custom_ok');
    const specs = customIndexSpecs(dir);
    expect(specs.map((s) => [s.file, s.scope.index_name, s.source])).toEqual([
      ['indices/minimal.csv', 'minimal', 'custom-index'],
      ['indices/my_index.csv', 'my_index', 'custom-index'],
    ]);
    const mine = await readWithSpec<IndexRow>(specs[1]!, path.join(dir, specs[1]!.file));
    expect(mine.errors).toEqual([]);
    expect(mine.rows).toEqual([
      { indexName: 'my_index', codeSystem: 'soc2018', code: '15-1252', year: 2024, value: 0.9, label: 'high' },
      { indexName: 'my_index', codeSystem: 'isco08', code: '2512', year: null, value: 0.8, label: null },
      { indexName: 'my_index', codeSystem: 'onetsoc2019', code: '15-1252.00', year: 2023, value: 0.85, label: null },
    ]);
    const minimal = await readWithSpec<IndexRow>(specs[0]!, path.join(dir, specs[0]!.file));
    expect(minimal.rows).toEqual([
      { indexName: 'minimal', codeSystem: 'soc2010', code: '11-1011', year: null, value: 1.5, label: null },
    ]);
    expect(customIndexSpecs(path.join(FIXTURES, 'no-such-dir'))).toEqual([]);
  });

  it('rejects a code of the wrong system, another index name, an unknown system, a non-number and a bad year', async () => {
    const dir = path.join(FIXTURES, 'indices', 'custom_bad');
    const bad = customIndexSpec('indices/bad_rows.csv');
    const { rows, errors } = await readWithSpec<IndexRow>(bad, path.join(dir, bad.file));
    expect(rows).toEqual([]);
    expect(errors.map((e) => [e.line, e.column])).toEqual([
      [2, 'code'],
      [3, 'index_name'],
      [4, 'code_system'],
      [5, 'value'],
      [6, 'year'],
    ]);
    expect(errors[0]?.reason).toContain('not a soc2018 code');
    expect(() => customIndexSpec('indices/Bad Name.csv')).toThrow(/must be named/);
  });
});
