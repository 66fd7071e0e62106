import cliProgress from 'cli-progress';
import { getDb } from '../../lib/db/client';
import { migrate } from '../../lib/db/migrate';
import { errorDetails, summaryLine, summaryTable } from '../../lib/ingest/report';
import { runFileName } from '../../lib/ingest/load';
import { runIngest } from '../../lib/ingest/run';

/** Migrates, ingests with one progress bar per file, prints the summary table and line; resolves to the exit code. */
export async function runIngestCommand(args: {
  dir: string;
  source?: string[];
  skipInvalid: boolean;
  force: boolean;
}): Promise<number> {
  const db = getDb('batch'); // no statement timeout for migrations and COPY (lib/db/timeouts.ts)
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
      skipInvalid: args.skipInvalid,
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
    return report.failed ? 1 : 0;
  } catch (err) {
    console.error(`Ingest failed: ${(err as Error).message}`);
    return 1;
  } finally {
    await db.close();
  }
}
