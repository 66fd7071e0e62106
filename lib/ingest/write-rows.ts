import { BATCH_ROWS, encodeValue } from '../db/bulk';
import type { ImportTx } from '../db/imports';
import { readRecordBatches, type ReadProgress } from './parse';
import type { AnyFileSpec, RowError } from './types';
import { DuplicateKeys, validateRecord } from './validate';

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

/** Thrown inside the transaction to roll it back when a file is invalid. */
export class InvalidFile extends Error {}

/**
 * Parses, validates and writes a file's rows inside an open import transaction, after clearing
 * the spec's scope. Stops writing at the first invalid row (unless skipInvalid) but reads on to
 * count rejects; throws InvalidFile at the end so the transaction rolls back.
 */
export async function writeRows(tx: ImportTx, absPath: string, spec: AnyFileSpec, options: WriteOptions, tally: Tally) {
  const types = spec.target.columns.map((c) => c.type);
  const batchRows = options.batchRows ?? BATCH_ROWS;
  const progress: ReadProgress = { bytes: 0 };
  const keys = new DuplicateKeys();
  let fileErrors = 0;
  let columns: (string | null)[][] = types.map(() => []);
  let pending = 0;
  const keep = (errors: RowError[]) => {
    for (const e of errors) if (tally.errors.length < MAX_ERRORS) tally.errors.push(e);
  };
  const writer = tx.writer(spec.target);
  const flush = async () => {
    if (pending > 0 && (options.skipInvalid || tally.rowsRejected === 0)) await writer.write(columns);
    columns = types.map(() => []);
    pending = 0;
    options.onProgress?.({ rows: tally.rowsRead, bytes: progress.bytes });
  };
  await tx.clearScope(spec.target, spec.scope);
  for await (const batch of readRecordBatches(absPath, spec, progress)) {
    for (const event of batch) {
      if (event.kind === 'file-error') {
        fileErrors++;
        keep([event.error]);
        continue;
      }
      tally.rowsRead++;
      if (event.kind === 'bad-record') {
        tally.rowsRejected++;
        keep([event.error]);
        continue;
      }
      const checked = validateRecord(spec, event.record, event.line);
      const duplicate = checked.ok ? keys.check(spec.key(checked.row), event.line, spec.file) : undefined;
      if (!checked.ok || duplicate) {
        tally.rowsRejected++;
        keep(checked.ok ? [duplicate as RowError] : checked.errors);
        continue;
      }
      const values = spec.toValues(checked.row);
      for (let i = 0; i < types.length; i++) columns[i]?.push(encodeValue(types[i] ?? 'text', values[i]));
      if (++pending >= batchRows) await flush();
    }
  }
  await flush();
  tally.rowsLoaded = await writer.end();
  const first = tally.errors[0];
  const where = first ? ` line ${first.line}${first.column ? `, column "${first.column}"` : ''}: ${first.reason}` : '';
  if (fileErrors > 0) throw new InvalidFile(`${spec.file}:${where}`);
  if (tally.rowsRead === 0) {
    // Named in the errors too, so the CLI's error details and the upload report show a reason.
    keep([{ file: spec.file, line: 1, reason: 'no data rows: the file has a header but no records' }]);
    throw new InvalidFile(`${spec.file}: no data rows`);
  }
  if (tally.rowsRejected > 0 && !options.skipInvalid) {
    throw new InvalidFile(`${spec.file}: ${tally.rowsRejected} invalid rows; first at${where}`);
  }
}
