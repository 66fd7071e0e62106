import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { copyLine, encodeValue } from '@/lib/db/bulk';
import type { ColumnType } from '@/lib/db/table-types';
import { copyLineEncoder } from '@/lib/ingest/copy-line';

const TYPES: ColumnType[] = ['text', 'int', 'float', 'bool', 'jsonb'];
const value = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.string({ unit: fc.constantFrom('a', 'é', '\\', '\t', '\n', '\r', '"', ' ', 'N') }),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.dictionary(fc.string({ maxLength: 3 }), fc.string({ maxLength: 4 })).map((d) => ({ ...d })),
);

describe('copyLineEncoder: one keyed row → one COPY line', () => {
  it('writes exactly what copyLine(encodeValue(…)) writes, for any types and values (property test)', () => {
    const column = fc.record({
      name: fc.constantFrom('a', 'b', 'c"d', "e'f", 'g\\h'),
      type: fc.constantFrom(...TYPES),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(column, { selector: (c) => c.name, minLength: 1 }),
        fc.array(value, { minLength: 5, maxLength: 5 }),
        (columns, values) => {
          const row = Object.fromEntries(columns.map((c, i) => [c.name, values[i]]));
          const expected = copyLine(columns.map((c) => encodeValue(c.type, row[c.name])));
          expect(`${copyLineEncoder(columns)(row)}\n`).toBe(expected);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('escapes what COPY reads specially, in text and jsonb, and writes null as \\N', () => {
    const encode = copyLineEncoder([
      { name: 'text', type: 'text' },
      { name: 'n', type: 'int' },
      { name: 'ok', type: 'bool' },
      { name: 'json', type: 'jsonb' },
    ]);
    expect(encode({ text: 'a\tb\\c\nd', n: null, ok: false, json: { why: 'x\ty' } })).toBe(
      'a\\tb\\\\c\\nd\t\\N\tfalse\t{"why":"x\\\\ty"}',
    );
  });
});
