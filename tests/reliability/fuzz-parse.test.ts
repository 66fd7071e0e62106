import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { formatOf } from '@/lib/ingest/parse';
import type { RowError } from '@/lib/ingest/types';
import { readFileRows } from '@/lib/ingest/read-file';
import { decodeUpload, detectDelimiter, firstInvalidUtf8 } from '@/lib/ingest/upload';
import { stagedSpec, validateStaged } from '@/lib/ingest/upload-stage';
import { fuzzCase } from './fuzz/mutations';
import { classify, OutcomeTally, unclear } from './fuzz/outcome';
import { loadSeeds, specAt } from './fuzz/seeds';

const RUNS = 1200;
const SEED = 20261129;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
process.on('unhandledRejection', onUnhandled);

describe('hostile files through parse + validate (CLI path and upload path)', () => {
  const seeds = loadSeeds();
  const dir = mkdtempSync(path.join(tmpdir(), 'taskshift-fuzz-'));
  afterAll(() => {
    process.off('unhandledRejection', onUnhandled);
    rmSync(dir, { recursive: true, force: true });
  });

  it(`${RUNS} mutated files each end in a clean load or clear errors, never a crash`, async () => {
    const cli = new OutcomeTally();
    const upload = new OutcomeTally();
    let lossy = 0;
    // Unclear errors are collected (not thrown) so one run lists every kind; a throw is a crash.
    const unclearErrors = new Map<string, { count: number; example: string }>();
    const noteUnclear = (path: string, names: string[], e: RowError) => {
      const why = unclear(e);
      if (!why) return;
      const key = `${path}: ${why.replace(/\d+/g, 'N')}, reason starting ${JSON.stringify(e.reason.slice(0, 14))}`;
      const entry = unclearErrors.get(key) ?? {
        count: 0,
        example: `${names.join('+')} → ${JSON.stringify(e).slice(0, 120)}`,
      };
      entry.count++;
      unclearErrors.set(key, entry);
    };
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fuzzCase(seeds.length), async ({ seed: index, mutations }) => {
        const seed = seeds[index]!;
        const { delimiter } = formatOf(seed.spec);
        const bytes = mutations.reduce((b, m) => m.apply(b, delimiter), seed.bytes);
        const names = mutations.map((m) => m.name);
        const ext = path.extname(seed.spec.file);
        const file = `case-${n++}${ext}`;
        writeFileSync(path.join(dir, file), bytes);

        // The CLI path decodes strict UTF-8 as it streams; it must end in rows or clear errors.
        const { rows, errors } = await readFileRows(specAt(seed, file), path.join(dir, file));
        for (const e of errors) noteUnclear('cli', names, e);
        const outcome = classify(rows.length, errors);
        cli.add(names, outcome);
        if (outcome === 'clean' && firstInvalidUtf8(bytes) !== -1) lossy++;

        // The upload path refuses other encodings first, then validates the normalised text.
        const decoded = decodeUpload(bytes, 'upload.csv');
        if (!decoded.ok) {
          noteUnclear('upload', names, decoded.error);
          upload.add(names, 'rejected:encoding');
        } else {
          const staged = `up-${n}${ext}`;
          writeFileSync(path.join(dir, staged), decoded.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
          const spec = stagedSpec(seed.spec, staged, detectDelimiter(decoded.text, delimiter));
          const report = await validateStaged(spec, dir, 'upload.csv');
          for (const e of report.errors) noteUnclear('upload', names, e);
          expect(report.rowsValid + report.rowsRejected).toBe(report.rowsRead);
          upload.add(names, classify(report.rowsValid, report.errors));
          rmSync(path.join(dir, staged));
        }
        rmSync(path.join(dir, file));
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    console.log(`fuzz seed ${SEED}, ${seeds.length} seed files (${seeds.map((s) => s.name).join(', ')})`);
    console.log(cli.format('CLI path (readRecords → zod → duplicate keys)'));
    console.log(upload.format('Upload path (decode → delimiter → validate)'));
    console.log(`CLI-path clean loads of input that was not valid UTF-8: ${lossy}`);
    expect(cli.cases).toBe(RUNS);
    expect(upload.cases).toBe(RUNS);
    expect(cli.total.get('clean') ?? 0).toBeGreaterThan(0); // the generator also produces loadable files
    expect(lossy).toBe(0); // invalid UTF-8 never loads as U+FFFD
    expect(cli.total.get('rejected:encoding') ?? 0).toBeGreaterThan(0);
    expect(unhandled).toEqual([]);
    expect([...unclearErrors].map(([k, v]) => `${v.count}× ${k}: ${v.example}`)).toEqual([]);
  });
});
