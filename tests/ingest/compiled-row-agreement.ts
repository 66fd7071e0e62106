import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod';
import { compiledRow, NOT_FAST } from '../../lib/ingest/compiled-row';
import type { AnyFileSpec, RawRecord } from '../../lib/ingest/types';
import { validateRecord } from '../../lib/ingest/validate';

/** Cell texts that break converters in different ways (the original cell's variants are added per record). */
export const MUTATIONS = [
  '',
  ' ',
  'garbage',
  '1e400',
  'NaN',
  ' 12 ',
  '0x10',
  '99999999999999999999999',
  '-0',
  '1,234',
  'Infinity',
  '\u00a012',
  '12abc',
  '1.5',
  '*',
  'constructor',
];

const anyValue = z.any();

/** The same spec validated by zod alone: a pipe into z.any() never compiles, and zod stops a pipe at the first issue. */
export function zodOnly(spec: AnyFileSpec): AnyFileSpec {
  return { ...spec, row: spec.row.pipe(anyValue) };
}

/** Where the compiled path and zod disagree on one record, or undefined when they agree. */
export function disagreement(spec: AnyFileSpec, record: RawRecord): string | undefined {
  const fast = compiledRow(spec.row);
  if (!fast) return 'spec does not compile';
  const compiled = fast(record);
  const zod = spec.row.safeParse(record);
  if (zod.success) {
    if (compiled === NOT_FAST) return 'compiled refused a row zod accepts';
    if (!isDeepStrictEqual(compiled, zod.data)) return `outputs differ: ${show(compiled)} vs ${show(zod.data)}`;
    if (show(Object.keys(compiled as object)) !== show(Object.keys(zod.data as object))) return 'key order differs';
    return undefined;
  }
  if (compiled !== NOT_FAST) return `compiled accepted a row zod refuses: ${show(compiled)}`;
  const errors = validateRecord(spec, record, 7, 'f.csv');
  const reference = validateRecord(zodOnly(spec), record, 7, 'f.csv');
  return isDeepStrictEqual(errors, reference) ? undefined : `errors differ: ${show(errors)} vs ${show(reference)}`;
}

/** Variants of `record` with one cell changed (or removed): the shared mutations plus the cell padded and re-cased. */
export function* mutants(record: RawRecord): Generator<RawRecord> {
  for (const [key, value] of Object.entries(record)) {
    for (const text of [...MUTATIONS, ` ${value} `, value.toLowerCase(), value.toUpperCase(), `${value}x`]) {
      yield { ...record, [key]: text };
    }
    const { [key]: _removed, ...rest } = record;
    yield rest;
  }
}

const show = (value: unknown) => JSON.stringify(value)?.slice(0, 300);
