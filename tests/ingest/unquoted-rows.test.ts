import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { type ParseEvent, type ParsePath, readRecordBatches } from '@/lib/ingest/parse';
import type { RecordLimits } from '@/lib/ingest/record-guard';
import type { AnyFileSpec } from '@/lib/ingest/types';
import { capProblem, guessNewline } from '@/lib/ingest/unquoted-rows';
import { specOf } from './helpers';

const dir = mkdtempSync(path.join(tmpdir(), 'taskshift-unquoted-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// An O*NET .txt spec: tab-delimited and unquoted, so it takes the one-pass splitter.
const TASKS = specOf('v30_1/Task Statements.txt');
const HEADER = 'O*NET-SOC Code\tTask ID\tTask\tTask Type\tIncumbents Responding\tDate\tDomain Source\n';
let n = 0;

/** Every event of `text` read as TASKS' file by one splitter. */
async function events(text: string, splitter: ParsePath, limits: RecordLimits = {}, spec: AnyFileSpec = TASKS) {
  const file = path.join(dir, `case-${n++}.txt`);
  writeFileSync(file, text);
  const all: ParseEvent[] = [];
  for await (const batch of readRecordBatches(file, spec, undefined, spec.file, limits, splitter)) all.push(...batch);
  return all;
}

describe('the one-pass splitter for unquoted text', () => {
  it('gives the same records, lines and errors as the guard + papaparse path (property test)', async () => {
    const cell = fc.array(fc.constantFrom('a', 'b', ' ', '"', 'é', '\t', '\n', '\r\n'), { maxLength: 12 });
    const body = fc.array(cell, { maxLength: 40 }).map((pieces) => pieces.flat().join(''));
    // The header's own line ending varies too, since the newline is guessed from the first records.
    const text = fc
      .tuple(fc.constantFrom('\n', '\r\n', '\r'), body)
      .map(([end, rest]) => HEADER.replace('\n', end) + rest);
    await fc.assert(
      fc.asyncProperty(
        text,
        fc.constantFrom<RecordLimits>({}, { maxFieldChars: 4 }, { maxRecordChars: 9 }),
        async (t, limits) => {
          expect(await events(t, 'auto', limits)).toEqual(await events(t, 'papaparse', limits));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('splits a CRLF file as papaparse does and refuses a field over the cap on its line', async () => {
    const row = '15-1252.00\t1\tWrite code\tCore\t12\t08/2024\tIncumbent\r\n';
    const long = `15-1252.00\t2\t${'x'.repeat(10_001)}\tCore\t12\t08/2024\tIncumbent\r\n`;
    const got = await events(HEADER.replace('\n', '\r\n') + row + long + row, 'auto');
    expect(got.map((e) => e.kind)).toEqual(['record', 'file-error']);
    expect(got[0]).toMatchObject({ line: 2, record: { Task: 'Write code', 'Task Type': 'Core' } });
    expect(got[1]).toEqual({
      kind: 'file-error',
      error: { file: TASKS.file, line: 3, column: 'Task', reason: 'field longer than 10,000 characters' },
    });
  });

  it('guesses line endings like papaparse and finds the first field or record over its cap', () => {
    expect(guessNewline('a\tb\nc')).toBe('\n');
    expect(guessNewline('a\r\nb\r\nc\rd')).toBe('\r\n');
    expect(guessNewline('a\rb\rc')).toBe('\r');
    expect(capProblem(['ab', 'cdef'], 3, 100)).toEqual({ field: 1, reason: 'field longer than 3 characters' });
    expect(capProblem(['abc', 'def', 'g'], 10, 6)).toEqual({ field: 1, reason: 'record longer than 6 characters' });
    expect(capProblem(['abc', 'def'], 10, 7)).toBeUndefined();
  });
});
