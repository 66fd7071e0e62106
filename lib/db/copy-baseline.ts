import { Writable } from 'node:stream';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { ident } from './bulk';

/** Scratch schema the baseline copies into; dropped afterwards. */
const SCRATCH = 'taskshift_bench_copy';

export interface CopyBaseline {
  table: string;
  rows: number;
  /** Time of the COPY … FROM STDIN alone. */
  ms: number;
}

/** Reads a table's rows in COPY text format into memory. */
async function dumpTable(client: pg.PoolClient, table: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk);
      done();
    },
  });
  await pipeline(client.query(copyTo(`COPY ${ident(table)} TO STDOUT`)), sink);
  return Buffer.concat(chunks);
}

/**
 * The physical baseline for the ingest benchmark: the rows now in `tables` (already normalised
 * by an ingest) are dumped, then loaded with a plain COPY into empty copies of the tables
 * (same columns, keys and indexes) in a scratch schema. Only the COPY FROM is timed.
 */
export async function copyBaseline(pool: pg.Pool, tables: readonly string[]): Promise<CopyBaseline[]> {
  const client = await pool.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${SCRATCH} CASCADE`);
    await client.query(`CREATE SCHEMA ${SCRATCH}`);
    const results: CopyBaseline[] = [];
    for (const table of tables) {
      const data = await dumpTable(client, table);
      await client.query(`CREATE TABLE ${SCRATCH}.${ident(table)} (LIKE public.${ident(table)} INCLUDING ALL)`);
      const started = performance.now();
      const copy = client.query(copyFrom(`COPY ${SCRATCH}.${ident(table)} FROM STDIN`));
      await pipeline(Readable.from([data]), copy);
      results.push({ table, rows: Number(copy.rowCount), ms: performance.now() - started });
    }
    return results;
  } finally {
    await client.query(`DROP SCHEMA IF EXISTS ${SCRATCH} CASCADE`).catch(() => undefined);
    client.release();
  }
}
