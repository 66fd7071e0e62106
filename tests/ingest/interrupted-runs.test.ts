import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../lib/db/client';
import { expireInterruptedImportRuns, startImportRun } from '../../lib/db/imports';
import { dbKinds, freshDb } from '../helpers/db';

describe.each(dbKinds)('interrupted import runs on %s', (kind) => {
  let db: Db;
  beforeAll(async () => {
    db = await freshDb(kind);
  });
  afterAll(async () => {
    await db?.close();
  });

  it('marks only runs older than the transaction timeout as failed', async () => {
    const stale = await startImportRun(db, 'onet-30.1', 'a.txt', 'x');
    const live = await startImportRun(db, 'onet-30.1', 'b.txt', 'y');
    // A run started an hour ago cannot still be inside its (10-minute) transaction.
    await db.prisma.importRun.update({ where: { id: stale }, data: { startedAt: new Date(Date.now() - 3_600_000) } });
    expect(await expireInterruptedImportRuns(db)).toBe(1);
    const rows = await db.prisma.importRun.findMany({ orderBy: { id: 'asc' } });
    expect(rows.map((r) => [r.id, r.status])).toEqual([
      [stale, 'failed'],
      [live, 'running'],
    ]);
    expect(rows[0]?.message).toMatch(/interrupted/);
    expect(await expireInterruptedImportRuns(db)).toBe(0);
  });
});
