import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { env } from '../env';
import { PrismaClient } from './generated/client';
import { type DbProfile, type DbTimeouts, poolTimeoutOptions, timeoutsFor } from './timeouts';

export type DbKind = 'postgres' | 'pglite';

/** A database connection: the Prisma client plus the native driver for scripts and COPY. */
export interface Db {
  prisma: PrismaClient;
  kind: DbKind;
  /** Runs a multi-statement SQL script (migrations); not for user input. */
  execScript(sql: string): Promise<void>;
  /** The pg pool when on Postgres (COPY, advisory locks held across statements). */
  pool?: pg.Pool;
  /** The limits this connection applies (Postgres); import transactions lift them for their own statements. */
  timeouts: DbTimeouts;
  close(): Promise<void>;
}

export interface DbOptions {
  /** Postgres connection string; when absent, PGlite is used. */
  url?: string;
  /** PGlite data directory; 'memory' for an in-memory database. */
  pgliteDir?: string;
  /** Connect, statement and query timeouts; the 'batch' profile's when absent (scripts, tests). */
  timeouts?: DbTimeouts;
}

/** Opens a database: Postgres through @prisma/adapter-pg when a URL is given, PGlite otherwise. */
export function createDb(options: DbOptions): Db {
  const timeouts = options.timeouts ?? timeoutsFor('batch');
  if (options.url) {
    const pool = new pg.Pool({ connectionString: options.url, max: 10, ...poolTimeoutOptions(timeouts) });
    const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
    return {
      prisma,
      kind: 'postgres',
      pool,
      timeouts,
      execScript: async (sql) => {
        await pool.query(sql);
      },
      close: async () => {
        await prisma.$disconnect();
        await pool.end();
      },
    };
  }
  const dir = options.pgliteDir ?? env.PGLITE_DIR;
  if (dir !== 'memory') mkdirSync(dir, { recursive: true });
  const lite = dir === 'memory' ? new PGlite() : new PGlite(dir);
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(lite) });
  return {
    prisma,
    kind: 'pglite',
    timeouts,
    execScript: async (sql) => {
      await lite.exec(sql);
    },
    close: async () => {
      await prisma.$disconnect();
      await lite.close();
    },
  };
}

const globalForDb = globalThis as unknown as { taskshiftDb?: Db };

/**
 * The process's one database, cached on globalThis so hot reloads reuse it. The web's serving path
 * calls it bare ('serving': short timeouts); CLI scripts call getDb('batch') first, and the first call's profile stays.
 */
export function getDb(profile: DbProfile = 'serving'): Db {
  globalForDb.taskshiftDb ??= createDb({ url: env.DATABASE_URL, timeouts: timeoutsFor(profile) });
  return globalForDb.taskshiftDb;
}
