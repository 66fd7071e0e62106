import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../lib/db/client';
import { env, sharedDataDir } from '../../../lib/env';
import { clearDashboardCache } from '../../../lib/db/queries/cache';
import { fetchCatalogue } from '../../../lib/db/queries/catalogue';
import { fetchCoverage } from '../../../lib/db/queries/coverage';
import { fetchOccupationDetail } from '../../../lib/db/queries/occupation-detail';
import { deriveEmploymentSeries } from '../../../lib/ingest/derive-employment';
import { loadFile } from '../../../lib/ingest/load';
import { oewsSpecs } from '../../../lib/ingest/sources/bls-oews';
import { crosswalkSpecs } from '../../../lib/ingest/sources/crosswalks';
import { onetSpecs } from '../../../lib/ingest/sources/onet';
import type { AnyFileSpec } from '../../../lib/ingest/types';
import { freshDb } from '../../helpers/db';

const dataDir = sharedDataDir();
if (!dataDir && env.CI)
  throw new Error('CI needs ../shared/data (or DATA_DIR) for the real-data employment coverage test');

// Without ../shared/data this suite skips: it checks figures of the real OEWS and O*NET files.
describe.skipIf(!dataDir)('real data: employment counted per SOC code covers the OEWS total (PGlite)', () => {
  let db: Db;
  beforeAll(async () => {
    db = await freshDb('pglite');
    const specs: AnyFileSpec[] = [crosswalkSpecs[0]!, ...oewsSpecs, onetSpecs('30.1', 'onet/v30_1')[0]!];
    for (const spec of specs) {
      const result = await loadFile(db, dataDir as string, spec);
      expect(result.status, JSON.stringify(result.errors.slice(0, 3))).toBe('succeeded');
    }
    await deriveEmploymentSeries(db);
    clearDashboardCache();
  }, 300_000);
  afterAll(async () => db?.close());

  it('counts within 0.5% of the OEWS all-occupations total (00-0000) in every year 2012–2024', async () => {
    const v = await fetchCoverage(db);
    expect(v.years.map((y) => y.year)).toEqual([
      2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024,
    ]);
    for (const y of v.years) {
      expect(y.total, `${y.year} has an OEWS total`).not.toBeNull();
      expect(Number.isInteger(y.counted)).toBe(true);
      expect(Math.abs(y.counted - y.total!) / y.total!, `${y.year}: ${y.counted} counted of ${y.total}`).toBeLessThan(
        0.005,
      );
    }
    expect(v.years.at(-1)!.total).toBe(154_187_380);
    expect(v.uncovered.reduce((s, u) => s + u.employment, 0)).toBeLessThan(0.005 * 154_187_380);
  });

  it('shows Registered Nurses the whole SOC 29-1141 (3,282,010 in 2024) shared with four other O*NET occupations', async () => {
    const c = await fetchCatalogue(db);
    expect(c.employmentYear).toBe(2024);
    expect(c.byCode.get('29-1141.00')).toMatchObject({
      employmentCode: '29-1141',
      socEmployment: 3_282_010,
      sharedWith: 4,
    });
    expect(c.byCode.get('29-1141.04')?.socEmployment).toBe(3_282_010);
  });

  it('maps the OEWS aggregates to the O*NET occupations beneath them', async () => {
    const c = await fetchCatalogue(db);
    const aggregates = { '31-1120': 3_988_140, '51-2090': 1_457_800, '25-9045': 1_375_300, '13-1020': 486_900 };
    for (const [code, workers] of Object.entries(aggregates)) {
      expect(c.socs.get(code)?.employment, code).toBe(workers);
      expect(c.socs.get(code)!.occupations.length, code).toBeGreaterThan(0);
    }
    expect(c.byCode.get('31-1122.00')).toMatchObject({ employmentCode: '31-1120', socEmployment: 3_988_140 });
    // Every civilian O*NET occupation has employment; only military (55-) and fishers (45-3031, not in OEWS 2024) lack it.
    const without = c.occupations.filter((o) => o.socEmployment === null && !o.code.startsWith('55-'));
    expect(without.map((o) => o.code)).toEqual(['45-3031.00']);
    const detail = await fetchOccupationDetail('31-1122.00', db);
    expect(detail!.employment.map((e) => e.year)).toHaveLength(13);
    expect(detail!.employment.at(-1)!.employment).toBe(3_988_140);
  });
});
