import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createDb } from '../lib/db/client';
import { copyBaseline } from '../lib/db/copy-baseline';
import { migrate } from '../lib/db/migrate';
import { createScratchDb } from '../lib/db/scratch';
import { env, sharedDataDir } from '../lib/env';
import { emptyTally } from '../lib/ingest/check-rows';
import { startParsePool } from '../lib/ingest/parse-pool';
import { dryRunFile } from '../lib/ingest/read-file';
import { summaryLine } from '../lib/ingest/report';
import { defaultParseWorkers, PARALLEL_FROM_BYTES, runIngest } from '../lib/ingest/run';
import { specsFor } from '../lib/ingest/sources';

/**
 * `npm run bench:ingest [-- --pglite] [--workers N]`: ingests every source in ../shared/data (or DATA_DIR) into a
 * fresh Postgres database on the DATABASE_URL server, then loads the same normalised rows with a
 * plain COPY into a scratch schema as the physical baseline (the floor), and prints rows/s for both,
 * their ratio, the parse side alone (the loader's own producer in its parse workers, no database),
 * wall time and peak RSS, then one summary line. With --pglite it also times an on-disk PGlite ingest;
 * --workers sets the parse workers (default as runIngest chooses; 0 = the main thread), to compare in one sitting.
 */
const { values } = parseArgs({
  options: { pglite: { type: 'boolean' }, workers: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
});
if (values.help) {
  console.log(
    'npm run bench:ingest [-- --pglite] [--workers N]\n\nFull ingest of ../shared/data (or DATA_DIR) into a scratch Postgres database (DATABASE_URL) against a plain COPY\nof the same rows (the floor): prints both, their ratio, the parse side alone and peak RSS, then one summary line.\n  --workers N  parse workers (default: one per core on more than 2 cores, else 0 = the main thread)\n  --pglite     also time an on-disk PGlite ingest',
  );
  process.exit(0);
}
// Parse workers for the Postgres ingest: default as `npm run ingest` chooses for this data; 0 = parse on the main thread.
const workers = values.workers === undefined ? defaultParseWorkers(PARALLEL_FROM_BYTES) : Number(values.workers);
if (!Number.isInteger(workers) || workers < 0 || workers > 64) throw new Error('--workers: a whole number 0-64');
const dir = sharedDataDir();
if (!dir) throw new Error('No data: set DATA_DIR or place ../shared/data beside the project');
if (!env.DATABASE_URL)
  throw new Error('bench:ingest needs DATABASE_URL (a Postgres server where it may create a scratch database)');

const seconds = (ms: number) => (ms / 1000).toFixed(2);
const rate = (rows: number, ms: number) => Math.round(rows / (ms / 1000)).toLocaleString('en-US');
const wallStarted = performance.now();

let closePool: () => Promise<void> | undefined = () => undefined;
let summary: { ingestMs: number; copyMs: number; ratio: number } | undefined;
const { db, drop } = await createScratchDb(env.DATABASE_URL, 'taskshift_bench');
try {
  await migrate(db);
  // Started just before the timed ingest (their start runs during it, as in runIngest), then reused for the parse-only pass.
  const pool = workers > 0 ? startParsePool(workers) : undefined;
  closePool = () => pool?.close();
  const report = await runIngest(db, { dir, parsePool: pool, parseWorkers: 0 });
  if (report.failed) throw new Error(`ingest failed: ${summaryLine(report)}`);
  const ingestRows = report.files.reduce((n, f) => n + f.rowsLoaded, 0);
  const derivedNote = report.derived
    .map((d) => `derived ${d.name} ${d.status} in ${seconds(d.durationMs)} s`)
    .join(', ');
  const tables = [...new Set(specsFor(dir).map((s) => s.target.table))];
  const baseline = await copyBaseline(db.pool!, tables);
  const copyRows = baseline.reduce((n, b) => n + b.rows, 0);
  const copyMs = baseline.reduce((n, b) => n + b.ms, 0);
  const ratio = report.durationMs / copyMs;
  // The parse side alone, exactly as the loader runs it: the same (now started) workers and producer,
  // four files at a time as runIngest loads them, batches discarded.
  const dryStarted = performance.now();
  const present = specsFor(dir).filter((spec) => existsSync(path.join(dir, spec.file)));
  let dryTotal = 0;
  let next = 0;
  const lane = async () => {
    while (next < present.length) {
      const spec = present[next++] as (typeof present)[number];
      const tally = emptyTally();
      if (!pool) dryTotal += (await dryRunFile(spec, path.join(dir, spec.file))).rows;
      else {
        for await (const _ of pool.batches(dir, spec)({ kind: 'copy', batchRows: 5_000, maxErrors: 50 }, tally));
        dryTotal += tally.rowsRead;
      }
    }
  };
  await Promise.all(pool ? [lane(), lane(), lane(), lane()] : [lane()]);
  const dryMs = performance.now() - dryStarted;

  console.log(`\nIngest benchmark (Postgres, ${report.files.length} files from ${dir})`);
  console.log(
    `  full ingest : ${ingestRows.toLocaleString('en-US')} rows in ${seconds(report.durationMs)} s = ${rate(ingestRows, report.durationMs)} rows/s (parse + validate + load, ${derivedNote})`,
  );
  console.log(
    `  plain COPY  : ${copyRows.toLocaleString('en-US')} rows in ${seconds(copyMs)} s = ${rate(copyRows, copyMs)} rows/s (${tables.length} tables)`,
  );
  summary = { ingestMs: report.durationMs, copyMs, ratio };
  console.log(
    `  (of which)  : parse + validate + encode alone ${pool ? `in ${pool.size} warm workers` : 'on the main thread'}, no database: ${dryTotal.toLocaleString('en-US')} rows in ${seconds(dryMs)} s = ${rate(dryTotal, dryMs)} rows/s`,
  );
  console.log(
    `  ratio       : ${ratio.toFixed(2)} (ingest time / COPY time; target ≤ 2.0) ${ratio <= 2 ? 'PASS' : 'MISS'}`,
  );
  console.log(
    `  Postgres    : ${seconds(report.durationMs)} s (target < 15 s) ${report.durationMs < 15_000 ? 'PASS' : 'MISS'}`,
  );
} finally {
  await closePool();
  await drop();
}

if (values.pglite) {
  const pgliteDir = mkdtempSync(path.join(tmpdir(), 'taskshift-bench-pglite-'));
  const lite = createDb({ pgliteDir });
  try {
    await migrate(lite);
    const report = await runIngest(lite, { dir });
    const rows = report.files.reduce((n, f) => n + f.rowsLoaded, 0);
    console.log(
      `  PGlite      : ${rows.toLocaleString('en-US')} rows in ${seconds(report.durationMs)} s = ${rate(rows, report.durationMs)} rows/s (target < 90 s) ${report.durationMs < 90_000 ? 'PASS' : 'MISS'}`,
    );
  } finally {
    await lite.close();
    rmSync(pgliteDir, { recursive: true, force: true });
  }
}

const peakMb = process.resourceUsage().maxRSS / 1024;
console.log(`  peak RSS    : ${peakMb.toFixed(0)} MB (target < 600 MB) ${peakMb < 600 ? 'PASS' : 'MISS'}`);
console.log(`  wall time   : ${seconds(performance.now() - wallStarted)} s in all`);
if (summary) {
  const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');
  console.log(
    `bench:ingest summary: ingest ${seconds(summary.ingestMs)} s (${workers ? `${workers} parse workers` : 'one thread'}) vs floor (plain COPY) ${seconds(summary.copyMs)} s = ratio ${summary.ratio.toFixed(2)} (target ≤ 2.0 ${verdict(summary.ratio <= 2)}); ` +
      `peak RSS ${peakMb.toFixed(0)} MB (target < 600 ${verdict(peakMb < 600)}); load average ${loadavg()[0]?.toFixed(2)}`,
  );
}
