import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { z } from 'zod';
import { getDb } from '../lib/db/client';
import { migrate } from '../lib/db/migrate';
import { resolveDataDir } from '../lib/env';
import { errorDetails, summaryLine, summaryTable } from '../lib/ingest/report';
import { runFileName } from '../lib/ingest/load';
import { runIngest } from '../lib/ingest/run';
import { sourceNames } from '../lib/ingest/sources';

/** `npm run ingest -- --dir PATH [--source NAME ...] [--skip-invalid] [--force]` */
const argsSchema = z.object({
  dir: z.string().min(1, '--dir PATH is required (or set DATA_DIR)'),
  source: z.array(z.string().regex(/^[a-z0-9.-]+$/, 'source names are lower-case, e.g. onet-30.1')).optional(),
  'skip-invalid': z.boolean().default(false),
  force: z.boolean().default(false),
});

const HELP = `Usage: npm run ingest -- [--dir PATH] [--source NAME ...] [--skip-invalid] [--force]

Loads every known source found under PATH (default: DATA_DIR, then data/raw, then ../shared/data) into the
database, one transaction per file; prints a summary table and exits 1 if any file failed.

  --dir PATH       folder laid out like ../shared/data
  --source NAME    only this source (repeatable): ${sourceNames().join(', ')}, custom-index
  --skip-invalid   load the valid rows and record the rejects instead of failing the file
  --force          reload files whose checksum has not changed
  --help           this text`;

let values: { dir?: string; source?: string[]; 'skip-invalid'?: boolean; force?: boolean; help?: boolean };
try {
  ({ values } = parseArgs({
    options: {
      dir: { type: 'string' },
      source: { type: 'string', multiple: true },
      'skip-invalid': { type: 'boolean' },
      force: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  }));
} catch (err) {
  console.error(`${(err as Error).message}\n\n${HELP}`);
  process.exit(2);
}
if (values.help) {
  console.log(HELP);
  process.exit(0);
}
const parsed = argsSchema.safeParse({ ...values, dir: values.dir ?? resolveDataDir() });
if (!parsed.success) {
  console.error(parsed.error.issues.map((i) => `${i.path.join('.') || 'arguments'}: ${i.message}`).join('\n'));
  process.exit(2);
}
const args = parsed.data;

const db = getDb('batch'); // no statement timeout for migrations and COPY (lib/db/timeouts.ts)
let exitCode = 1;
try {
  await migrate(db);
  // One bar per file (several sources may load at once on Postgres): bytes read, rows, rows/s, ETA.
  const multibar = new cliProgress.MultiBar(
    {
      format: '{file} [{bar}] {percentage}% | {rows} rows | {rate} rows/s | ETA {eta}s',
      stream: process.stderr,
      hideCursor: true,
      clearOnComplete: false,
      noTTYOutput: true, // logs and CI still see progress
      notTTYSchedule: 5000,
    },
    cliProgress.Presets.shades_classic,
  );
  const bars = new Map<string, { bar: cliProgress.SingleBar; started: number }>();
  const label = (file: string) => file.padEnd(60).slice(0, 60);
  const report = await runIngest(db, {
    dir: args.dir,
    sources: args.source,
    skipInvalid: args['skip-invalid'],
    force: args.force,
    onFileStart: (spec) => {
      const bar = multibar.create(1, 0, { file: label(runFileName(spec)), rows: 0, rate: 0 });
      bars.set(`${spec.source}:${runFileName(spec)}`, { bar, started: performance.now() });
    },
    onProgress: (spec, p) => {
      const entry = bars.get(`${spec.source}:${runFileName(spec)}`);
      if (!entry) return;
      const seconds = (performance.now() - entry.started) / 1000;
      entry.bar.setTotal(p.totalBytes);
      entry.bar.update(p.bytes, { rows: p.rows, rate: Math.round(p.rows / Math.max(seconds, 0.001)) });
    },
    onFileDone: (result) => {
      const entry = bars.get(`${result.source}:${result.file}`);
      entry?.bar.update(entry.bar.getTotal(), { rows: result.rowsRead });
      entry?.bar.stop();
    },
  });
  multibar.stop();
  console.log(summaryTable(report));
  const details = errorDetails(report);
  if (details) console.error(details);
  console.log(summaryLine(report));
  exitCode = report.failed ? 1 : 0;
} catch (err) {
  console.error(`Ingest failed: ${(err as Error).message}`);
} finally {
  await db.close();
}
process.exit(exitCode);
