import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createDb, getDb } from '../lib/db/client';
import { migrate } from '../lib/db/migrate';
import { modelVersionStatus } from '../lib/db/scores';
import { hasReadyModel, isDatabaseEmpty, sourcesNeverImported } from '../lib/db/status';
import { env, resolveDataDir } from '../lib/env';
import { registeredSpecs, sourceNames } from '../lib/ingest/sources';
import { nextStartArgs } from './next-server';
import { listArtifacts } from '../lib/models/artifact';

/**
 * `npm run start:demo`: migrate, ingest real data into an empty database, score it with
 * the committed model, build the app if needed, then serve it on PORT. Each step runs in
 * its own process so the embedded PGlite database is only ever open in one process. It listens on
 * LISTEN_HOST (127.0.0.1 unless set), so a demo is not exposed to the network by default.
 */
function run(cmd: string, args: string[]): void {
  console.log(`\n> ${cmd} ${args.join(' ')}`);
  const res = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  if (res.status !== 0) {
    console.error(`Step failed: ${cmd} ${args.join(' ')} (exit ${res.status ?? res.signal})`);
    process.exit(res.status ?? 1);
  }
}

const db = getDb('batch'); // no statement timeout for migrations and COPY (lib/db/timeouts.ts)
const applied = await migrate(db);
console.log(applied.length ? `Migrated ${db.kind}: ${applied.join(', ')}` : `Database (${db.kind}) is up to date`);
const empty = await isDatabaseEmpty(db);
// Sources added since this database was filled (e.g. OEWS by industry) load on the next start.
const dataDir = resolveDataDir();
const available = dataDir ? sourceNames(registeredSpecs.filter((s) => existsSync(path.join(dataDir, s.file)))) : [];
const added = empty ? [] : await sourcesNeverImported(db, available);
await db.close();

if (empty) {
  const dir = resolveDataDir();
  if (!dir) {
    console.error('The database is empty and no data folder was found: set DATA_DIR, run `npm run data:fetch`, or place ../shared/data beside the project.');
    process.exit(1);
  }
  run('npx', ['tsx', 'scripts/ingest.ts', '--dir', dir]);
} else if (added.length > 0 && dataDir) {
  console.log(`New source(s) never imported into this database: ${added.join(', ')}`);
  run('npx', ['tsx', 'scripts/ingest.ts', '--dir', dataDir, ...added.flatMap((s) => ['--source', s])]);
}

// The newest committed artifact is scored once; a database scored with an older one is brought up to date.
const newest = env.MODEL_VERSION ?? listArtifacts()[0];
// getDb() caches the connection closed above, so the check opens its own.
const check = createDb({ url: env.DATABASE_URL });
const scored = await hasReadyModel(check);
const newestReady = newest ? (await modelVersionStatus(check, newest)) === 'ready' : false;
await check.close();
if (newest && !newestReady) run('npx', ['tsx', 'scripts/score.ts', '--version', newest]);
if (!newest && !scored) console.warn('No trained model found: pages will show empty states until `npm run train && npm run score`.');

if (!existsSync(path.join(process.cwd(), '.next', 'BUILD_ID'))) run('npx', ['next', 'build']);
run(process.execPath, nextStartArgs(env.PORT, env.LISTEN_HOST)); // heap limit and peer preload (scripts/next-server.ts); loopback unless LISTEN_HOST says otherwise
