import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../lib/db/client';
import { readExposureIndices } from '../../lib/db/queries/indices';
import { correlateIndices } from '../../lib/models/indices';
import { seedFixture } from '../api/fixture';
import { freshDb } from '../helpers/db';

const codes = Array.from({ length: 12 }, (_, i) => `11-${1000 + i}.00`);
const scores = new Map(codes.map((c, i) => [c, i / 10]));

describe('correlation with published indices', () => {
  it('correlates by O*NET code and leaves out indices with fewer than 10 matches', () => {
    const rising = codes.map((code, i) => ({ indexName: 'rising', code, value: i * i }));
    const falling = codes.map((code, i) => ({ indexName: 'falling', code, value: -i }));
    const sparse = codes.slice(0, 9).map((code, i) => ({ indexName: 'sparse', code, value: i }));
    const elsewhere = codes.map((_, i) => ({ indexName: 'elsewhere', code: `99-${1000 + i}.00`, value: i }));
    expect(correlateIndices(scores, [...rising, ...falling, ...sparse, ...elsewhere])).toEqual([
      { name: 'falling', n: 12, spearman: -1, pearson: -1 },
      // Pearson of i/10 against i²: 0.9635 (ranks agree perfectly, the relation is not linear).
      { name: 'rising', n: 12, spearman: 1, pearson: 0.964 },
    ]);
  });
});

describe('published indices as the model report reads them (PGlite)', () => {
  let db: Db;
  beforeAll(async () => {
    db = await freshDb('pglite');
    await seedFixture(db);
  });
  afterAll(async () => {
    await db?.close();
  });

  it('carries an ISCO-08 index (ILO) over to O*NET occupations through the crosswalks', async () => {
    const values = await readExposureIndices(db);
    // fixture: ILO 0.6 on ISCO 2411 → SOC 2010 13-2011 → SOC 2018 13-2011 → O*NET 13-2011.00
    expect(values.filter((v) => v.indexName === 'ilo')).toEqual([{ indexName: 'ilo', code: '13-2011.00', value: 0.6 }]);
    expect(values.every((v) => /^\d{2}-\d{4}\.\d{2}$/.test(v.code))).toBe(true);
  });
});
