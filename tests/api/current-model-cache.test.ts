import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db/client';
import { clearDashboardCache, STAMP_TTL_MS } from '@/lib/db/queries/cache';
import { fetchCurrentModel, fetchCurrentModelCached } from '@/lib/db/queries/model';
import { freshDb } from '../helpers/db';
import { seedFixture } from './fixture';

describe('current model for every page, cached per data stamp (PGlite)', () => {
  let db: Db;
  beforeAll(async () => {
    db = await freshDb('pglite');
    await seedFixture(db);
    clearDashboardCache();
  });
  afterAll(async () => db?.close());

  it('answers as fetchCurrentModel does, from memory until a model is scored, then the new one', async () => {
    const first = await fetchCurrentModelCached(db);
    expect(first).toEqual(await fetchCurrentModel(db));
    expect(first?.version).toBe('m1');
    // No new query while the stamp stands: the very same object comes back.
    expect(await fetchCurrentModelCached(db)).toBe(first);
    await db.prisma.$executeRaw`INSERT INTO model_version (version, kind, status, metrics, data_versions, scored_at)
      VALUES ('m2', 'attention', 'ready', '{}', '{}', '2026-04-01')`;
    await new Promise((r) => setTimeout(r, STAMP_TTL_MS + 100));
    expect((await fetchCurrentModelCached(db))?.version).toBe('m2');
  });
});
