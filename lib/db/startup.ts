import { env } from '../env';
import { type Db, getDb } from './client';
import { describeFailure } from './health';
import { expireInterruptedImportRuns } from './imports';

/**
 * Server start-up housekeeping (instrumentation.ts): marks import runs left 'running' by a killed
 * process as failed, so /data never shows a dead import as live (runs of live processes, such as an
 * ingest CLI running beside the server, are left alone). Skipped during `next build`; never throws.
 * @returns the number of runs marked, or null when the check could not run
 */
export async function markInterruptedRunsOnStart(
  db: () => Db = getDb,
  log: Pick<Console, 'warn'> = console,
): Promise<number | null> {
  if (env.NEXT_PHASE === 'phase-production-build') return null;
  try {
    const marked = await expireInterruptedImportRuns(db());
    if (marked) log.warn(`start-up: marked ${marked} interrupted import run(s) failed`);
    return marked;
  } catch (err) {
    log.warn(`start-up: could not check for interrupted import runs (${describeFailure(err).error})`);
    return null;
  }
}
