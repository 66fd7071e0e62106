import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignCells, recordMaker } from '@/lib/ingest/record-maker';

describe('recordMaker: records from a header compiled once per file', () => {
  it('builds exactly the record the key-by-key loop builds, for any header text (property test)', () => {
    const name = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('__proto__', 'constructor', 'toString', '"', '\\', '\u2028', '}; throw 1; ({', '`$\u007Bx}`'),
    );
    fc.assert(
      fc.property(fc.array(name, { minLength: 1, maxLength: 8 }), (names) => {
        const cells = names.map((_, i) => `cell ${i}`);
        const made = recordMaker(names)(cells);
        const looped = assignCells(names, cells);
        expect(made).toEqual(looped);
        expect(Object.keys(made)).toEqual(Object.keys(looped));
        expect(Object.getPrototypeOf(made)).toBe(Object.getPrototypeOf(looped));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps hostile header text as plain keys, and a repeated name keeps its last cell', () => {
    const names = ['}; globalThis.pwned = 1; ({', 'a', 'a', 'constructor'];
    const record = recordMaker(names)(['x', '1', '2', 'y']);
    expect(record).toEqual({ '}; globalThis.pwned = 1; ({': 'x', a: '2', constructor: 'y' });
    expect((globalThis as { pwned?: number }).pwned).toBeUndefined();
  });
});
