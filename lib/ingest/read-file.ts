import { readRecords } from './parse';
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
