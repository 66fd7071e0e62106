import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db/client';
import { stageCatalogue, type TitleMatcher } from '@/lib/ingest/catalogue/stage';
import { seedFixture } from '../api/fixture';
import { freshDb } from '../helpers/db';
import { fuzzCase } from './fuzz/mutations';

const RUNS = 520;
const SEED = 1414;
const OCCUPATIONS = new Set(['11-1011.00', '11-1011.03', '13-2011.00', '15-1252.00', '47-2031.00']);
const matcher: TitleMatcher = async (inputs) =>
  inputs.map(() => ({
    code: '15-1252.00',
    onetTitle: 'Software Developers',
    confidence: 0.5,
    alternatives: [],
    needsReview: true,
    seniority: null,
    matchedTitle: null,
  }));

/** Seeds: the E2E catalogue, a semicolon/UTF-16 one and a tab one with codes. */
function seeds(): { bytes: Uint8Array; delimiter: string }[] {
  const jobs = readFileSync(path.join(import.meta.dirname, '../fixtures/catalogue/jobs.csv'));
  const semicolon =
    'Position;Dept;FTE;SOC\r\nSenior Accountant;Finance;3;13-2011\r\n"RN - ICU";Nursing;4;\r\nCarpenter;Facilities;2;47-2031.00\r\n';
  const tab = 'title\tcode\theadcount\nJava Developer\t15-1252.00\t5\nCEO\t11-1011\t1\n';
  return [
    { bytes: new Uint8Array(jobs), delimiter: ',' },
    { bytes: new TextEncoder().encode(semicolon), delimiter: ';' },
    { bytes: new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tab, 'utf16le')])), delimiter: '\t' },
  ];
}

describe('hostile catalogues through staging (PGlite)', () => {
  let db: Db;
  beforeAll(async () => {
    db = await freshDb('pglite');
    await seedFixture(db);
  });
  afterAll(async () => {
    await db.close();
  });
  const counts = async () => {
    const [c] = await db.prisma.$queryRaw<{ catalogues: number; jobs: number }[]>`
      SELECT (SELECT count(*)::int FROM catalogue) AS catalogues, (SELECT count(*)::int FROM catalogue_job) AS jobs`;
    return c!;
  };

  it(`${RUNS} mutated catalogues: none crashes; a refused one stores nothing; an accepted one stores exactly its valid rows`, async () => {
    const all = seeds();
    let refused = 0;
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(fuzzCase(all.length), async ({ seed, mutations }) => {
        const { bytes: original, delimiter } = all[seed]!;
        const bytes = mutations.reduce((b, m) => m.apply(b, delimiter), original);
        const before = await counts();
        const result = await stageCatalogue(db, { bytes, name: 'fuzz.csv' }, OCCUPATIONS, matcher);
        const after = await counts();
        if (!result.ok) {
          refused++;
          expect(after).toEqual(before);
          expect(result.errors.length).toBeGreaterThan(0);
          for (const e of result.errors) expect(e.reason.trim()).not.toBe('');
        } else {
          accepted++;
          const stored = await db.prisma.catalogueJob.count({ where: { catalogueId: result.catalogue.id } });
          expect(stored).toBe(result.catalogue.rowsRead - result.catalogue.rowsRejected);
          expect(after).toEqual({ catalogues: before.catalogues + 1, jobs: before.jobs + stored });
        }
      }),
      { numRuns: RUNS, seed: SEED },
    );
    expect(refused + accepted).toBe(RUNS);
    expect(refused).toBeGreaterThan(0);
    expect(accepted).toBeGreaterThan(0);
  }, 300_000);
});
