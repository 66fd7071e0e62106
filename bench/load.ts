import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createDb } from '../lib/db/client';
import { migrate } from '../lib/db/migrate';
import { hasReadyModel, isDatabaseEmpty } from '../lib/db/status';
import { env, resolveDataDir } from '../lib/env';
import { nextStartArgs } from '../scripts/next-server';
import { runScenario, runStep, treeRssMb, type ScenarioResult } from './load-lib';

/**
 * npm run bench:load [-- --duration 30 --connections 50]: `next start` on the Postgres database of
 * DATABASE_URL with the full data (ingested and scored first when missing), then autocannon on
 * 127.0.0.1 against search, occupation detail and a CSV export. The server gets the same Node flags as
 * `npm run start:demo` (scripts/next-server.ts). Prints req/s, p50/p95/p99, errors
 * and the server's RSS before and after. Targets: 0 errors, p95 < 200 ms (search, detail), RSS growth < 100 MB.
 */
const { values } = parseArgs({ options: { duration: { type: 'string', default: '30' }, connections: { type: 'string', default: '50' }, port: { type: 'string', default: '3977' } } });
const durationS = Number(values.duration);
const connections = Number(values.connections);
if (!env.DATABASE_URL) throw new Error('bench:load needs DATABASE_URL (PostgreSQL with the full data)');
const childEnv: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };

const db = createDb({ url: env.DATABASE_URL });
await migrate(db);
const dataDir = resolveDataDir();
if (await isDatabaseEmpty(db)) {
  if (!dataDir) throw new Error('the database is empty and no data folder was found (DATA_DIR, data/raw, ../shared/data)');
  runStep('ingest the full data', process.execPath, ['--import', 'tsx', 'scripts/ingest.ts', '--dir', dataDir], childEnv);
}
if (!(await hasReadyModel(db))) runStep('score with the committed model', process.execPath, ['--import', 'tsx', 'scripts/score.ts'], childEnv);
const codes = (await db.prisma.$queryRaw<{ code: string }[]>`
  SELECT code FROM onet_occupation WHERE onet_version = '30.1' ORDER BY code`).map((r) => r.code);
await db.close();
if (!existsSync('.next/BUILD_ID')) runStep('build', process.execPath, ['node_modules/next/dist/bin/next', 'build'], childEnv);

const base = `http://127.0.0.1:${values.port}`;
const server: ChildProcess = spawn(process.execPath, nextStartArgs(values.port, '127.0.0.1'), { env: childEnv, stdio: 'ignore' }); // as `npm run start:demo` starts it
const headers: Record<string, string> = env.READ_TOKEN ? { authorization: `Bearer ${env.READ_TOKEN}` } : {};
try {
  for (let i = 0; ; i++) {
    if (i > 240) throw new Error('next start did not answer within 2 minutes');
    if (await fetch(`${base}/api/health`).then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  const terms = ['accountant', 'nurse', 'software', 'teacher', 'driver', 'analyst', 'clerk', 'engineer', 'cook', 'sales'];
  const scenarios: [string, string[]][] = [
    ['search   /api/occupations?q=', terms.map((t) => `/api/occupations?q=${t}`)],
    ['detail   /api/occupations/{code}', codes.slice(0, 400).map((c) => `/api/occupations/${c}`)],
    ['export   /api/export/occupations.csv', ['/api/export/occupations.csv']],
  ];
  for (const [, paths] of scenarios) for (const p of paths.slice(0, 20)) await fetch(base + p, { headers }).then((r) => r.text()); // warm caches
  const rssBefore = treeRssMb(server.pid!);
  const results: ScenarioResult[] = [];
  const rssAfterEach: number[] = [];
  for (const [name, paths] of scenarios) {
    console.error(`▶ ${name}: ${connections} connections for ${durationS} s`);
    results.push(await runScenario(name, base, paths, { connections, durationS, headers }));
    rssAfterEach.push(treeRssMb(server.pid!)); // per scenario, to tell warm-up from steady growth
  }
  const rssAfter = treeRssMb(server.pid!);
  console.log(`\nLoad bench: ${connections} connections × ${durationS} s per scenario on 127.0.0.1 (Postgres, next start)`);
  console.log('scenario                              req/s    p50 ms   p95 ms   p99 ms   errors  non-2xx');
  for (const r of results) {
    console.log(`${r.name.padEnd(36)} ${r.rps.toFixed(0).padStart(7)} ${r.p50.toFixed(0).padStart(9)} ${r.p95.toFixed(0).padStart(8)} ${r.p99.toFixed(0).padStart(8)} ${String(r.errors).padStart(8)} ${String(r.non2xx).padStart(8)}`);
  }
  console.log(`server RSS: ${rssBefore.toFixed(0)} MB before, ${rssAfter.toFixed(0)} MB after (growth ${(rssAfter - rssBefore).toFixed(0)} MB); after each scenario: ${rssAfterEach.map((m) => m.toFixed(0)).join(' → ')} MB`);
  const misses = [
    ...results.filter((r) => r.errors + r.non2xx > 0).map((r) => `${r.name.trim()}: ${r.errors + r.non2xx} errors`),
    ...results.slice(0, 2).filter((r) => r.p95 >= 200).map((r) => `${r.name.trim()}: p95 ${r.p95.toFixed(0)} ms ≥ 200`),
    ...(rssAfter - rssBefore >= 100 ? [`RSS grew ${(rssAfter - rssBefore).toFixed(0)} MB ≥ 100`] : []),
  ];
  console.log(misses.length ? `targets missed: ${misses.join('; ')}` : 'targets met: 0 errors, p95 < 200 ms for search and detail, RSS growth < 100 MB');
} finally {
  server.kill('SIGTERM');
}
