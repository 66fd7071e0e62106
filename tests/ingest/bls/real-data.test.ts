import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../lib/db/client';
import { employmentTotals } from '../../../lib/db/employment-series';
import { env, sharedDataDir } from '../../../lib/env';
import { deriveEmploymentSeries } from '../../../lib/ingest/derive-employment';
import { loadFile } from '../../../lib/ingest/load';
import { oewsSpecs } from '../../../lib/ingest/sources/bls-oews';
import { crosswalkSpecs } from '../../../lib/ingest/sources/crosswalks';
import { indexSpecs } from '../../../lib/ingest/sources/indices';
import { projectionSpecs } from '../../../lib/ingest/sources/projections';
import type { AnyFileSpec } from '../../../lib/ingest/types';
import { freshDb } from '../../helpers/db';
import { readWithSpec } from './read';

const dataDir = sharedDataDir();
if (!dataDir && env.CI) throw new Error('CI needs ../shared/data (or DATA_DIR) for the real-data reader tests');

/** Rows each real file must yield, all of them valid (data rows of the file minus documented skips). */
const EXPECTED: Record<string, number> = {
  'oews_national_M2012.csv': 1394,
  'oews_national_M2013.csv': 1394,
  'oews_national_M2014.csv': 1394,
  'oews_national_M2015.csv': 1394,
  'oews_national_M2016.csv': 1394,
  'oews_national_M2017.csv': 1382,
  'oews_national_M2018.csv': 1379,
  'oews_national_M2019.csv': 1329,
  'oews_national_M2020.csv': 1329,
  'oews_national_M2021.csv': 1403,
  'oews_national_M2022.csv': 1402,
  'oews_national_M2023.csv': 1403,
  'oews_national_M2024.csv': 1403,
  'ep_2019_29_table_1_2.csv': 1048,
  'ep_2019_29_table_1_7.csv': 1048,
  'ep_2022_32_table_1_2.csv': 1113,
  'ep_2022_32_table_1_7.csv': 1113,
  'ep_2024_34_table_1_2.csv': 1113,
  'soc2010_to_soc2018_crosswalk.csv': 900,
  'onetsoc2010_to_onetsoc2019_crosswalk.csv': 1164,
  'onetsoc2019_to_nem_soc2018_crosswalk.csv': 997,
  'isco08_to_soc2010.csv': 1125,
  frey_osborne_2013: 702,
  ilo_gmyrek_2023: 427,
  daioe_allapps: 13524,
  daioe_genai: 11592,
  daioe_lngmod: 11592,
  anthropic_observed_exposure: 756,
  nesta_sml_risk: 421,
};

const label = (s: AnyFileSpec) =>
  s.target.table === 'exposure_index' ? String(s.scope.index_name) : path.basename(s.file);

describe.skipIf(!dataDir)('real ../shared/data through the BLS, projections, crosswalk and index readers', () => {
  const specs: AnyFileSpec[] = [...oewsSpecs, ...projectionSpecs, ...crosswalkSpecs, ...indexSpecs];
  it.each(specs.map((s) => [label(s), s] as const))('%s: every row is accepted', async (name, spec) => {
    const { rows, errors } = await readWithSpec(spec, path.join(dataDir as string, spec.file));
    expect(errors.slice(0, 5)).toEqual([]);
    expect(rows.length).toBe(EXPECTED[name]);
  });
});

describe.skipIf(!dataDir)('real employment_series: 13 OEWS years mapped to SOC 2018 (PGlite)', () => {
  let db: Db;
  beforeAll(async () => {
    db = await freshDb('pglite');
    for (const spec of [crosswalkSpecs[0] as AnyFileSpec, ...oewsSpecs]) {
      const result = await loadFile(db, dataDir as string, spec);
      expect(result.status, JSON.stringify(result.errors.slice(0, 3))).toBe('succeeded');
    }
  });
  afterAll(async () => db?.close());

  it('covers every year, and each year keeps the employment of its detailed OEWS rows', async () => {
    const summary = await deriveEmploymentSeries(db);
    expect(summary.years).toBe(13);
    expect(summary.referenceYear).toBe(2021);
    const totals = await employmentTotals(db);
    expect(totals).toHaveLength(13);
    for (const t of totals) expect(Math.abs(t.series - t.oews) / t.oews, String(t.year)).toBeLessThan(1e-9);
    // Every non-aggregate code is a SOC 2018 detailed code (the crosswalk's SOC 2018 side).
    const strays = await db.prisma.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM employment_series s WHERE s.method <> 'aggregate'
        AND NOT EXISTS (SELECT 1 FROM crosswalk c WHERE c.kind = 'soc2010_soc2018' AND c.to_code = s.soc_code)`;
    expect(strays[0]?.n).toBe(0);
    // SOC 2010 years use the reference year's code set: aggregates and all (45-3031, fishers, is
    // the one SOC 2018 code that 2021 does not publish).
    const notIn2021 = await db.prisma.$queryRaw<{ soc_code: string }[]>`
      SELECT DISTINCT soc_code FROM employment_series s WHERE year <= 2018
        AND NOT EXISTS (SELECT 1 FROM employment_series r WHERE r.year = 2021 AND r.soc_code = s.soc_code)`;
    expect(notIn2021.map((r) => r.soc_code)).toEqual(['45-3031']);
    // Software developers (15-1252) exist in 2012 only through the split of SOC 2010 15-1132/15-1133.
    const dev = await db.prisma.$queryRaw<{ year: number; method: string; employment: number }[]>`
      SELECT year, method, employment FROM employment_series WHERE soc_code = '15-1252' AND year IN (2012, 2024) ORDER BY year`;
    expect(dev.map((d) => d.method)).toEqual(['apportioned', 'direct']);
    expect(dev[0]!.employment).toBeGreaterThan(500_000);
  });
});
