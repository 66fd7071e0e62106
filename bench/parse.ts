import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { readRecordBatches } from '../lib/ingest/parse';
import type { RecordLimits } from '../lib/ingest/record-guard';
import { customIndexSpec } from '../lib/ingest/sources/custom-index';
import { checkUpload } from '../lib/ingest/upload-check';
import { checkUploadOffThread } from '../lib/ingest/upload-offthread';
import { validateRecord } from '../lib/ingest/validate';

const HELP = `npm run bench:parse [-- --sizes 1,2,4,8,16]

Times parse + validate of generated CSVs of each size (MB): a plain well-formed file (the baseline)
and one quoted field full of escaped quotes ("") that used to parse in quadratic time, read once with
the field cap lifted (the parser alone) and once with the default 10,000-character cap (refused early).
Prints seconds per MB for each (best of three runs), and the ratio to the baseline in the same run. Last, stages the
largest plain file as an upload, on the calling thread and in the worker, and prints the longest
stall of the calling thread's event loop in each case (what a server's other requests would wait).`;

const { values } = parseArgs({ options: { sizes: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
if (values.help) {
  console.log(HELP);
  process.exit(0);
}
const sizes = (values.sizes ?? '1,2,4,8,16').split(',').map(Number);
if (sizes.some((n) => !Number.isFinite(n) || n <= 0 || n > 256))
  throw new Error('--sizes: comma-separated MB between 0 and 256');

const spec = customIndexSpec('indices/bench.csv');
const HEADER = 'index_name,code_system,code,value,year,label\n';
const MB = 1024 * 1024;
const dir = mkdtempSync(path.join(tmpdir(), 'taskshift-bench-parse-'));
const NO_CAP: RecordLimits = { maxFieldChars: Infinity, maxRecordChars: Infinity };

/** A well-formed file of about `mb` MB: many short rows. */
function plainCsv(mb: number): string {
  const year = (i: number) => 1900 + (Math.floor(i / 9000) % 200); // unique (code, year) keys
  const row = (i: number) =>
    `bench,isco08,${String(1000 + (i % 9000))},0.${i % 10},${year(i)},"Occupation ${i}, with a quoted label"\n`;
  const rows: string[] = [HEADER];
  let size = HEADER.length;
  for (let i = 0; size < mb * MB; i++) size += rows[rows.push(row(i)) - 1]!.length;
  return rows.join('');
}

/** One record whose quoted label is `mb` MB of escaped quotes. */
const escapedQuotesCsv = (mb: number) => `${HEADER}bench,isco08,2512,0.5,2024,"${'""'.repeat((mb * MB) / 2)}"\n`;

/** Best of three runs (the machine is shared, so the fastest is the least disturbed). */
async function time(file: string, limits?: RecordLimits): Promise<{ ms: number; outcome: string }> {
  const runs = [await timeOnce(file, limits), await timeOnce(file, limits), await timeOnce(file, limits)];
  return runs.reduce((a, b) => (b.ms < a.ms ? b : a));
}

/** Milliseconds to parse and validate a file, and how it ended. */
async function timeOnce(file: string, limits?: RecordLimits): Promise<{ ms: number; outcome: string }> {
  const started = performance.now();
  let records = 0;
  let problem = '';
  for await (const batch of readRecordBatches(file, spec, undefined, spec.file, limits)) {
    for (const event of batch) {
      if (event.kind === 'record') records += validateRecord(spec, event.record, event.line).ok ? 1 : 0;
      else problem ||= `refused: line ${event.error.line}, ${event.error.reason.slice(0, 40)}…`;
    }
  }
  return { ms: performance.now() - started, outcome: problem || `${records.toLocaleString('en-US')} rows` };
}

const perMb = (ms: number, mb: number) => `${(ms / 1000 / mb).toFixed(3)} s/MB`;
console.log(`Parse benchmark (parse + validate, ${sizes.join(', ')} MB)`);
const flat: number[] = [];
try {
  for (const mb of sizes) {
    const plainFile = path.join(dir, `plain-${mb}.csv`);
    const quotesFile = path.join(dir, `quotes-${mb}.csv`);
    writeFileSync(plainFile, plainCsv(mb));
    writeFileSync(quotesFile, escapedQuotesCsv(mb));
    const plain = await time(plainFile);
    const uncapped = await time(quotesFile, NO_CAP);
    const capped = await time(quotesFile);
    flat.push(uncapped.ms / mb);
    console.log(
      `  ${String(mb).padStart(3)} MB  plain ${perMb(plain.ms, mb)} (${plain.outcome})` +
        ` | escaped quotes, no cap ${perMb(uncapped.ms, mb)} = ${(uncapped.ms / plain.ms).toFixed(2)}x plain` +
        ` | with cap ${capped.ms.toFixed(0)} ms (${capped.outcome})`,
    );
  }
  const biggest = Math.max(...sizes);
  const bytes = new TextEncoder().encode(plainCsv(biggest));
  const target = { kind: 'custom-index', source: spec.source, specFile: 'bench' };
  for (const [where, run] of [
    ['on the calling thread', () => checkUpload({ bytes, shownName: 'bench.csv', id: 'a'.repeat(24), dir }, spec)],
    [
      'in the worker thread',
      () => checkUploadOffThread({ bytes, shownName: 'bench.csv', id: 'b'.repeat(24), dir }, target),
    ],
  ] as const) {
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const started = performance.now();
    const result = await run();
    delay.disable();
    const outcome = result.ok ? `${result.report.rowsValid.toLocaleString('en-US')} rows valid` : 'refused';
    console.log(
      `  staging ${biggest} MB ${where}: ${((performance.now() - started) / 1000).toFixed(2)} s, longest event-loop stall ${(delay.max / 1e6).toFixed(0)} ms (${outcome})`,
    );
  }
  const spread = Math.max(...flat) / Math.min(...flat);
  console.log(
    `Escaped-quote time per MB, largest / smallest across sizes: ${spread.toFixed(2)} (flat is ~1; quadratic would be ~${(Math.max(...sizes) / Math.min(...sizes)).toFixed(0)})`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
