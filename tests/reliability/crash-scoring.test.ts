import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db/client';
import { checkHealth } from '@/lib/db/health';
import { currentModelVersion } from '@/lib/db/scores';
import { env } from '@/lib/env';
import { freshDb } from '../helpers/db';
import { exited, waitFor } from './crash/harness';

const urlOf = (db: Db) => (db.pool as unknown as { options: { connectionString: string } }).options.connectionString;

function scoreChild(db: Db, version: string, tasks: number, exposure: number) {
  const script = path.join('tests', 'reliability', 'crash', 'score-child.ts');
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', script, urlOf(db), version, String(tasks), String(exposure)],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  return Object.assign(child, { output: () => out });
}

async function scoreState(db: Db, version: string) {
  const [row] = await db.prisma.$queryRaw<{ status: string | null; tasks: number; md5: string | null }[]>`
    SELECT (SELECT status FROM model_version WHERE version = ${version}) AS status,
           (SELECT count(*)::int FROM task_score WHERE model_version = ${version}) AS tasks,
           (SELECT md5(string_agg(code || task_id || exposure, ',' ORDER BY task_id)) FROM task_score WHERE model_version = ${version}) AS md5`;
  return row;
}

/** Kills a scoring child once its score INSERTs are running inside the transaction. */
async function killMidWrite(db: Db, child: ReturnType<typeof scoreChild>) {
  await waitFor('task_score inserts in the scoring transaction', async () => {
    if (child.exitCode !== null) throw new Error(`scoring ended before the kill:\n${child.output()}`);
    const rows = await db.prisma.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()
        AND xact_start IS NOT NULL AND query ILIKE '%INSERT INTO task_score%'`;
    return (rows[0]?.n ?? 0) > 0;
  });
  child.kill('SIGKILL');
  expect(await exited(child)).toBe('SIGKILL');
  await waitFor(
    'the killed backend to go away',
    async () => {
      const rows = await db.prisma.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND query ILIKE '%task_score%'`;
      return rows[0]?.n === 0;
    },
    30_000,
  );
}

if (!env.DATABASE_URL && env.CI) throw new Error('CI needs DATABASE_URL for the crash tests');

describe.skipIf(!env.DATABASE_URL || !!env.MODEL_VERSION)(
  'SIGKILL while scoring (Postgres; skipped without DATABASE_URL or with MODEL_VERSION pinned)',
  () => {
    let db: Db;
    beforeAll(async () => {
      db = await freshDb('postgres');
    });
    afterAll(async () => {
      await db?.close();
    });

    it('a half-written new version is never current; a killed re-score keeps the old scores', async () => {
      const first = scoreChild(db, 'v1', 2_000, 0.3);
      expect(await exited(first), first.output()).toBe(0);
      const v1 = await scoreState(db, 'v1');
      expect(v1).toMatchObject({ status: 'ready', tasks: 2_000 });

      await killMidWrite(db, scoreChild(db, 'v2', 400_000, 0.9));
      expect(await scoreState(db, 'v2')).toMatchObject({ status: 'scoring', tasks: 0 });
      expect(await currentModelVersion(db)).toBe('v1');
      expect((await checkHealth(db)).modelVersion).toBe('v1');

      await killMidWrite(db, scoreChild(db, 'v1', 400_000, 0.9)); // re-scoring the live version
      expect(await scoreState(db, 'v1')).toEqual(v1);
      expect(await currentModelVersion(db)).toBe('v1');
      console.log(
        'scoring crash test: new version killed mid-write stays "scoring" with 0 rows; live v1 kept its 2,000 scores',
      );
    });
  },
);
