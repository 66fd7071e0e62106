import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db/client';
import { env } from '@/lib/env';
import { freshDb } from '../helpers/db';
import { exited, indexState, spawnIngest, waitFor, writeIndexFile } from './crash/harness';

const ROWS = 150_000;
const NAME = 'crash_index';
const urlOf = (db: Db) => (db.pool as unknown as { options: { connectionString: string } }).options.connectionString;

if (!env.DATABASE_URL && env.CI) throw new Error('CI needs DATABASE_URL for the crash tests');

describe.skipIf(!env.DATABASE_URL)(
  'SIGKILL in the middle of an import (Postgres; skipped without DATABASE_URL)',
  () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'taskshift-crash-'));
    let db: Db;
    let clean: Db;
    beforeAll(async () => {
      db = await freshDb('postgres');
      clean = await freshDb('postgres');
    });
    afterAll(async () => {
      await db?.close();
      await clean?.close();
      rmSync(dir, { recursive: true, force: true });
    });

    it('keeps the previous data intact, and a re-run gives the same rows as a clean run', async () => {
      // Previous data: a small version of the index, loaded by the real CLI.
      await writeIndexFile(dir, NAME, 1_000, 0.25);
      expect(await exited(spawnIngest(dir, { url: urlOf(db) }))).toBe(0);
      const previous = await indexState(db, NAME);
      expect(previous.rows).toBe(1_000);

      // A large new version; kill the CLI once COPY batches are being written inside its transaction.
      await writeIndexFile(dir, NAME, ROWS, 0.75);
      const child = spawnIngest(dir, { url: urlOf(db) });
      await waitFor('COPY batches in the import transaction', async () => {
        if (child.exitCode !== null) throw new Error(`ingest ended before the kill:\n${child.output()}`);
        const rows = await db.prisma.$queryRaw<{ n: number }[]>`
        SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid()
          AND xact_start IS NOT NULL AND query ILIKE 'COPY exposure_index%'`;
        return (rows[0]?.n ?? 0) > 0;
      });
      await new Promise((r) => setTimeout(r, 300)); // a few more batches
      expect(child.exitCode).toBeNull(); // still mid-file
      child.kill('SIGKILL');
      expect(await exited(child)).toBe('SIGKILL');

      // Postgres rolls the open transaction back when the connection drops.
      await waitFor(
        'the killed backend to go away',
        async () => {
          const rows = await db.prisma.$queryRaw<{ n: number }[]>`
        SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND query ILIKE 'COPY%'`;
          return rows[0]?.n === 0;
        },
        30_000,
      );
      expect(await indexState(db, NAME)).toEqual(previous);
      const runs = await db.prisma.importRun.findMany({
        where: { file: `indices/${NAME}.csv` },
        orderBy: { id: 'asc' },
      });
      expect(runs.map((r) => r.status)).toEqual(['succeeded', 'running']); // the killed run never finished

      // A re-run completes; a clean run of the same file on an empty database gives the same rows.
      const rerun = spawnIngest(dir, { url: urlOf(db) });
      const cleanRun = spawnIngest(dir, { url: urlOf(clean) });
      const [rerunExit, cleanExit] = await Promise.all([exited(rerun), exited(cleanRun)]);
      expect(rerunExit, rerun.output()).toBe(0);
      expect(cleanExit, cleanRun.output()).toBe(0);
      // The re-run's start marked the killed run failed at once (its process, and its liveness lock, are gone).
      const history = await db.prisma.importRun.findMany({
        where: { file: `indices/${NAME}.csv` },
        orderBy: { id: 'asc' },
      });
      expect(history.map((r) => r.status)).toEqual(['succeeded', 'failed', 'succeeded']);
      expect(history[1]?.message).toMatch(/interrupted/);
      const after = await indexState(db, NAME);
      expect(after.rows).toBe(ROWS);
      expect(after).toEqual(await indexState(clean, NAME));
      console.log(
        `crash test: killed mid-file, previous ${previous.rows} rows intact; re-run and clean run both ${after.rows} rows, md5 ${after.md5}`,
      );
    });
  },
);
