import type { BatchKind, EncodedBatch } from '../db/table-types';
import { checkedRows, type CheckTally } from './check-rows';
import { rowEncoder } from './encode-rows';
import type { ReadProgress } from './parse';
import type { AnyFileSpec } from './types';

/** One step of a file's load: a batch to write (absent once a reject means nothing will be written) and progress. */
export interface FileFlush {
  batch?: EncodedBatch;
  rowsRead: number;
  bytes: number;
}

/** How a file's batches are made; plain data, so it can be sent to a parse worker. */
export interface BatchOptions {
  kind: BatchKind;
  batchRows: number;
  /** Keep writing valid rows after a reject (they are reported, not loaded). */
  skipInvalid?: boolean;
  /** Errors kept in the tally. */
  maxErrors: number;
}

/**
 * The loader's producer: the rows of the one validate/dedupe loop (checkedRows), encoded for the
 * writer in batches of `batchRows`. Once a row is rejected (without skipInvalid) the file will
 * fail, so it stops encoding and yields progress only, while reading on to count every reject.
 * Runs on the loading thread or, unchanged, in a parse worker (parse-worker.ts).
 */
export async function* fileBatches(
  absPath: string,
  spec: AnyFileSpec,
  tally: CheckTally,
  options: BatchOptions,
): AsyncGenerator<FileFlush> {
  const progress: ReadProgress = { bytes: 0 };
  const encoder = rowEncoder(spec, options.kind);
  const writing = () => options.skipInvalid || (tally.rowsRejected === 0 && tally.fileErrors === 0);
  const flush = (): FileFlush => {
    const batch = encoder.take();
    return { ...(batch.rows > 0 && writing() ? { batch } : {}), rowsRead: tally.rowsRead, bytes: progress.bytes };
  };
  for await (const rows of checkedRows(absPath, spec, tally, { progress, maxErrors: options.maxErrors })) {
    if (!writing()) {
      yield flush();
      continue;
    }
    for (const row of rows) {
      encoder.push(row);
      if (encoder.pending >= options.batchRows) yield flush();
    }
  }
  yield flush();
}
