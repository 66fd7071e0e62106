import { readRecordBatches, readRecords } from './parse';
import type { AnyFileSpec, RowError } from './types';
import { DuplicateKeys, validateRecord } from './validate';

/**
 * Reads a whole file through the parser, a spec's validation and duplicate-key check, as the
 * loader does but without a database (for tests and dry runs; holds all rows in memory).
 */
export async function readFileRows<Row>(
  spec: AnyFileSpec,
  absPath: string,
): Promise<{ rows: Row[]; errors: RowError[] }> {
  const rows: Row[] = [];
  const errors: RowError[] = [];
  const keys = new DuplicateKeys();
  for await (const event of readRecords(absPath, spec)) {
    if (event.kind !== 'record') {
      errors.push(event.error);
      continue;
    }
    const result = validateRecord<Row>(spec, event.record, event.line);
    if (!result.ok) {
      errors.push(...result.errors);
      continue;
    }
    const duplicate = keys.check(spec.key(result.row), event.line, spec.file);
    if (duplicate) errors.push(duplicate);
    else rows.push(result.row);
  }
  return { rows, errors };
}

/**
 * Parses and validates a file without storing anything (the CPU side of an ingest, for the benchmark).
 * @returns rows read and rows rejected
 */
export async function dryRunFile(spec: AnyFileSpec, absPath: string): Promise<{ rows: number; rejected: number }> {
  const keys = new DuplicateKeys();
  let rows = 0;
  let rejected = 0;
  for await (const batch of readRecordBatches(absPath, spec)) {
    for (const event of batch) {
      if (event.kind === 'file-error') continue;
      rows++;
      if (event.kind === 'bad-record') {
        rejected++;
        continue;
      }
      const result = validateRecord(spec, event.record, event.line);
      if (!result.ok || keys.check(spec.key(result.row), event.line, spec.file)) rejected++;
      else spec.toValues(result.row);
    }
  }
  return { rows, rejected };
}
