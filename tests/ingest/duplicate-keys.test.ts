import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RowError } from '@/lib/ingest/types';
import { DuplicateKeys } from '@/lib/ingest/validate';

/** The plain definition: a key seen before is a duplicate naming the line it was first seen on. */
function reference(keys: readonly string[]): (RowError | undefined)[] {
  const first = new Map<string, number>();
  return keys.map((key, i) => {
    const line = i + 2;
    const seen = first.get(key);
    if (seen !== undefined) return { file: 'f.csv', line, reason: `duplicate key ${key} (first seen on line ${seen})` };
    first.set(key, line);
    return undefined;
  });
}

describe('DuplicateKeys', () => {
  it('reports every duplicate with the line its key was first seen on, before and after the first one (property test)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f|1', 'f|2'), { maxLength: 40 }), (keys) => {
        const dedupe = new DuplicateKeys();
        expect(keys.map((key, i) => dedupe.check(key, i + 2, 'f.csv'))).toEqual(reference(keys));
      }),
      { numRuns: 1000 },
    );
  });

  it('agrees with the definition when a long run of increasing keys is followed by any keys (property test)', () => {
    const ordered = fc.uniqueArray(fc.string({ unit: fc.constantFrom('a', 'b', 'c', '|'), maxLength: 4 }), {
      maxLength: 30,
    });
    const tail = fc.array(fc.string({ unit: fc.constantFrom('a', 'b', 'c', '|'), maxLength: 4 }), { maxLength: 20 });
    fc.assert(
      fc.property(ordered, tail, (head, rest) => {
        const keys = [...[...head].sort(), ...rest];
        const dedupe = new DuplicateKeys();
        expect(keys.map((key, i) => dedupe.check(key, i + 2, 'f.csv'))).toEqual(reference(keys));
      }),
      { numRuns: 1000 },
    );
  });

  it('names the first line of a key first seen long before the first duplicate', () => {
    const dedupe = new DuplicateKeys();
    for (let i = 0; i < 10_000; i++) expect(dedupe.check(`k${i}`, i + 2, 'f.csv')).toBeUndefined();
    expect(dedupe.check('k7', 10_002, 'f.csv')?.reason).toBe('duplicate key k7 (first seen on line 9)');
    expect(dedupe.check('new', 10_003, 'f.csv')).toBeUndefined();
    expect(dedupe.check('new', 10_004, 'f.csv')?.reason).toBe('duplicate key new (first seen on line 10003)');
  });
});
