import { checkedRows, emptyTally } from './check-rows';
import { fileBatches } from './file-batches';
import type { AnyFileSpec, RowError } from './types';

/**
 * Reads a whole file through the one validate/dedupe loop (checkedRows), as the loader does but
 * without a database (for tests and dry runs; holds all rows in memory).
 */
export async function readFileRows<Row>(
  spec: AnyFileSpec,
  absPath: string,
): Promise<{ rows: Row[]; errors: RowError[] }> {
  const rows: Row[] = [];
  const tally = emptyTally();
  for await (const batch of checkedRows<Row>(absPath, spec, tally)) for (const row of batch) rows.push(row);
  return { rows, errors: tally.errors };
}

/**
 * Runs a file through exactly the loader's producer (parse, validate, dedupe, encode as COPY text)
 * and discards the batches: the CPU side of an ingest, for the benchmark.
 * @returns rows read and rows rejected
 */
export async function dryRunFile(spec: AnyFileSpec, absPath: string): Promise<{ rows: number; rejected: number }> {
  const tally = emptyTally();
  for await (const _ of fileBatches(absPath, spec, tally, {
    kind: 'copy',
    batchRows: 5_000,
    skipInvalid: true,
    maxErrors: 50,
  }));
  return { rows: tally.rowsRead, rejected: tally.rowsRejected };
}
