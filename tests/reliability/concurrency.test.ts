import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from '@/lib/db/client';
import { loadFile } from '@/lib/ingest/load';
import { customIndexSpec } from '@/lib/ingest/sources/custom-index';
import { dbKinds, freshDb } from '../helpers/db';
import { indexState, writeIndexFile } from './crash/harness';

const NAME = 'race_index';
const spec = customIndexSpec(`indices/${NAME}.csv`);
const urlOf = (db: Db) => (db.pool as unknown as { options: { connectionString: string } }).options.connectionString;

async function duplicates(db: Db): Promise<number> {
  const rows = await db.prisma.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM (SELECT 1 FROM exposure_index WHERE index_name = ${NAME}
      GROUP BY code_system, code, year HAVING count(*) > 1) d`;
  return rows[0]?.n ?? 0;
}

describe.each(dbKinds)('two imports of one source at once on %s', (kind) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'taskshift-race-'));
  let db: Db;
  let other: Db;
  beforeAll(async () => {
    db = await freshDb(kind);
    // A second client, as a second process would have; PGlite has one connection, which serialises by itself.
    other = kind === 'postgres' ? createDb({ url: urlOf(db) }) : db;
  });
  afterAll(async () => {
    if (other !== db) await other?.close();
    await db?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('the second waits for the first; both succeed and no row is duplicated', async () => {
    await writeIndexFile(dir, NAME, 40_000, 0.5);
    let sawWaiter = false;
    let running = kind === 'postgres';
    const watcher = (async () => {
      while (running) {
        const rows = await db.prisma.$queryRaw<{ n: number }[]>`
          SELECT count(*)::int AS n FROM pg_locks l JOIN pg_database d ON d.oid = l.database
          WHERE d.datname = current_database() AND l.locktype = 'advisory' AND NOT l.granted`;
        if ((rows[0]?.n ?? 0) >= 2) sawWaiter = true;
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    // On Postgres a third session holds the source's lock while both imports start, so both must queue on
    // it (seen in pg_locks while nothing is parsing), then run one after the other once it is released.
    const gate = kind === 'postgres' ? new pg.Client({ connectionString: urlOf(db) }) : undefined;
    await gate?.connect();
    await gate?.query(`SELECT pg_advisory_lock(hashtext('taskshift:ingest:' || $1))`, [spec.source]);
    const loads = Promise.all([loadFile(db, dir, spec, { force: true }), loadFile(other, dir, spec, { force: true })]);
    for (let waited = 0; gate && !sawWaiter && waited < 15_000; waited += 10)
      await new Promise((r) => setTimeout(r, 10));
    await gate?.query(`SELECT pg_advisory_unlock(hashtext('taskshift:ingest:' || $1))`, [spec.source]);
    await gate?.end();
    const [a, b] = await loads;
    running = false;
    await watcher;
    expect([a.status, b.status]).toEqual(['succeeded', 'succeeded']);
    if (kind === 'postgres') expect(sawWaiter).toBe(true); // both imports really queued on the advisory lock
    expect((await indexState(db, NAME)).rows).toBe(40_000);
    expect(await duplicates(db)).toBe(0);
  });
});

describe.each(dbKinds)('a reader during an import on %s', (kind) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'taskshift-reader-'));
  let db: Db;
  beforeAll(async () => {
    db = await freshDb(kind);
  });
  afterAll(async () => {
    await db?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('sees the old table or the new one, never a half-swapped one', async () => {
    await writeIndexFile(dir, NAME, 1_000, 0.25);
    expect((await loadFile(db, dir, spec, { force: true })).status).toBe('succeeded');
    await writeIndexFile(dir, NAME, 30_000, 0.75);
    const seen = new Map<string, number>();
    let done = false;
    const load = loadFile(db, dir, spec, { force: true, batchRows: 2_000 }).finally(() => (done = true));
    while (!done) {
      const [row] = await db.prisma.$queryRaw<{ n: number; v: number | null }[]>`
        SELECT count(*)::int AS n, avg(value)::float8 AS v FROM exposure_index WHERE index_name = ${NAME}`;
      const key = `${row?.n}@${row?.v}`;
      seen.set(key, (seen.get(key) ?? 0) + 1);
      await new Promise((r) => setTimeout(r, 5));
    }
    expect((await load).status).toBe('succeeded');
    const [after] = await db.prisma.$queryRaw<{ n: number; v: number }[]>`
      SELECT count(*)::int AS n, avg(value)::float8 AS v FROM exposure_index WHERE index_name = ${NAME}`;
    expect(`${after?.n}@${after?.v}`).toBe('30000@0.75');
    console.log(`reader on ${kind}: ${[...seen].map(([k, n]) => `${k} ×${n}`).join(', ')}`);
    for (const key of seen.keys()) expect(['1000@0.25', '30000@0.75']).toContain(key);
    expect(seen.get('1000@0.25') ?? 0).toBeGreaterThan(0); // the reader really ran during the import
  });
});
