import path from 'node:path';
import { readRecords } from '../../../lib/ingest/parse';
import type { AnyFileSpec, RowError } from '../../../lib/ingest/types';
import { DuplicateKeys, validateRecord } from '../../../lib/ingest/validate';

export const FIXTURES = path.join(import.meta.dirname, '..', '..', 'fixtures', 'ingest', 'bls');

/** Reads a file through the ingest parser and a spec's validation, as the loader does, without a database. */
export async function readWithSpec<Row>(
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

/** The same, for a fixture under tests/fixtures/ingest/bls. */
export function readFixture<Row>(spec: AnyFileSpec, name: string) {
  return readWithSpec<Row>(spec, path.join(FIXTURES, name));
}
