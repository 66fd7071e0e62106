import path from 'node:path';
import { readFileRows } from '../../../lib/ingest/read-file';
import type { AnyFileSpec } from '../../../lib/ingest/types';

export const FIXTURES = path.join(import.meta.dirname, '..', '..', 'fixtures', 'ingest', 'bls');

/** Reads a file through the ingest parser and a spec's validation, as the loader does, without a database. */
export const readWithSpec = readFileRows;

/** The same, for a fixture under tests/fixtures/ingest/bls. */
export function readFixture<Row>(spec: AnyFileSpec, name: string) {
  return readFileRows<Row>(spec, path.join(FIXTURES, name));
}
