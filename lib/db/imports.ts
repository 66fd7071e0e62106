import type { BatchKind, EncodedBatch, RowError, TableTarget } from './table-types';
import { clearScopeSql, columnsOf, insertSql, updateSql } from './bulk';
import type { Db } from './client';
import { inPgTransaction } from './pg-import';
import { endLiveRun, expireDeadRuns, startLiveRun } from './run-liveness';
import { IMPORT_TX_TIMEOUT_MS } from './timeouts';

/** Writes one file's batches to its target; `end` returns the rows inserted or updated. */
export interface BatchWriter {
  write(batch: EncodedBatch): Promise<void>;
  end(): Promise<number>;
}

/** The statements an import may run inside its source's transaction. */
export interface ImportTx {
  /** Replaces scope: deletes it (insert mode) or resets the updated columns (update mode). */
  clearScope(target: TableTarget, scope: Readonly<Record<string, string | number>>): Promise<number>;
  /** How the writer for `target` wants its batches (encode them so, and it does no conversion). */
  batchKind(target: TableTarget): BatchKind;
  /** A writer for encoded batches. */
  writer(target: TableTarget): BatchWriter;
}

const LOCK_SQL = `SELECT 1 AS locked FROM pg_advisory_xact_lock(hashtext('taskshift:ingest:' || $1))`;

/**
 * Runs `fn` in one transaction holding the source's advisory lock, so two imports of one source
 * never interleave and a file lands whole or not at all. On Postgres it uses one pooled
 * connection and a streaming COPY per file; on PGlite (one connection) a Prisma interactive
 * transaction with unnest() arrays, which the adapter runs exclusively.
 */
export async function inSourceTransaction<T>(db: Db, source: string, fn: (tx: ImportTx) => Promise<T>): Promise<T> {
  if (db.pool) return inPgTransaction(db.pool, LOCK_SQL, source, fn);
  return db.prisma.$transaction(
    async (prismaTx) => {
      await prismaTx.$queryRawUnsafe(LOCK_SQL, source);
      return fn({
        clearScope: (target, scope) => {
          const { sql, params } = clearScopeSql(target, scope);
          return prismaTx.$executeRawUnsafe(sql, ...params);
        },
        batchKind: () => 'columns',
        writer: (target) => {
          const sql = target.mode === 'update' ? updateSql(target) : insertSql(target);
          let rows = 0;
          return {
            write: async (batch) => {
              rows += await prismaTx.$executeRawUnsafe(sql, ...columnsOf(batch));
            },
            end: async () => rows,
          };
        },
      });
    },
    { timeout: IMPORT_TX_TIMEOUT_MS, maxWait: IMPORT_TX_TIMEOUT_MS },
  );
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

/**
 * One bookkeeping statement of a file's import: on Postgres straight through the pool, since Prisma's own work per
 * call (two calls per file, 45 files) showed in ingest profiles; on PGlite through Prisma, its one connection.
 */
async function bookkeeping<R>(db: Db, sql: string, params: unknown[]): Promise<R[]> {
  if (db.pool) return (await db.pool.query(sql, params)).rows as R[];
  return db.prisma.$queryRawUnsafe<R[]>(sql, ...params);
}

/** Checksum of the last successful import of a file, if any. */
export async function lastSucceededChecksum(db: Db, source: string, file: string): Promise<string | undefined> {
  const rows = await bookkeeping<{ checksum: string }>(
    db,
    `SELECT checksum FROM import_run WHERE source = $1 AND file = $2 AND status = 'succeeded' ORDER BY id DESC LIMIT 1`,
    [source, file],
  );
  return rows[0]?.checksum;
}

/** Records an import as started (outside the data transaction, so failures are recorded too), marked live. */
export function startImportRun(db: Db, source: string, file: string, checksum: string): Promise<number> {
  return startLiveRun(db, { source, file, checksum });
}

/**
 * Marks runs left 'running' by a killed process as failed, at once, and never a run whose process is
 * still alive, however long it has run (lib/db/run-liveness.ts).
 * @returns the number of runs marked
 */
export function expireInterruptedImportRuns(db: Db, now = new Date()): Promise<number> {
  return expireDeadRuns(db, now);
}

/** Text safe for Postgres text/jsonb (no NUL) and of bounded length. */
function safeText(text: string, max = 500): string {
  const clean = text.replaceAll('\u0000', '\\0');
  return clean.length > max ? `${clean.slice(0, max)}…` : clean;
}

/** Records an import's outcome, keeping at most the first 50 errors. */
export async function finishImportRun(db: Db, id: number, result: ImportRunResult): Promise<void> {
  const errors = result.errors.slice(0, 50).map((e) => ({
    file: safeText(e.file),
    line: e.line,
    ...(e.column === undefined ? {} : { column: safeText(e.column, 200) }),
    reason: safeText(e.reason),
  }));
  try {
    const message = result.message === undefined ? null : safeText(result.message, 2000);
    await bookkeeping(
      db,
      `UPDATE import_run SET status = $1, rows_read = $2, rows_loaded = $3, rows_rejected = $4, errors = $5::jsonb,
         message = $6, finished_at = $7, duration_ms = $8
       WHERE id = $9`,
      [
        result.status,
        result.rowsRead,
        result.rowsLoaded,
        result.rowsRejected,
        JSON.stringify(errors),
        message,
        new Date(),
        Math.round(result.durationMs),
        id,
      ],
    );
  } finally {
    await endLiveRun(db, id); // also when the update failed: the run is then dead, not live
  }
}

/** Counts of rows per table, for summaries and tests. */
export async function countRows(db: Db, table: string): Promise<number> {
  if (!/^[a-z_][a-z0-9_]*$/.test(table)) throw new Error(`Unsafe table name: ${table}`);
  const rows = await db.prisma.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${table}`);
  return rows[0]?.n ?? 0;
}
