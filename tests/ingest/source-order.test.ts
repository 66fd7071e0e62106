import { describe, expect, it } from 'vitest';
import { longestFirst } from '../../lib/ingest/run';
import type { AnyFileSpec } from '../../lib/ingest/types';

/** Only `file` matters to longestFirst (through sizeOf); the rest of a spec is irrelevant here. */
const spec = (file: string) => ({ file }) as unknown as AnyFileSpec;
const MB = 1024 * 1024;
const sizes: Record<string, number> = { big: 25 * MB, mid: 9 * MB, year: 0.2 * MB, tiny: 0.01 * MB };
const sizeOf = (s: AnyFileSpec) => sizes[s.file.split('/')[0] as string] ?? 0;

describe('longestFirst (the order runIngest starts sources in)', () => {
  it('starts the source with the most bytes first, and a chain of many small files before one mid-sized file', () => {
    const oneBig = [spec('big/a'), spec('tiny/b')];
    const oneMid = [spec('mid/a')];
    const manyYears = Array.from({ length: 13 }, (_, i) => spec(`year/${2012 + i}`));
    const oneTiny = [spec('tiny/a')];
    expect(longestFirst([oneTiny, oneMid, manyYears, oneBig], sizeOf)).toEqual([oneBig, manyYears, oneMid, oneTiny]);
  });

  it('keeps the files of each source in their own order', () => {
    const source = [spec('tiny/3'), spec('big/1'), spec('tiny/2')];
    expect(longestFirst([[spec('tiny/x')], source], sizeOf)[0]).toEqual(source);
  });
});
