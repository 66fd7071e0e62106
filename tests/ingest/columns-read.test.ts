import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { sharedDataDir } from '@/lib/env';
import { columnsRead } from '@/lib/ingest/columns-read';
import { readRecords } from '@/lib/ingest/parse';
import { specsFor } from '@/lib/ingest/sources';
import type { AnyFileSpec, RawRecord } from '@/lib/ingest/types';
import { validateRecord } from '@/lib/ingest/validate';

const dir = sharedDataDir();
const why = 'needs ../shared/data (the real files)';
if (!dir && process.env.CI === 'true') throw new Error(`CI: ${why}`);

/** Every column of a narrowed record's file, read back through a spec that keeps every column. */
const everyColumn = (spec: AnyFileSpec): AnyFileSpec => ({ ...spec, row: z.any().pipe(spec.row as z.ZodType) });

/** A mutant of a record: each kept column emptied or garbled in turn, to compare errors too. */
function mutants(record: RawRecord): RawRecord[] {
  return Object.keys(record).flatMap((key) => [
    { ...record, [key]: '' },
    { ...record, [key]: ' x?1e400 ' },
  ]);
}

describe('records carry only the columns their spec reads', () => {
  it.skipIf(!dir)(`validate and skip exactly as whole records do, on every registered file (${why})`, async () => {
    const root = dir as string;
    let compared = 0;
    for (const spec of specsFor(root).filter((s) => existsSync(path.join(root, s.file)))) {
      const keep = columnsRead(spec);
      if (!keep) continue;
      let n = 0;
      for await (const event of readRecords(path.join(root, spec.file), everyColumn(spec))) {
        if (event.kind !== 'record' || n++ > 400) continue;
        for (const whole of [event.record, ...(n < 20 ? mutants(event.record) : [])]) {
          const narrow = Object.fromEntries(Object.entries(whole).filter(([key]) => keep.has(key)));
          expect(spec.skip?.(narrow) ?? false).toBe(spec.skip?.(whole) ?? false);
          expect(validateRecord(spec, narrow, 2)).toEqual(validateRecord(spec, whole, 2));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(10_000);
  });

  it('keeps every column where the schema would keep, report or transform other keys', () => {
    const base = { source: 's', file: 'f.csv', requiredColumns: ['a'], key: () => '', scope: {} };
    const spec = (row: z.ZodType) => ({ ...base, row }) as unknown as AnyFileSpec;
    expect(columnsRead(spec(z.object({ a: z.string(), b: z.string() })))).toEqual(new Set(['a', 'b']));
    expect(columnsRead(spec(z.object({ b: z.string() }).transform((r) => r)))).toEqual(new Set(['a', 'b']));
    expect(columnsRead(spec(z.looseObject({ b: z.string() })))).toBeUndefined();
    expect(columnsRead(spec(z.strictObject({ b: z.string() })))).toBeUndefined();
    expect(columnsRead(spec(z.preprocess((r) => r, z.object({ b: z.string() }))))).toBeUndefined();
  });
});
