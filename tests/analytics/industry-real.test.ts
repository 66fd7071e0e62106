import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishedCodeOf } from '@/lib/analytics/industry-codes';
import type { Db } from '@/lib/db/client';
import { readIndustryRows, readScoredOccupations } from '@/lib/db/queries/industry-rows';
import { fetchIndustries } from '@/lib/db/queries/industries';
import { env, sharedDataDir } from '@/lib/env';
import { loadFile } from '@/lib/ingest/load';
import { oewsSpec } from '@/lib/ingest/sources/bls-oews';
import { oewsIndustrySpecs } from '@/lib/ingest/sources/bls-oews-industry';
import { specs as onetSpecs } from '@/lib/ingest/sources/onet';
import type { AnyFileSpec } from '@/lib/ingest/types';
import { freshDb } from '../helpers/db';

const dataDir = sharedDataDir();
if (!dataDir && env.CI) throw new Error('CI needs ../shared/data (or DATA_DIR) for the industry totals test');

describe.skipIf(!dataDir)(
  'real OEWS May 2024 by industry through the /industries view (PGlite; skipped without ../shared/data)',
  () => {
    let db: Db;
    beforeAll(async () => {
      db = await freshDb('pglite');
      const occupations = onetSpecs.find((s) => s.source === 'onet-30.1' && s.file.endsWith('Occupation Data.txt'))!;
      for (const spec of [occupations, oewsSpec(2024), ...oewsIndustrySpecs] as AnyFileSpec[]) {
        const result = await loadFile(db, dataDir as string, spec);
        expect(result.status, JSON.stringify(result.errors.slice(0, 3))).toBe('succeeded');
      }
    }, 180_000);
    afterAll(async () => db?.close());

    it('shows 20 sectors whose workers sum to the OEWS national total (no cross-industry or ownership row left out or added)', async () => {
      const view = await fetchIndustries({ sort: '-workers' }, db);
      expect(view.year).toBe(2024);
      expect(view.sectors).toHaveLength(20);
      expect(view.sectors.every((s) => s.workers !== null && s.workers > 0)).toBe(true);
      const national = await db.prisma.$queryRaw<{ total: number }[]>`
      SELECT tot_emp AS total FROM oews_employment WHERE year = 2024 AND occ_code = '00-0000'`;
      expect(national[0]?.total).toBe(154_187_380);
      expect(view.workers).toBe(154_187_400);
      // Each sector total is rounded to tens by BLS: at most 20 × 5 apart from the national figure.
      expect(Math.abs(view.workers - national[0]!.total)).toBeLessThanOrEqual(100);
      expect(view.sectors[0]).toMatchObject({ naics: '62', title: 'Health Care and Social Assistance' });
    });

    it('reaches an O*NET 30.1 occupation from every detailed code that has workers, aggregates such as 31-1120 included', async () => {
      const rows = await readIndustryRows(db);
      const occupations = await readScoredOccupations(db, null, '30.1');
      const codeOf = publishedCodeOf(
        occupations.map((o) => o.socCode),
        rows.cells.map((c) => c.occCode),
      );
      const reached = new Set(codeOf.values());
      const missed = rows.cells.filter((c) => (c.workers ?? 0) > 0 && !reached.has(c.occCode));
      expect(missed.map((c) => `${c.naics} ${c.occCode}`)).toEqual([]);
      for (const aggregate of ['31-1120', '51-2090', '25-9045', '13-1020'])
        expect(reached.has(aggregate), aggregate).toBe(true);
      // Detailed rows hold 99.7% of the sector totals; the rest is employment BLS suppresses in a sector.
      const detailed = rows.cells.reduce((s, c) => s + (c.workers ?? 0), 0);
      expect(detailed / 154_187_400).toBeGreaterThan(0.99);
    });
  },
);
