import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createDb, type Db } from './client';

/**
 * A throwaway database on the same Postgres server as `baseUrl` (for benchmarks): created empty,
 * dropped by `drop()`. Needs the CREATEDB privilege.
 */
export async function createScratchDb(
  baseUrl: string,
  prefix = 'taskshift_scratch',
): Promise<{ db: Db; drop: () => Promise<void> }> {
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  const db = createDb({ url: url.toString() });
  const drop = async () => {
    await db.close();
    const a = new pg.Client({ connectionString: baseUrl });
    await a.connect();
    await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await a.end();
  };
  return { db, drop };
}
