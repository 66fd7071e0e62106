import { readRecordBatches, type ReadProgress } from './parse';
import type { RecordLimits } from './record-guard';
import type { AnyFileSpec, RowError } from './types';
import { DuplicateKeys, validateRecord } from './validate';

/** Running counts of one file's check: what the loader, the upload preview and the benchmark report. */
export interface CheckTally {
  /** Records read (valid or not; header and file errors excluded). */
  rowsRead: number;
  rowsRejected: number;
  /** Errors that fail the whole file (header, encoding, unclosed quote): nothing of it may load. */
  fileErrors: number;
  /** The first `maxErrors` errors, in file order. */
  errors: RowError[];
}

export interface CheckOptions {
  /** Name shown in errors; default spec.file (uploads show the original file name). */
  file?: string;
  /** Errors kept in the tally; default all. */
  maxErrors?: number;
  /** Updated with the bytes read so far, for progress bars. */
  progress?: ReadProgress;
  /** Field and record caps (benchmarks lift them). */
  limits?: RecordLimits;
}

/** A fresh, empty tally. */
export const emptyTally = (): CheckTally => ({ rowsRead: 0, rowsRejected: 0, fileErrors: 0, errors: [] });

/**
 * THE validate/dedupe loop, used by the loader (inline or in a parse worker), the upload check, the
 * dry run and the benchmark: parses a file, validates every record once with the spec's zod schema,
 * rejects duplicate natural keys, and yields the valid rows of each parsed chunk. Rejects and their
 * file/line/column errors go to `tally`, which is complete once the generator ends.
 */
export async function* checkedRows<Row>(
  absPath: string,
  spec: AnyFileSpec,
  tally: CheckTally,
  options: CheckOptions = {},
): AsyncGenerator<Row[]> {
  const file = options.file ?? spec.file;
  const maxErrors = options.maxErrors ?? Number.POSITIVE_INFINITY;
  const keys = new DuplicateKeys();
  const keep = (error: RowError) => {
    if (tally.errors.length < maxErrors) tally.errors.push(error);
  };
  for await (const batch of readRecordBatches(absPath, spec, options.progress, file, options.limits)) {
    const rows: Row[] = [];
    for (const event of batch) {
      if (event.kind === 'file-error') {
        tally.fileErrors++;
        keep(event.error);
        continue;
      }
      tally.rowsRead++;
      if (event.kind === 'bad-record') {
        tally.rowsRejected++;
        keep(event.error);
        continue;
      }
      const checked = validateRecord<Row>(spec, event.record, event.line, file);
      if (!checked.ok) {
        tally.rowsRejected++;
        for (const error of checked.errors) keep(error);
        continue;
      }
      const duplicate = keys.check(spec.key(checked.row), event.line, file);
      if (duplicate) {
        tally.rowsRejected++;
        keep(duplicate);
        continue;
      }
      rows.push(checked.row);
    }
    yield rows;
  }
}
