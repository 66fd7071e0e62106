import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { type ParseEvent, type ParsePath, readRecordBatches } from '@/lib/ingest/parse';
import type { RecordLimits } from '@/lib/ingest/record-guard';
import { hasSimpleQuoting, splitSimpleQuoted } from '@/lib/ingest/simple-quotes';
import { specOf } from './helpers';

const dir = mkdtempSync(path.join(tmpdir(), 'taskshift-quoted-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// A quoted CSV spec (Eloundou's occ_level.csv): comma-delimited, eight columns.
const OCC = specOf('occ_level.csv');
const HEADER = OCC.requiredColumns.join(',');
let n = 0;

async function events(text: string, splitter: ParsePath, limits: RecordLimits = {}) {
  const file = path.join(dir, `case-${n++}.csv`);
  writeFileSync(file, text);
  const all: ParseEvent[] = [];
  for await (const batch of readRecordBatches(file, OCC, undefined, OCC.file, limits, splitter)) all.push(...batch);
  return all;
}

const bytes = (text: string) => Buffer.from(text);
const simple = (text: string, maxLine = 100) => hasSimpleQuoting(bytes(text), 0x2c, maxLine);

describe('the one-pass splitter for simply quoted text', () => {
  it('gives the same records, lines and errors as the guard + papaparse path (property test)', async () => {
    const cell = (alphabet: string[]) =>
      fc.array(fc.constantFrom(...alphabet), { maxLength: 5 }).map((c) => c.join(''));
    // Mostly well-formed cells (the one-pass path), some with stray quotes or quoted line breaks (the fallback).
    const raw = fc.oneof(
      { arbitrary: cell(['a', '1', ' ', 'é']), weight: 60 },
      { arbitrary: cell(['a', ',', '"']), weight: 1 },
    );
    const inQuotes = fc
      .oneof(
        { arbitrary: cell(['a', ',', '""', ' ', 'é']), weight: 60 },
        { arbitrary: cell(['a', '\n', '\r\n', '"']), weight: 1 },
      )
      .map((c) => `"${c}"`);
    const record = fc.array(fc.oneof(raw, inQuotes), { minLength: 7, maxLength: 9 }).map((cells) => cells.join(','));
    const text = fc
      .tuple(fc.constantFrom('\n', '\r\n', '\n', '\r\n', '\r'), fc.array(record, { maxLength: 12 }), fc.boolean())
      .map(([end, records, trailing]) => [HEADER, ...records].join(end) + (trailing ? end : ''));
    let fast = 0;
    await fc.assert(
      fc.asyncProperty(text, fc.constantFrom<RecordLimits>({}, {}, { maxFieldChars: 6 }), async (t, limits) => {
        if (simple(t, 10_000)) fast++;
        expect(await events(t, 'auto', limits)).toEqual(await events(t, 'papaparse', limits));
      }),
      { numRuns: 400 },
    );
    expect(fast).toBeGreaterThan(60); // the one-pass path was exercised, not only the fallback
  });

  it('accepts quotes that open, escape and close cells on one line, and nothing else', () => {
    expect(simple('a,"b, c",d\n"x""y",,""\n')).toBe(true);
    expect(simple('a,"b"\r\n"c",d\r\n')).toBe(true);
    expect(simple('a,b"c\n')).toBe(false); // a quote inside an unquoted cell
    expect(simple('a,"b"c\n')).toBe(false); // text after the closing quote
    expect(simple('a,"b\nc"\n')).toBe(false); // a line break inside quotes
    expect(simple('a,"b\n')).toBe(false); // never closed
    expect(simple('a,b\r\nc\n')).toBe(false); // mixed line endings
    expect(simple('a,b\rc\r')).toBe(false); // old Mac line endings
    expect(simple(`a,${'x'.repeat(101)}\n`)).toBe(false); // a line over the cap
  });

  it('splits a record into cells with quotes removed and "" read as "', () => {
    expect(splitSimpleQuoted('a,"b, c","x""y",,""', ',')).toEqual(['a', 'b, c', 'x"y', '', '']);
    expect(splitSimpleQuoted('"a",', ',')).toEqual(['a', '']);
    expect(splitSimpleQuoted('a,b', ',')).toEqual(['a', 'b']);
  });
});
