import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readFileRows } from '@/lib/ingest/read-file';
import { recordGuard, type ShapeProblem } from '@/lib/ingest/record-guard';
import { customIndexSpec } from '@/lib/ingest/sources/custom-index';

const dir = mkdtempSync(path.join(tmpdir(), 'taskshift-guard-'));
const spec = customIndexSpec('indices/acme.csv');
const HEADER = 'index_name,code_system,code,value,year,label\n';
const validRows = (n: number) =>
  Array.from({ length: n }, (_, i) => `acme,isco08,${String(1000 + i)},0.5,2024,Row ${i}\n`).join('');

/** Writes `text` as the spec's file in a fresh folder and reads it through parse + validate. */
async function read(text: string) {
  const file = path.join(mkdtempSync(path.join(dir, 'f-')), 'acme.csv');
  writeFileSync(file, text);
  return readFileRows(spec, file);
}

/** Runs text through the guard in chunks of `size` characters; returns what it passed on and any problem. */
async function guard(text: string, size: number | number[], maxFieldChars?: number) {
  const pieces: string[] = [];
  const sizes = typeof size === 'number' ? [size] : size;
  for (let i = 0, k = 0; i < text.length; i += sizes[k++ % sizes.length]!)
    pieces.push(text.slice(i, i + sizes[k % sizes.length]!));
  let problem: ShapeProblem | undefined;
  const out: string[] = [];
  const stream = Readable.from(pieces).pipe(
    recordGuard({ delimiter: ',', quoteChar: '"', maxFieldChars, onProblem: (p) => (problem = p) }),
  );
  for await (const chunk of stream) out.push(chunk as string);
  return { out, problem };
}

describe('unterminated quotes and over-long fields fail the file with file, line, column and reason', () => {
  it('an unclosed quote before 1,000 valid rows no longer swallows them into one label', async () => {
    const { rows, errors } = await read(`${HEADER}acme,isco08,2512,0.5,2024,"never closed\n${validRows(1000)}`);
    expect(rows).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'indices/acme.csv', line: 2, column: 'label' });
    expect(errors[0]?.reason).toMatch(
      /field longer than 10,000 characters \(a quoted field opened on line 2: is its closing quote missing\?\)/,
    );
  });

  it('a short unclosed quote at the end of the file is named as such', async () => {
    const { rows, errors } = await read(`${HEADER}${validRows(3)}acme,isco08,2512,0.5,2024,"never closed\n`);
    expect(rows).toHaveLength(3);
    expect(errors).toEqual([
      {
        file: 'indices/acme.csv',
        line: 5,
        column: 'label',
        reason: 'a quoted field opened on line 5 is never closed (unterminated quote)',
      },
    ]);
  });

  it('an unquoted field over the cap is refused on its line', async () => {
    const { errors } = await read(`${HEADER}${validRows(2)}acme,isco08,2512,0.5,2024,${'x'.repeat(10_001)}\n`);
    expect(errors).toEqual([
      { file: 'indices/acme.csv', line: 4, column: 'label', reason: 'field longer than 10,000 characters' },
    ]);
  });

  it('a malformed quote (text after a closing quote) is a file error on its line', async () => {
    const { errors } = await read(
      `${HEADER}${validRows(2)}acme,isco08,2512,0.5,2024,"Chief" Executive "Officer"\n${validRows(1)}`,
    );
    expect(errors[0]).toMatchObject({ line: 4 });
    expect(errors[0]?.reason).toMatch(/malformed.*check the quotes/);
  });

  it('keeps accepting quoted delimiters, escaped quotes, quoted newlines and a field exactly at the cap', async () => {
    const label = `"Say ""hi"", then\nleave"`;
    const { rows, errors } = await read(
      `${HEADER}acme,isco08,2512,0.5,2024,${label}\nacme,isco08,2513,0.5,2024,${'y'.repeat(10_000)}\n`,
    );
    expect(errors).toEqual([]);
    expect(rows).toHaveLength(2);
  });
});

describe('recordGuard', () => {
  const text = `a,b\n"x,""y""\nz",2\r\n3,"4"\n5,6`;

  it('passes the text on unchanged, in whole records only, whatever the chunk size', async () => {
    for (const size of [1, 2, 3, 7, 1000]) {
      const { out, problem } = await guard(text, size);
      expect(problem).toBeUndefined();
      expect(out.join('')).toBe(text);
      for (const piece of out.slice(0, -1)) expect(piece).toMatch(/[\r\n]$/);
    }
  });

  it('reports the line a long quoted field began on, even across chunks', async () => {
    const { problem, out } = await guard(`a,b\n1,2\n3,"${'""'.repeat(50)}`, 4, 60);
    expect(problem).toMatchObject({ line: 3, field: 1 });
    expect(out.join('')).toBe('a,b\n1,2\n'); // records before it go on, nothing of the broken one
  });

  it('agrees with papaparse on unclosed quotes and never depends on chunking (property test)', async () => {
    const csvish = fc.array(fc.constantFrom('a', 'b', ',', '"', '\n', ' '), { maxLength: 60 }).map((cs) => cs.join(''));
    await fc.assert(
      fc.asyncProperty(
        csvish,
        fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 5 }),
        async (text, sizes) => {
          const whole = await guard(text, 1, Infinity);
          const chunked = await guard(text, sizes, Infinity);
          expect(chunked.problem).toEqual(whole.problem);
          expect(chunked.out.join('')).toBe(whole.out.join(''));
          const missing = Papa.parse(text, {
            delimiter: ',',
            newline: '\n',
            quoteChar: '"',
            escapeChar: '"',
          }).errors.some((e) => e.code === 'MissingQuotes');
          expect(whole.problem !== undefined).toBe(missing);
          if (!whole.problem) expect(whole.out.join('')).toBe(text);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
