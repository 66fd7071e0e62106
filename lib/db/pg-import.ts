import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { TableTarget } from './table-types';
import { clearScopeSql, columnsOf, copySql, copyText, updateSql } from './bulk';
import type { BatchWriter, ImportTx } from './imports';
import { IMPORT_TX_TIMEOUT_MS, timeoutsFor } from './timeouts';

type CopyStream = ReturnType<typeof copyFrom>;

/**
 * One COPY … FROM STDIN kept open for a whole file: batches are written as they are validated,
 * so Postgres stores one batch while the next is parsed; the socket's backpressure paces us.
 */
function copyWriter(client: pg.PoolClient, target: TableTarget, open: Set<CopyStream>): BatchWriter {
  let copy: CopyStream | undefined;
  let failure: Error | undefined;
  const start = () => {
    // pg reads a submittable's own query_timeout: the COPY may take as long as its transaction.
    const stream = client.query(Object.assign(copyFrom(copySql(target)), { query_timeout: IMPORT_TX_TIMEOUT_MS }));
    stream.on('error', (err: Error) => (failure = err));
    open.add(stream);
    return stream;
  };
  return {
    async write(batch) {
      copy ??= start();
      if (failure) throw failure;
      if (!copy.write('copy' in batch ? batch.copy : copyText(batch.columns))) await once(copy, 'drain');
    },
    async end() {
      if (!copy) return 0;
      copy.end();
      await finished(copy);
      open.delete(copy);
      return copy.rowCount;
    },
  };
}

/** Ends any COPY still open (sending CopyFail) so the connection can roll back. */
async function abortCopies(open: Set<CopyStream>): Promise<void> {
  for (const copy of open) {
    if (copy.writableFinished || copy.destroyed) continue;
    const closed = once(copy, 'close').catch(() => undefined);
    copy.destroy(new Error('import aborted'));
    await closed;
  }
  open.clear();
}

/**
 * Postgres import transaction on one pooled connection: BEGIN, the batch statement timeout (the web's
 * short one would kill an upload's COPY), the source's advisory lock, `fn`, COMMIT; any error aborts
 * open COPYs and rolls back. Each statement may wait as long as the transaction may run.
 */
export async function inPgTransaction<T>(
  pool: pg.Pool,
  lockSql: string,
  source: string,
  fn: (tx: ImportTx) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  const open = new Set<CopyStream>();
  const query = (text: string, values?: unknown[]): Promise<pg.QueryResult> => {
    const config: pg.QueryConfig & { query_timeout: number } = { text, values, query_timeout: IMPORT_TX_TIMEOUT_MS };
    return client.query(config);
  };
  try {
    await query('BEGIN');
    await query(`SELECT set_config('statement_timeout', $1, true)`, [String(timeoutsFor('batch').statementMs)]);
    await query(lockSql, [source]);
    const result = await fn({
      clearScope: async (target, scope) => {
        const { sql, params } = clearScopeSql(target, scope);
        return (await query(sql, params)).rowCount ?? 0;
      },
      batchKind: (target) => (target.mode === 'update' ? 'columns' : 'copy'),
      writer: (target) => {
        if (target.mode !== 'update') return copyWriter(client, target, open);
        let rows = 0;
        return {
          write: async (batch) => {
            rows += (await query(updateSql(target), columnsOf(batch))).rowCount ?? 0;
          },
          end: async () => rows,
        };
      },
    });
    await query('COMMIT');
    return result;
  } catch (err) {
    await abortCopies(open);
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}
