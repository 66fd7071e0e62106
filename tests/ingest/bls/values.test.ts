import { describe, expect, it } from 'vitest';
import { BLS_MARKERS, blsNumber, isco08Code, parseDecimal } from '../../../lib/ingest/sources/values';

describe('BLS cell values', () => {
  it('parses plain numbers and thousands separators, and nothing else', () => {
    expect(['140,886,310', '58,260.5', '1234', '.25', '-3.5', '0'].map(parseDecimal)).toEqual([
      140886310, 58260.5, 1234, 0.25, -3.5, 0,
    ]);
    expect(['', '-', '1,23', '12,3456', '1.2.3', 'NaN', '1e5', '$100'].map(parseDecimal)).toEqual(
      Array(8).fill(undefined),
    );
  });

  it('turns every BLS marker into null with the marker kept, and rejects other text', () => {
    const cell = blsNumber();
    expect(Object.keys(BLS_MARKERS).map((m) => cell.parse(m))).toEqual([
      { value: null, marker: '*' },
      { value: null, marker: '**' },
      { value: null, marker: '#' },
      { value: null, marker: '~' },
    ]);
    expect(cell.parse(' ')).toEqual({ value: null });
    expect(cell.safeParse('n/a').error?.issues[0]?.message).toBe('not a number: "n/a"');
    // Names every object inherits are text like any other, not markers.
    for (const inherited of ['constructor', 'toString', '__proto__', 'hasOwnProperty'])
      expect(cell.safeParse(inherited).error?.issues[0]?.message).toBe(`not a number: "${inherited}"`);
    expect(blsNumber({ integer: true }).safeParse('1.5').error?.issues[0]?.message).toBe('not a whole number: "1.5"');
  });

  it('left-pads ISCO-08 codes that lost their leading zero', () => {
    expect(['110', '1111', ' 310 '].map((c) => isco08Code.parse(c))).toEqual(['0110', '1111', '0310']);
    expect(isco08Code.safeParse('12345').success).toBe(false);
  });
});
