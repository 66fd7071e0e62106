import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { env, sharedDataDir } from '../../lib/env';
import { decimal, onetSocCode, yesNo } from '../../lib/ingest/fields';
import { compiledRow, compileReport, NOT_FAST } from '../../lib/ingest/compiled-row';
import { readRecords } from '../../lib/ingest/parse';
import { registeredSpecs } from '../../lib/ingest/sources';
import { customIndexSpec } from '../../lib/ingest/sources/custom-index';
import type { AnyFileSpec, RawRecord } from '../../lib/ingest/types';
import { validateRecord } from '../../lib/ingest/validate';
import { disagreement, mutants } from './compiled-row-agreement';

const dataDir = sharedDataDir();
if (!dataDir && env.CI) throw new Error('CI needs ../shared/data (or DATA_DIR) for the compiled-row agreement test');
const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'ingest', 'data');

/** Every record of a spec's file under `dir`. */
async function recordsOf(spec: AnyFileSpec, dir: string): Promise<RawRecord[]> {
  const records: RawRecord[] = [];
  for await (const event of readRecords(path.join(dir, spec.file), spec)) {
    if (event.kind === 'record') records.push(event.record);
  }
  return records;
}

/** Disagreements on every record of each present file, and on mutants of `sampled` records spread over it. */
async function disagreements(
  dir: string,
  sampled: number,
): Promise<{ found: string[]; files: number; mutated: number }> {
  const found: string[] = [];
  let files = 0;
  let mutated = 0;
  for (const spec of registeredSpecs) {
    if (!existsSync(path.join(dir, spec.file))) continue;
    files++;
    const records = await recordsOf(spec, dir);
    const step = Math.max(1, Math.floor(records.length / sampled));
    records.forEach((record, i) => {
      const problem = disagreement(spec, record);
      if (problem) found.push(`${spec.file} record ${i}: ${problem}`);
      if (i % step !== 0) return;
      for (const mutant of mutants(record)) {
        mutated++;
        const mutantProblem = disagreement(spec, mutant);
        if (mutantProblem) found.push(`${spec.file} mutant of record ${i}: ${mutantProblem}`);
      }
    });
  }
  return { found: found.slice(0, 20), files, mutated };
}

describe('compiled row validation', () => {
  it('compiles every registered spec, all but a few small index and projection files without any zod field', () => {
    expect(registeredSpecs.filter((s) => !compileReport(s.row).compiled).map((s) => s.file)).toEqual([]);
    const cellOnly = registeredSpecs.filter((s) => compileReport(s.row).zodFields.length === 0);
    // The large files (O*NET, Eloundou, OEWS national and industry, DAIOE) must stay on converters only.
    for (const prefix of ['onet/', 'ai_exposure/eloundou', 'bls/oews_national/', 'bls/oews_industry/', 'crosswalks/']) {
      const all = registeredSpecs.filter((s) => s.file.startsWith(prefix));
      expect([prefix, all.length > 0, cellOnly.filter((s) => s.file.startsWith(prefix)).length]).toEqual([
        prefix,
        true,
        all.length,
      ]);
    }
    expect(cellOnly.filter((s) => s.file.includes('daioe')).length).toBe(3);
    expect(cellOnly.length).toBeGreaterThanOrEqual(40);
  });

  it('leaves schemas with object-level refinements, catchalls or non-transform pipes to zod', () => {
    const cells = { code: onetSocCode, value: decimal };
    expect(compileReport(customIndexSpec('indices/my_index.csv').row).compiled).toBe(false); // superRefine
    expect(compileReport(z.object(cells).refine(() => true)).compiled).toBe(false);
    expect(compileReport(z.strictObject(cells)).compiled).toBe(false);
    expect(compileReport(z.looseObject(cells)).compiled).toBe(false);
    expect(compileReport(z.object(cells).pipe(z.any())).compiled).toBe(false);
    expect(compileReport(z.object(cells).transform((r) => r.code)).compiled).toBe(true);
    expect(compileReport(z.object({ ...cells, flag: yesNo.default(false) })).zodFields).toEqual(['flag']);
    expect(compileReport(z.object({ ...cells, flag: yesNo.refine(Boolean) })).zodFields).toEqual(['flag']);
  });

  it('leaves an absent optional cell out of the row, as zod does', () => {
    const schema = z.object({ code: onetSocCode, flag: yesNo.optional(), value: decimal });
    expect(compileReport(schema).zodFields).toEqual([]);
    const fast = compiledRow(schema)!;
    const absent = { code: '15-1252.00', value: '1.5' };
    expect(fast(absent)).toStrictEqual(schema.parse(absent));
    expect(Object.keys(fast(absent) as object)).toEqual(['code', 'value']);
    expect(fast({ ...absent, flag: 'Y' })).toStrictEqual({ code: '15-1252.00', flag: true, value: 1.5 });
    expect(fast({ ...absent, flag: 'maybe' })).toBe(NOT_FAST);
  });

  it('falls back to zod for a spec that cannot compile, with the same rows and errors', () => {
    const spec = customIndexSpec('indices/my_index.csv');
    expect(compiledRow(spec.row)).toBeUndefined();
    const good = { index_name: 'my_index', code_system: 'soc2018', code: '15-1252', value: '0.5', year: '2024' };
    expect(validateRecord(spec, good, 2)).toEqual({ ok: true, row: spec.row.parse(good) });
    expect(validateRecord(spec, { ...good, code: 'x' }, 3)).toEqual({
      ok: false,
      errors: [
        { file: 'indices/my_index.csv', line: 3, column: 'code', reason: 'not a soc2018 code: "x" (value "x")' },
      ],
    });
  });

  it('answers NOT_FAST for a refused, missing or non-text cell, and zod reports it', () => {
    const spec = registeredSpecs.find((s) => s.file.endsWith('v30_1/Job Zones.txt'))!;
    const fast = compiledRow(spec.row)!;
    const good = { 'O*NET-SOC Code': '15-1252.00', 'Job Zone': ' 4 ', Date: '08/2023', extra: 'dropped' };
    expect(fast(good)).toEqual({ 'O*NET-SOC Code': '15-1252.00', 'Job Zone': '4', Date: '08/2023' });
    expect(fast({ ...good, 'Job Zone': '6' })).toBe(NOT_FAST);
    const { Date: _, ...missing } = good;
    expect(fast(missing)).toBe(NOT_FAST);
    expect(fast({ ...good, Date: 8 } as never)).toBe(NOT_FAST);
    expect(validateRecord(spec, { ...good, 'Job Zone': '6' }, 4)).toMatchObject({
      ok: false,
      errors: [{ line: 4, column: 'Job Zone', reason: 'expected one of 1, 2, 3, 4, 5 (value "6")' }],
    });
  });

  it('agrees with zod on every record of the small fixtures and on their mutants', async () => {
    const { found, files, mutated } = await disagreements(FIXTURES, 50);
    expect(files).toBeGreaterThanOrEqual(5);
    expect(mutated).toBeGreaterThan(1000);
    expect(found).toEqual([]);
  });

  it.skipIf(!dataDir)(
    'agrees with zod on every record of ../shared/data and on mutants of a sample',
    async () => {
      const { found, files, mutated } = await disagreements(dataDir!, 25);
      expect(files).toBeGreaterThanOrEqual(40);
      expect(mutated).toBeGreaterThan(50_000);
      expect(found).toEqual([]);
    },
    120_000,
  );
});
