import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { createDb, getDb } from '../lib/db/client';
import { migrate } from '../lib/db/migrate';
import { hasReadyModel, isDatabaseEmpty } from '../lib/db/status';
import { env, resolveDataDir } from '../lib/env';

/**
 * `npm run start:demo`: migrate, ingest real data into an empty database, score it with
 * the committed model, build the app if needed, then serve it on PORT. Each step runs in
 * its own process so the embedded PGlite database is only ever open in one process.
 */
function run(cmd: string, args: string[]): void {
  console.log(`\n> ${cmd} ${args.join(' ')}`);
  const res = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  if (res.status !== 0) {
    console.error(`Step failed: ${cmd} ${args.join(' ')} (exit ${res.status ?? res.signal})`);
    process.exit(res.status ?? 1);
  }
}

const db = getDb();
const applied = await migrate(db);
console.log(applied.length ? `Migrated ${db.kind}: ${applied.join(', ')}` : `Database (${db.kind}) is up to date`);
const empty = await isDatabaseEmpty(db);
await db.close();

if (empty) {
  const dir = resolveDataDir();
  if (!dir) {
    console.error('The database is empty and no data folder was found: set DATA_DIR, run `npm run data:fetch`, or place ../shared/data beside the project.');
    process.exit(1);
  }
  run('npx', ['tsx', 'scripts/ingest.ts', '--dir', dir]);
}

const modelsDir = path.join(process.cwd(), 'models');
const hasArtifact = existsSync(modelsDir) && readdirSync(modelsDir).some((d) => existsSync(path.join(modelsDir, d, 'model.json')));
// getDb() caches the connection closed above, so the check opens its own.
const check = createDb({ url: env.DATABASE_URL });
const scored = await hasReadyModel(check);
await check.close();
if (!scored && hasArtifact) run('npx', ['tsx', 'scripts/score.ts']);
if (!scored && !hasArtifact) console.warn('No trained model found: pages will show empty states until `npm run train && npm run score`.');

if (!existsSync(path.join(process.cwd(), '.next', 'BUILD_ID'))) run('npx', ['next', 'build']);
run('npx', ['next', 'start', '-p', String(env.PORT)]);
