import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sharedDataDir } from '../lib/env';
import { compileReport } from '../lib/ingest/compiled-row';
import { readRecords } from '../lib/ingest/parse';
import { specsFor } from '../lib/ingest/sources';
import type { AnyFileSpec, RawRecord } from '../lib/ingest/types';
import { validateRecord } from '../lib/ingest/validate';

const HELP = `npm run bench:validate [-- --runs 5]

Row validation alone, on every record of ../shared/data (or DATA_DIR) held in memory: the ingest's
validateRecord (compiled rows where a spec compiles, lib/ingest/compiled-row.ts) against zod's own
safeParse of the same records (the baseline), best of --runs each, alternating, in the same run. Prints both,
their ratio, and how many specs compile (all cells converters, or with some fields left to zod).`;

const { values } = parseArgs({ options: { runs: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
if (values.help) {
  console.log(HELP);
  process.exit(0);
}
const runs = Number(values.runs ?? 5);
if (!Number.isInteger(runs) || runs < 1 || runs > 20) throw new Error('--runs: a whole number 1-20');
const dir = sharedDataDir();
if (!dir) throw new Error('No data: set DATA_DIR or place ../shared/data beside the project');

/** Every spec whose file is present, with all its records. */
async function loadAll(): Promise<{ spec: AnyFileSpec; records: RawRecord[] }[]> {
  const files: { spec: AnyFileSpec; records: RawRecord[] }[] = [];
  for (const spec of specsFor(dir!)) {
    const abs = path.join(dir!, spec.file);
    if (!existsSync(abs)) continue;
    const records: RawRecord[] = [];
    for await (const event of readRecords(abs, spec)) if (event.kind === 'record') records.push(event.record);
    files.push({ spec, records });
  }
  return files;
}

type Validate = (spec: AnyFileSpec, record: RawRecord) => boolean;

/** Milliseconds for one pass of `validate` over every record, and how many it accepted. */
function pass(files: { spec: AnyFileSpec; records: RawRecord[] }[], validate: Validate) {
  const started = performance.now();
  let accepted = 0;
  for (const { spec, records } of files) for (const record of records) if (validate(spec, record)) accepted++;
  return { ms: performance.now() - started, accepted };
}

/** Best of `runs` passes of each, alternating (so both see the same machine and heap conditions). */
function bestOfEach(files: { spec: AnyFileSpec; records: RawRecord[] }[], a: Validate, b: Validate) {
  let best = [
    { ms: Number.POSITIVE_INFINITY, accepted: 0 },
    { ms: Number.POSITIVE_INFINITY, accepted: 0 },
  ];
  for (let run = 0; run < runs; run++) {
    const now = [pass(files, a), pass(files, b)];
    best = best.map((prev, i) => (now[i]!.ms < prev.ms ? now[i]! : prev));
  }
  return best as [{ ms: number; accepted: number }, { ms: number; accepted: number }];
}

process.stdout.write('reading every record into memory… ');
const files = await loadAll();
const total = files.reduce((n, f) => n + f.records.length, 0);
console.log(`${total.toLocaleString('en-US')} records in ${files.length} files`);
const reports = files.map((f) => compileReport(f.spec.row));
const cellOnly = reports.filter((r) => r.compiled && r.zodFields.length === 0).length;
const compiled = reports.filter((r) => r.compiled).length;

const [zod, ours] = bestOfEach(
  files,
  (spec, record) => spec.row.safeParse(record).success,
  (spec, record) => validateRecord(spec, record, 2).ok,
);
if (zod.accepted !== ours.accepted) throw new Error(`accepted rows differ: zod ${zod.accepted}, ours ${ours.accepted}`);
const rate = (ms: number) => `${Math.round(total / (ms / 1000)).toLocaleString('en-US')} rows/s`;
console.log(`  zod safeParse (baseline) : ${zod.ms.toFixed(0)} ms = ${rate(zod.ms)}`);
console.log(`  validateRecord           : ${ours.ms.toFixed(0)} ms = ${rate(ours.ms)}`);
console.log(
  `  specs                    : ${compiled} of ${files.length} compile (${cellOnly} with every field a converter), ${files.length - compiled} use zod`,
);
console.log(
  `bench:validate summary: validateRecord ${ours.ms.toFixed(0)} ms vs zod safeParse ${zod.ms.toFixed(0)} ms = ratio ${(ours.ms / zod.ms).toFixed(2)} on ${total.toLocaleString('en-US')} records (best of ${runs}); load average ${loadavg()[0]?.toFixed(2)}`,
);
