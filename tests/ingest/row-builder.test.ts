import { describe, expect, it } from 'vitest';
import { Invalid } from '../../lib/ingest/cell';
import { type FieldRunner, NOT_FAST, rowByLoop, rowRunner } from '../../lib/ingest/row-builder';

const refused = new Invalid('no');
const number: FieldRunner = { convert: (raw) => (/^\d+$/.test(raw.trim()) ? Number(raw) : refused), optional: false };
const text: FieldRunner = { convert: (raw) => raw.trim(), optional: false };
const optionalFlag: FieldRunner = {
  convert: (raw) => (raw === 'Y' ? true : raw === 'N' ? false : refused),
  optional: true,
};

// Keys that would break naive code generation: quotes, a newline, a backslash, code, an index-like key.
const KEYS = ['id', 'it\'s "quoted"\n\\', '"); throw new Error("injected"); ("', 'flag', '2024'];
const FIELDS = [number, text, text, optionalFlag, number];
const complete = { id: ' 7 ', [KEYS[1]!]: ' a ', [KEYS[2]!]: 'b', flag: 'Y', '2024': '3', extra: 'dropped' };

describe('row builder', () => {
  const generated = rowRunner(KEYS, FIELDS);
  const loop = rowByLoop(KEYS, FIELDS);

  it('builds the same row, keys in the same order, by generated code and by the loop', () => {
    expect(generated.name).toBe('compiledRow'); // the generated form, not the loop it falls back to
    const row = generated(complete);
    expect(row).toStrictEqual({ id: 7, [KEYS[1]!]: 'a', [KEYS[2]!]: 'b', flag: true, '2024': 3 });
    expect(row).toStrictEqual(loop(complete));
    expect(Object.keys(row as object)).toEqual(Object.keys(loop(complete) as object));
  });

  it('leaves an absent optional key out, and answers NOT_FAST for a refused or missing required cell', () => {
    const { flag: _, ...noFlag } = complete;
    expect(Object.keys(generated(noFlag) as object)).toEqual(['2024', 'id', KEYS[1], KEYS[2]]);
    expect(generated(noFlag)).toStrictEqual(loop(noFlag));
    const { id: __, ...noId } = complete;
    for (const record of [noId, { ...complete, id: 'x' }, { ...complete, flag: 'maybe' }, { ...complete, id: 7 }]) {
      expect(generated(record as never)).toBe(NOT_FAST);
      expect(loop(record as never)).toBe(NOT_FAST);
    }
  });
});
