import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createDb, type Db } from '../../lib/db/client';
import { env } from '../../lib/env';
import { migrate } from '../../lib/db/migrate';

/** The database kinds a database test runs on: PGlite always, Postgres where DATABASE_URL is set. */
export const dbKinds: ('pglite' | 'postgres')[] = env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

/**
 * Opens a fresh, migrated database of the given kind: an in-memory PGlite, or a new
 * throwaway database on the Postgres server of DATABASE_URL (dropped by `close`).
 */
export async function freshDb(kind: 'pglite' | 'postgres'): Promise<Db> {
  if (kind === 'pglite') {
    const db = createDb({ pgliteDir: 'memory' });
    await migrate(db);
    return db;
  }
  const base = env.DATABASE_URL;
  if (!base) throw new Error('DATABASE_URL is not set');
  const name = `taskshift_test_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  const db = createDb({ url: url.toString() });
  await migrate(db);
  const close = db.close;
  db.close = async () => {
    await close();
    const a = new pg.Client({ connectionString: base });
    await a.connect();
    await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await a.end();
  };
  return db;
}
