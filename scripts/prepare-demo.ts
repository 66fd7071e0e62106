import { existsSync } from 'node:fs';
import { setPriority } from 'node:os';
import path from 'node:path';
import { getDb } from '../lib/db/client';
import { migrate } from '../lib/db/migrate';
import { modelVersionStatus } from '../lib/db/scores';
import { hasReadyModel, isDatabaseEmpty, sourcesNeverImported } from '../lib/db/status';
import { env, resolveDataDir } from '../lib/env';
import { registeredSpecs, sourceNames } from '../lib/ingest/sources';
import { listArtifacts } from '../lib/models/artifact';
import { INGEST_NODE_FLAGS, type Step, startScript, startStep } from './demo/child';
import { skippedPhase, timedPhase } from './demo/phases';

/**
 * First half of `npm run start:demo`: migrate, ingest real data into an empty database, score it with the
 * committed model and build the app if needed, then exit, so that package.json's `exec node … next start`
 * leaves next-server as the only long-lived process (this one's memory is given back). `next build` touches no
 * database (every page is dynamic), so it runs beside ingest and scoring; ingest and scoring each run in
 * their own process, one after the other, so the embedded PGlite database is only ever open in one process.
 */
if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log(
    [
      'tsx scripts/prepare-demo.ts   (the first half of `npm run start:demo`)',
      '',
      'Migrates the database (DATABASE_URL, else the embedded PGlite in PGLITE_DIR), ingests ../shared/data (or DATA_DIR)',
      'when the database is empty or a source was never imported, scores it with the newest model under models/, and',
      'runs `next build` beside them when .next has no build; work already done is skipped. Exits 0 when ready, 1 on a',
      'failed step. No options.',
    ].join('\n'),
  );
  process.exit(0);
}
const t0 = performance.now();
const BUILD_ID = path.join(process.cwd(), '.next', 'BUILD_ID');

const build: Step | undefined = existsSync(BUILD_ID)
  ? undefined
  : startStep(process.execPath, ['node_modules/next/dist/bin/next', 'build'], 'build');
// Ingest and scoring are the longer, one-core critical path: the build (shorter, many threads) takes the spare core.
if (build?.child.pid) lowerPriority(build.child.pid);
const buildTimed = build
  ? timedPhase('build', t0, () => build.done)
  : Promise.resolve(skippedPhase('build', t0, 'found .next/BUILD_ID'));
buildTimed.catch(() => undefined); // a failed build is reported once data preparation ends, not as an unhandled rejection

try {
  await prepareData();
  await buildTimed;
} catch (err) {
  build?.child.kill('SIGTERM');
  console.error((err as Error).message);
  process.exit(1);
}
console.log(
  `[start:demo] prepared in ${((performance.now() - t0) / 1000).toFixed(1)} s; starting next start on ${env.LISTEN_HOST}:${env.PORT}`,
);

/** Migrates, ingests what this database lacks and scores it with the newest committed model. */
async function prepareData(): Promise<void> {
  const dataDir = resolveDataDir();
  // The newest committed artifact is scored once; a database scored with an older one is brought up to date.
  const newest = env.MODEL_VERSION ?? listArtifacts()[0];
  // One PGlite open for every question (ingest never touches model_version, so they can be asked before it).
  const { empty, added, scored, newestReady } = await timedPhase('migrate', t0, async () => {
    const db = getDb('batch'); // no statement timeout for migrations and COPY (lib/db/timeouts.ts)
    const applied = await migrate(db);
    console.log(applied.length ? `Migrated ${db.kind}: ${applied.join(', ')}` : `Database (${db.kind}) is up to date`);
    const isEmpty = await isDatabaseEmpty(db);
    // Sources added since this database was filled (e.g. OEWS by industry) load on the next start.
    const available = dataDir ? sourceNames(registeredSpecs.filter((s) => existsSync(path.join(dataDir, s.file)))) : [];
    const neverImported = isEmpty ? [] : await sourcesNeverImported(db, available);
    const anyReady = await hasReadyModel(db);
    const ready = newest ? (await modelVersionStatus(db, newest)) === 'ready' : false;
    await db.close();
    return { empty: isEmpty, added: neverImported, scored: anyReady, newestReady: ready };
  });

  if (empty && !dataDir) {
    throw new Error(
      'The database is empty and no data folder was found: set DATA_DIR, run `npm run data:fetch`, or place ../shared/data beside the project.',
    );
  }
  if (empty && dataDir)
    await timedPhase(
      'ingest',
      t0,
      () => startScript('scripts/ingest.ts', ['--dir', dataDir], undefined, INGEST_NODE_FLAGS).done,
    );
  else if (added.length > 0 && dataDir) {
    console.log(`New source(s) never imported into this database: ${added.join(', ')}`);
    const sources = added.flatMap((s) => ['--source', s]);
    await timedPhase(
      'ingest',
      t0,
      () => startScript('scripts/ingest.ts', ['--dir', dataDir, ...sources], undefined, INGEST_NODE_FLAGS).done,
    );
  } else skippedPhase('ingest', t0, 'every source found was imported before');

  if (newest && !newestReady)
    await timedPhase('score', t0, () => startScript('scripts/score.ts', ['--version', newest]).done);
  else skippedPhase('score', t0, newest ? `${newest} is scored` : 'no committed model');
  if (!newest && !scored)
    console.warn('No trained model found: pages will show empty states until `npm run train && npm run score`.');
}

/** Lowers a child's CPU priority (nice 10); where that is not allowed, it keeps running as it is. */
function lowerPriority(pid: number): void {
  try {
    setPriority(pid, 10);
  } catch {
    // not permitted here: no harm, only less head start for ingest and scoring
  }
}
