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
  /**
   * Postgres: one connection outside the pool, opened on first use, for session-level advisory locks
   * that say "this process is alive" (see run-liveness.ts); they vanish when the process dies.
   */
  lockSession?: () => Promise<LockSession>;
  /** The limits this connection applies (Postgres); import transactions lift them for their own statements. */
  timeouts: DbTimeouts;
  close(): Promise<void>;
}

/** The lock connection's statements, run one at a time (pg 9 drops its own queue for concurrent queries). */
export interface LockSession {
  query<R extends pg.QueryResultRow>(text: string, values: unknown[]): Promise<pg.QueryResult<R>>;
}

/** Wraps a client so concurrent callers (parallel ingest lanes) queue their statements instead of overlapping. */
function serialSession(client: pg.Client): LockSession & { end(): Promise<void> } {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    query<R extends pg.QueryResultRow>(text: string, values: unknown[]) {
      const run = tail.then(() => client.query<R>(text, values));
      tail = run.catch(() => undefined);
      return run;
    },
    end: () => client.end(),
  };
}

export interface DbOptions {
  /** Postgres connection string; when absent, PGlite is used. */
  url?: string;
  /** PGlite data directory; 'memory' for an in-memory database. */
  pgliteDir?: string;
  /** Connect, statement and query timeouts; the 'batch' profile's when absent (scripts, tests). */
  timeouts?: DbTimeouts;
  /** PGlite's shared_buffers in MB; Postgres's default (128) when absent. */
  pgliteSharedBuffersMb?: number;
}

/** Opens a database: Postgres through @prisma/adapter-pg when a URL is given, PGlite otherwise. */
export function createDb(options: DbOptions): Db {
  const timeouts = options.timeouts ?? timeoutsFor('batch');
  if (options.url) {
    const pool = new pg.Pool({ connectionString: options.url, max: 10, ...poolTimeoutOptions(timeouts) });
    // An idle client dropped by the server (restart, terminated backend) is an event, not a crash: the pool
    // discards it and the next query reconnects; without a listener pg-pool's 'error' would kill the process.
    pool.on('error', (err) => console.warn(`Database connection dropped while idle: ${err.message}`));
    const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
    let session: Promise<ReturnType<typeof serialSession>> | undefined;
    const lockSession = () =>
      (session ??= (async () => {
        const client = new pg.Client({ connectionString: options.url, ...poolTimeoutOptions(timeouts) });
        client.on('error', () => (session = undefined)); // its locks went with it; the next call reconnects
        await client.connect();
        return serialSession(client);
      })().catch((err: unknown) => {
        session = undefined;
        throw err;
      }));
    return {
      prisma,
      kind: 'postgres',
      pool,
      lockSession,
      timeouts,
      execScript: async (sql) => {
        await pool.query(sql);
      },
      close: async () => {
        const held = await session?.catch(() => undefined);
        session = undefined;
        await held?.end().catch(() => undefined);
        await prisma.$disconnect();
        await pool.end();
      },
    };
  }
  const dir = options.pgliteDir ?? env.PGLITE_DIR;
  if (dir !== 'memory') mkdirSync(dir, { recursive: true });
  const startParams = options.pgliteSharedBuffersMb
    ? [...PGlite.defaultStartParams, '-c', `shared_buffers=${options.pgliteSharedBuffersMb}MB`]
    : undefined;
  const lite = new PGlite({ dataDir: dir === 'memory' ? undefined : dir, startParams });
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
  globalForDb.taskshiftDb ??= createDb({
    url: env.DATABASE_URL,
    timeouts: timeoutsFor(profile),
    pgliteSharedBuffersMb: profile === 'serving' ? env.PGLITE_SERVING_SHARED_BUFFERS_MB : undefined,
  });
  return globalForDb.taskshiftDb;
}
