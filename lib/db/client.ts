import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { env } from '../env';
import { PrismaClient } from './generated/client';

export type DbKind = 'postgres' | 'pglite';

/** A database connection: the Prisma client plus the native driver for scripts and COPY. */
export interface Db {
  prisma: PrismaClient;
  kind: DbKind;
  /** Runs a multi-statement SQL script (migrations); not for user input. */
  execScript(sql: string): Promise<void>;
  /** The pg pool when on Postgres (COPY, advisory locks held across statements). */
  pool?: pg.Pool;
  close(): Promise<void>;
}

export interface DbOptions {
  /** Postgres connection string; when absent, PGlite is used. */
  url?: string;
  /** PGlite data directory; 'memory' for an in-memory database. */
  pgliteDir?: string;
}

/** Opens a database: Postgres through @prisma/adapter-pg when a URL is given, PGlite otherwise. */
export function createDb(options: DbOptions): Db {
  if (options.url) {
    const pool = new pg.Pool({ connectionString: options.url, max: 10 });
    const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
    return {
      prisma,
      kind: 'postgres',
      pool,
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

/** The app's one database, cached on globalThis so hot reloads reuse it. */
export function getDb(): Db {
  globalForDb.taskshiftDb ??= createDb({ url: env.DATABASE_URL });
  return globalForDb.taskshiftDb;
}
