import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { z } from 'zod';
import { getDb } from '../lib/db/client';
import { migrate } from '../lib/db/migrate';
import { resolveDataDir } from '../lib/env';
import { errorDetails, summaryLine, summaryTable } from '../lib/ingest/report';
import { runIngest } from '../lib/ingest/run';

/** `npm run ingest -- --dir PATH [--source NAME ...] [--skip-invalid] [--force]` */
const argsSchema = z.object({
  dir: z.string().min(1, '--dir PATH is required (or set DATA_DIR)'),
  source: z.array(z.string().regex(/^[a-z0-9.-]+$/, 'source names are lower-case, e.g. onet-30.1')).optional(),
  'skip-invalid': z.boolean().default(false),
  force: z.boolean().default(false),
});

const { values } = parseArgs({
  options: {
    dir: { type: 'string' },
    source: { type: 'string', multiple: true },
    'skip-invalid': { type: 'boolean' },
    force: { type: 'boolean' },
  },
  strict: true,
});
const parsed = argsSchema.safeParse({ ...values, dir: values.dir ?? resolveDataDir() });
if (!parsed.success) {
  console.error(parsed.error.issues.map((i) => `${i.path.join('.') || 'arguments'}: ${i.message}`).join('\n'));
  process.exit(2);
}
const args = parsed.data;

const db = getDb();
let exitCode = 1;
try {
  await migrate(db);
  let bar: cliProgress.SingleBar | undefined;
  let fileStarted = 0;
  const report = await runIngest(db, {
    dir: args.dir,
    sources: args.source,
    skipInvalid: args['skip-invalid'],
    force: args.force,
    onFileStart: (spec) => {
      fileStarted = performance.now();
      bar = new cliProgress.SingleBar(
        {
          format: `{file} [{bar}] {percentage}% | {rows} rows | {rate} rows/s | ETA {eta}s`,
          stream: process.stderr,
          hideCursor: true,
          noTTYOutput: true, // logs and CI still see each file's final state
          notTTYSchedule: 5000,
          clearOnComplete: false,
        },
        cliProgress.Presets.shades_classic,
      );
      bar.start(1, 0, { file: spec.file.padEnd(60).slice(0, 60), rows: 0, rate: 0 });
    },
    onProgress: (_spec, p) => {
      const seconds = (performance.now() - fileStarted) / 1000;
      bar?.setTotal(p.totalBytes);
      bar?.update(p.bytes, { rows: p.rows, rate: Math.round(p.rows / Math.max(seconds, 0.001)) });
    },
    onFileDone: (result) => {
      bar?.update(bar.getTotal(), { rows: result.rowsRead });
      bar?.stop();
    },
  });
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
