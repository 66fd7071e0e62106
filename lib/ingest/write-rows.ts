import { BATCH_ROWS } from '../db/bulk';
import type { BatchKind } from '../db/table-types';
import type { ImportTx } from '../db/imports';
import { emptyTally, type CheckTally } from './check-rows';
import { fileBatches, type BatchOptions, type FileFlush } from './file-batches';
import type { AnyFileSpec, RowError } from './types';

/** Most errors kept per file (in memory and in import_run.errors). */
export const MAX_ERRORS = 50;

/** Running counts of one file's import. */
export interface Tally {
  rowsRead: number;
  rowsLoaded: number;
  rowsRejected: number;
  errors: RowError[];
}

export interface WriteOptions {
  skipInvalid?: boolean;
  batchRows?: number;
  onProgress?: (progress: { rows: number; bytes: number }) => void;
}

/**
 * Where a file's batches come from: given the batch kind its writer takes and a tally to fill by
 * the time the flushes end. Inline (fileBatches on this thread) or a parse worker (parse-pool.ts).
 */
export type BatchSource = (options: BatchOptions, tally: CheckTally) => AsyncIterable<FileFlush>;

/** Thrown inside the transaction to roll it back when a file is invalid. */
export class InvalidFile extends Error {}

/** The loader's default batch source: the one validate/dedupe loop on this thread. */
export const inlineBatches =
  (absPath: string, spec: AnyFileSpec): BatchSource =>
  (options, tally) =>
    fileBatches(absPath, spec, tally, options);

/**
 * Writes a file's checked batches inside an open import transaction, after clearing the spec's
 * scope. Batches stop at the first invalid row (unless skipInvalid) while reading goes on to count
 * rejects; an invalid file throws InvalidFile at the end so the transaction rolls back.
 */
export async function writeRows(
  tx: ImportTx,
  spec: AnyFileSpec,
  source: BatchSource,
  options: WriteOptions,
  tally: Tally,
) {
  const kind: BatchKind = tx.batchKind(spec.target);
  const checked = emptyTally();
  const writer = tx.writer(spec.target);
  const batchOptions = {
    kind,
    batchRows: options.batchRows ?? BATCH_ROWS,
    skipInvalid: options.skipInvalid,
    maxErrors: MAX_ERRORS,
  };
  const batches = source(batchOptions, checked)[Symbol.asyncIterator]();
  // Asked for before the scope is cleared, so parsing (a worker's job) starts during that round trip.
  const first = batches.next();
  first.catch(() => undefined); // awaited below; this only keeps an early failure from going unhandled
  try {
    await tx.clearScope(spec.target, spec.scope);
    for (let step = await first; !step.done; step = await batches.next()) {
      if (step.value.batch) await writer.write(step.value.batch);
      options.onProgress?.({ rows: step.value.rowsRead, bytes: step.value.bytes });
    }
    tally.rowsLoaded = await writer.end();
  } catch (err) {
    await batches.return?.(undefined).catch(() => undefined); // stops the parse (cancels a worker's job)
    throw err;
  } finally {
    // Counted also when the load aborts, so import_run records how far it got.
    tally.rowsRead = checked.rowsRead;
    tally.rowsRejected = checked.rowsRejected;
    tally.errors.push(...checked.errors);
  }
  const shown = tally.errors[0];
  const where = shown ? ` line ${shown.line}${shown.column ? `, column "${shown.column}"` : ''}: ${shown.reason}` : '';
  if (checked.fileErrors > 0) throw new InvalidFile(`${spec.file}:${where}`);
  if (tally.rowsRead === 0) {
    // Named in the errors too, so the CLI's error details and the upload report show a reason.
    tally.errors.push({ file: spec.file, line: 1, reason: 'no data rows: the file has a header but no records' });
    throw new InvalidFile(`${spec.file}: no data rows`);
  }
  if (tally.rowsRejected > 0 && !options.skipInvalid) {
    throw new InvalidFile(`${spec.file}: ${tally.rowsRejected} invalid rows; first at${where}`);
  }
}
