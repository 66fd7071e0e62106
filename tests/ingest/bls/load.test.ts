import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../lib/db/client';
import { loadFile } from '../../../lib/ingest/load';
import { oewsSpec } from '../../../lib/ingest/sources/bls-oews';
import { customIndexSpecs } from '../../../lib/ingest/sources/custom-index';
import { indexSpecs } from '../../../lib/ingest/sources/indices';
import { EP_VINTAGES, projectionSpec, projectionWageSpec } from '../../../lib/ingest/sources/projections';
import type { AnyFileSpec } from '../../../lib/ingest/types';
import { dbKinds, freshDb } from '../../helpers/db';
import { FIXTURES } from './read';

const DIR = path.join(FIXTURES, 'datadir');
const v2022 = EP_VINTAGES[1]!;

describe.each(dbKinds)('BLS, projections and index files through the ingest loader (%s)', (kind) => {
  let db: Db;
  const load = async (spec: AnyFileSpec, force = false) => {
    const result = await loadFile(db, DIR, spec, { force });
    expect(result.status, JSON.stringify(result.errors)).toBe('succeeded');
    return result;
  };
  beforeAll(async () => {
    db = await freshDb(kind);
  });
  afterAll(async () => db?.close());

  it('stores OEWS rows with BLS markers as null and their reasons as jsonb, broad and detailed both kept', async () => {
    expect((await load(oewsSpec(2012))).rowsLoaded).toBe(8);
    const rows = await db.prisma.$queryRaw<
      { occ_code: string; o_group: string; tot_emp: number | null; a_median: number | null; null_reasons: unknown }[]
    >`
      SELECT occ_code, o_group, tot_emp, a_median, null_reasons FROM oews_employment
      WHERE year = 2012 AND occ_code IN ('11-1011', '13-1020', '45-2041') ORDER BY occ_code, o_group`;
    expect(rows).toEqual([
      {
        occ_code: '11-1011',
        o_group: 'detailed',
        tot_emp: 200,
        a_median: null,
        null_reasons: { h_median: '#', a_median: '#', a_pct90: '#' },
      },
      { occ_code: '13-1020', o_group: 'broad', tot_emp: 50, a_median: 62120, null_reasons: null },
      { occ_code: '13-1020', o_group: 'detailed', tot_emp: 50, a_median: 62120, null_reasons: null },
      {
        occ_code: '45-2041',
        o_group: 'detailed',
        tot_emp: null,
        a_median: 27040,
        null_reasons: { tot_emp: '**', emp_prse: '**' },
      },
    ]);
  });

  it('adds table-1.7 wages to table-1.2 projections, and a table-1.2 reload followed by 1.7 restores them', async () => {
    await load(projectionSpec(v2022));
    await load(projectionWageSpec(v2022));
    const read = () => db.prisma.$queryRaw<
      { nem_code: string; emp_base: number; median_wage: number | null; education: string | null }[]
    >`
      SELECT nem_code, emp_base, median_wage, education FROM employment_projection WHERE vintage = '2022-32' ORDER BY nem_code`;
    const first = await read();
    expect(first).toEqual([
      { nem_code: '00-0000', emp_base: 164482.6, median_wage: 46310, education: null },
      { nem_code: '13-1020', emp_base: 487.5, median_wage: null, education: 'High school diploma or equivalent' },
      { nem_code: '15-1252', emp_base: 1656.9, median_wage: 127260, education: "Bachelor's degree" },
    ]);
    await load(projectionSpec(v2022), true);
    expect((await read()).every((r) => r.median_wage === null && r.education === null)).toBe(true);
    await load(projectionWageSpec(v2022), true);
    expect(await read()).toEqual(first);
  });

  it('replaces an index by name on reload (no duplicates), skipping unscored rows, and loads a custom index', async () => {
    const ilo = indexSpecs.find((s) => s.scope.index_name === 'ilo_gmyrek_2023')!;
    await load(ilo);
    await load(ilo, true);
    const [custom] = customIndexSpecs(DIR);
    await load(custom!);
    const rows = await db.prisma.$queryRaw<
      {
        index_name: string;
        code_system: string;
        code: string;
        year: number | null;
        value: number;
        label: string | null;
      }[]
    >`
      SELECT index_name, code_system, code, year, value, label FROM exposure_index ORDER BY index_name, code`;
    expect(rows).toEqual([
      { index_name: 'ilo_gmyrek_2023', code_system: 'isco08', code: '1111', year: null, value: 0.3127, label: 'Low' },
      { index_name: 'ilo_gmyrek_2023', code_system: 'isco08', code: '4110', year: null, value: 0.6483, label: 'High' },
      { index_name: 'my_index', code_system: 'soc2018', code: '15-1252', year: 2024, value: 0.9, label: 'high' },
      { index_name: 'my_index', code_system: 'onetsoc2019', code: '15-1252.00', year: 2023, value: 0.85, label: null },
      { index_name: 'my_index', code_system: 'isco08', code: '2512', year: null, value: 0.8, label: null },
    ]);
  });
});
