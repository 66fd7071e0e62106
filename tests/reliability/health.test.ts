import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from '@/lib/db/client';
import { checkHealth } from '@/lib/db/health';
import { dbKinds, freshDb } from '../helpers/db';

describe.each(dbKinds)('health on %s', (kind) => {
  let db: Db;
  beforeAll(async () => {
    db = await freshDb(kind);
  });
  afterAll(async () => {
    await db.close();
  });

  it('reports a reachable database with no model and no import yet', async () => {
    const report = await checkHealth(db);
    expect(report.status).toBe('ok');
    expect(report.database).toMatchObject({ reachable: true, kind });
    expect(report.modelVersion).toBeNull();
    expect(report.lastImportAt).toBeNull();
  });

  it('names the latest ready model (never one still scoring) and the last successful import', async () => {
    await db.prisma.$executeRaw`INSERT INTO model_version (version, kind, status, scored_at) VALUES
      ('m1', 'gru', 'ready', '2026-01-01'), ('m2', 'gru', 'scoring', NULL), ('m0', 'gru', 'ready', '2025-01-01')`;
    await db.prisma.$executeRaw`INSERT INTO import_run (source, file, checksum, status, finished_at) VALUES
      ('s', 'a', 'x', 'succeeded', '2026-02-01T10:00:00Z'), ('s', 'b', 'y', 'failed', '2026-03-01T10:00:00Z')`;
    const report = await checkHealth(db);
    expect(report.modelVersion).toBe('m1');
    expect(report.lastImportAt).toBe('2026-02-01T10:00:00.000Z');
    expect((await checkHealth(db, { pinnedModel: 'm0' })).modelVersion).toBe('m0');
    expect((await checkHealth(db, { pinnedModel: 'm2' })).modelVersion).toBe('m1');
  });
});

describe('health when the database is gone', () => {
  it('reports unavailable after the connection is closed', async () => {
    const db = createDb({ pgliteDir: 'memory' });
    await db.close();
    const report = await checkHealth(db, { timeoutMs: 1000 });
    expect(report.status).toBe('unavailable');
    expect(report.database.reachable).toBe(false);
    expect(report.database.error).toBeTruthy();
  });

  it.skipIf(!dbKinds.includes('postgres'))('times out instead of hanging when no connection is free', async () => {
    const base = await freshDb('postgres');
    const url = (base.pool as unknown as { options: { connectionString: string } }).options.connectionString;
    const tiny = createDb({ url });
    (tiny.pool as unknown as { options: { max: number } }).options.max = 1;
    const sleeper = tiny.pool!.query('SELECT pg_sleep(3)');
    await new Promise((r) => setTimeout(r, 200));
    const started = Date.now();
    const report = await checkHealth(tiny, { timeoutMs: 500 });
    expect(report.status).toBe('unavailable');
    expect(report.database.error).toMatch(/timed out/);
    expect(Date.now() - started).toBeLessThan(2000);
    await sleeper;
    await tiny.close();
    await base.close();
  });
});
