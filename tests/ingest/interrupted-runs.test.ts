import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from '../../lib/db/client';
import { expireInterruptedImportRuns, finishImportRun, startImportRun } from '../../lib/db/imports';
import { markInterruptedRunsOnStart } from '../../lib/db/startup';
import { dbKinds, freshDb } from '../helpers/db';
import { refusedUrl } from '../reliability/fake-db-servers';

const urlOf = (db: Db) => (db.pool as unknown as { options: { connectionString: string } }).options.connectionString;
const statuses = async (db: Db) =>
  (await db.prisma.importRun.findMany({ orderBy: { id: 'asc' } })).map((r) => [r.id, r.status]);

describe.each(dbKinds)('interrupted import runs on %s', (kind) => {
  let db: Db;
  beforeAll(async () => {
    db = await freshDb(kind);
  });
  afterAll(async () => {
    await db?.close();
  });

  it('marks a run with no live process failed at once, and never a live run however old', async () => {
    // What a killed process leaves behind: a 'running' row nobody is working on, started a minute ago.
    const [dead] = await db.prisma.$queryRaw<{ id: number }[]>`
      INSERT INTO import_run (source, file, checksum, status, started_at)
      VALUES ('onet-30.1', 'a.txt', 'x', 'running', now() - interval '1 minute') RETURNING id`;
    const live = await startImportRun(db, 'onet-30.1', 'b.txt', 'y');
    // A live run stays live even after an hour (a slow COPY, or one queued behind another import's lock).
    await db.prisma.importRun.update({ where: { id: live }, data: { startedAt: new Date(Date.now() - 3_600_000) } });
    expect(await expireInterruptedImportRuns(db)).toBe(1);
    expect(await statuses(db)).toEqual([
      [dead!.id, 'failed'],
      [live, 'running'],
    ]);
    expect((await db.prisma.importRun.findUnique({ where: { id: dead!.id } }))?.message).toMatch(/interrupted/);
    expect(await expireInterruptedImportRuns(db)).toBe(0);
    await finishImportRun(db, live, {
      status: 'succeeded',
      rowsRead: 1,
      rowsLoaded: 1,
      rowsRejected: 0,
      errors: [],
      durationMs: 5,
    });
    expect((await statuses(db)).at(-1)).toEqual([live, 'succeeded']);
  });
});

describe.skipIf(!dbKinds.includes('postgres'))('import runs of another process on postgres', () => {
  let db: Db;
  beforeAll(async () => {
    db = await freshDb('postgres');
  });
  afterAll(async () => {
    await db?.close();
  });

  it("leaves another live process's run alone, and marks it once that process's connection is gone", async () => {
    const other = createDb({ url: urlOf(db) }); // a second process, e.g. an ingest CLI beside the server
    const run = await startImportRun(other, 'bls-oews', 'oews.csv', 'z');
    expect(await expireInterruptedImportRuns(db)).toBe(0);
    expect((await statuses(db)).at(-1)).toEqual([run, 'running']);
    await other.close(); // as when the process is killed: its session, and the lock with it, goes away
    expect(await expireInterruptedImportRuns(db)).toBe(1);
    expect((await statuses(db)).at(-1)).toEqual([run, 'failed']);
  });
});

describe('server start-up check (instrumentation.ts)', () => {
  it('marks dead runs failed and says so; with the database down it logs the cause and does not throw', async () => {
    const db = await freshDb('pglite');
    await db.prisma
      .$executeRaw`INSERT INTO import_run (source, file, checksum, status) VALUES ('s', 'f', 'c', 'running')`;
    const logged: string[] = [];
    const log = { warn: (line: string) => void logged.push(line) };
    expect(await markInterruptedRunsOnStart(() => db, log)).toBe(1);
    expect((await statuses(db))[0]?.[1]).toBe('failed');
    await db.close();
    const down = createDb({ url: await refusedUrl() });
    expect(await markInterruptedRunsOnStart(() => down, log)).toBeNull();
    await down.close();
    expect(logged).toEqual([
      expect.stringMatching(/marked 1 interrupted/),
      expect.stringMatching(/could not check .*unreachable|ECONNREFUSED/),
    ]);
  });
});
