import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { RowError, TableTarget } from '../ingest/types';
import { clearScopeSql, copySql, copyText, insertSql, updateSql } from './bulk';
import type { Db } from './client';

/** Generous bound for one file's transaction: the largest file loads in seconds. */
const TX_TIMEOUT_MS = 10 * 60_000;

/** The statements an import may run inside its source's transaction. */
export interface ImportTx {
  /** Replaces scope: deletes it (insert mode) or resets the updated columns (update mode). */
  clearScope(target: TableTarget, scope: Readonly<Record<string, string | number>>): Promise<number>;
  /** Writes one column-major batch of encoded values; returns the rows inserted or updated. */
  writeBatch(target: TableTarget, columns: (string | null)[][]): Promise<number>;
}

const LOCK_SQL = `SELECT 1 AS locked FROM pg_advisory_xact_lock(hashtext('taskshift:ingest:' || $1))`;

/**
 * Runs `fn` in one transaction holding the source's advisory lock, so two imports of one source
 * never interleave and a file lands whole or not at all. On Postgres it uses one pooled
 * connection and COPY for inserts; on PGlite (one connection) a Prisma interactive transaction
 * with unnest() arrays, which the adapter runs exclusively.
 */
export async function inSourceTransaction<T>(db: Db, source: string, fn: (tx: ImportTx) => Promise<T>): Promise<T> {
  if (db.pool) return inPgTransaction(db.pool, source, fn);
  return db.prisma.$transaction(
    async (prismaTx) => {
      await prismaTx.$queryRawUnsafe(LOCK_SQL, source);
      return fn({
        clearScope: (target, scope) => {
          const { sql, params } = clearScopeSql(target, scope);
          return prismaTx.$executeRawUnsafe(sql, ...params);
        },
        writeBatch: (target, columns) =>
          prismaTx.$executeRawUnsafe(target.mode === 'update' ? updateSql(target) : insertSql(target), ...columns),
      });
    },
    { timeout: TX_TIMEOUT_MS, maxWait: TX_TIMEOUT_MS },
  );
}

async function inPgTransaction<T>(pool: pg.Pool, source: string, fn: (tx: ImportTx) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(LOCK_SQL, [source]);
    const result = await fn({
      clearScope: async (target, scope) => {
        const { sql, params } = clearScopeSql(target, scope);
        return (await client.query(sql, params)).rowCount ?? 0;
      },
      writeBatch: async (target, columns) => {
        if (target.mode === 'update') return (await client.query(updateSql(target), columns)).rowCount ?? 0;
        await pipeline(Readable.from([copyText(columns)]), client.query(copyFrom(copySql(target))));
        return columns[0]?.length ?? 0;
      },
    });
    await client.query('COMMIT');
    return result;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}

export type ImportStatus = 'running' | 'succeeded' | 'failed' | 'unchanged';

export interface ImportRunResult {
  status: ImportStatus;
  rowsRead: number;
  rowsLoaded: number;
  rowsRejected: number;
  errors: RowError[];
  message?: string;
  durationMs: number;
}

/** Checksum of the last successful import of a file, if any. */
export async function lastSucceededChecksum(db: Db, source: string, file: string): Promise<string | undefined> {
  const run = await db.prisma.importRun.findFirst({
    where: { source, file, status: 'succeeded' },
    orderBy: { id: 'desc' },
    select: { checksum: true },
  });
  return run?.checksum;
}

/** Records an import as started (outside the data transaction, so failures are recorded too). */
export async function startImportRun(db: Db, source: string, file: string, checksum: string): Promise<number> {
  const run = await db.prisma.importRun.create({ data: { source, file, checksum, status: 'running' } });
  return run.id;
}

/** Records an import's outcome, keeping at most the first 50 errors. */
export async function finishImportRun(db: Db, id: number, result: ImportRunResult): Promise<void> {
  await db.prisma.importRun.update({
    where: { id },
    data: {
      status: result.status,
      rowsRead: result.rowsRead,
      rowsLoaded: result.rowsLoaded,
      rowsRejected: result.rowsRejected,
      errors: result.errors.slice(0, 50).map((e) => ({ ...e })),
      message: result.message ?? null,
      finishedAt: new Date(),
      durationMs: Math.round(result.durationMs),
    },
  });
}

/** Counts of rows per table, for summaries and tests. */
export async function countRows(db: Db, table: string): Promise<number> {
  if (!/^[a-z_][a-z0-9_]*$/.test(table)) throw new Error(`Unsafe table name: ${table}`);
  const rows = await db.prisma.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${table}`);
  return rows[0]?.n ?? 0;
}
