import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { createDb } from '../lib/db/client';
import { env } from '../lib/env';
import { pageWeight, prepareServerData, runScenario, startNextServer, treeCpuMs, treeRssMb, type ScenarioResult } from './load-lib';
import { CURRENT_ONET } from '../lib/db/onet-release';

/**
 * npm run bench:load [-- --duration 30 --connections 50 --only detail,page-detail]: `next start` on the Postgres
 * database of DATABASE_URL with the full data (ingested and scored first when missing), then autocannon on
 * 127.0.0.1 against search, occupation detail (JSON), a CSV export and the HTML pages (occupation page, /,
 * /occupations). The server gets the same Node flags as `npm run start:demo` (scripts/next-server.ts). Prints
 * req/s, p50/p95/p99, errors, the server's CPU time per request, its RSS before and after, the load average,
 * each page's size (and its RSC payload) and its p95, req/s and CPU per request as a ratio to the JSON
 * detail's in the same run (the machine may be shared; CPU per request depends least on it). Targets: 0 errors,
 * p95 < 200 ms (search, detail), occupation page p95 < 500 ms, RSS growth < 150 MB.
 */
const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '30' },
    connections: { type: 'string', default: '50' },
    port: { type: 'string', default: '3977' },
    only: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log('npm run bench:load [-- --duration S --connections N --port P --only search,detail,export,page-detail,page-overview,page-explorer]');
  process.exit(0);
}
const durationS = Number(values.duration);
const connections = Number(values.connections);
if (!env.DATABASE_URL) throw new Error('bench:load needs DATABASE_URL (PostgreSQL with the full data)');
const childEnv: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };

await prepareServerData(env.DATABASE_URL, childEnv);
const db = createDb({ url: env.DATABASE_URL });
const codes = (await db.prisma.$queryRaw<{ code: string }[]>`
  SELECT code FROM onet_occupation WHERE onet_version = ${CURRENT_ONET} ORDER BY code`).map((r) => r.code);
await db.close();

const { server, base } = await startNextServer(values.port, childEnv); // as `npm run start:demo` starts it
const headers: Record<string, string> = env.READ_TOKEN ? { authorization: `Bearer ${env.READ_TOKEN}` } : {};
try {
  const terms = ['accountant', 'nurse', 'software', 'teacher', 'driver', 'analyst', 'clerk', 'engineer', 'cook', 'sales'];
  // The occupation page and its JSON run back to back on the same code, so their ratio compares like with like.
  const all: [string, string, string[]][] = [
    ['search', 'search   /api/occupations?q=', terms.map((t) => `/api/occupations?q=${t}`)],
    ['detail', 'detail   /api/occupations/29-1141.00', ['/api/occupations/29-1141.00']],
    ['page-detail', 'page     /occupations/29-1141.00', ['/occupations/29-1141.00']],
    ['detail-many', 'detail   /api/occupations/{code}', codes.slice(0, 400).map((c) => `/api/occupations/${c}`)],
    ['page-overview', 'page     /', ['/']],
    ['page-explorer', 'page     /occupations', ['/occupations', ...terms.map((t) => `/occupations?q=${t}`)]],
    ['export', 'export   /api/export/occupations.csv', ['/api/export/occupations.csv']],
  ];
  const only = values.only?.split(',');
  const scenarios = all.filter(([key]) => !only || only.includes(key)).map(([key, name, paths]) => [name, paths, key] as const);
  console.error(`load average before: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  for (const [, paths] of scenarios) for (const p of paths.slice(0, 20)) await fetch(base + p, { headers }).then((r) => r.text()); // warm caches
  const rssBefore = treeRssMb(server.pid!);
  const results: ScenarioResult[] = [];
  const rssAfterEach: number[] = [];
  const cpuPerRequest: number[] = [];
  for (const [name, paths] of scenarios) {
    console.error(`▶ ${name}: ${connections} connections for ${durationS} s`);
    const cpuBefore = treeCpuMs(server.pid!);
    const result = await runScenario(name, base, paths, { connections, durationS, headers });
    cpuPerRequest.push((treeCpuMs(server.pid!) - cpuBefore) / Math.max(1, result.requests));
    results.push(result);
    rssAfterEach.push(treeRssMb(server.pid!)); // per scenario, to tell warm-up from steady growth
  }
  const rssAfter = treeRssMb(server.pid!);
  console.log(`\nLoad bench: ${connections} connections × ${durationS} s per scenario on 127.0.0.1 (Postgres, next start)`);
  console.log('scenario                              req/s    p50 ms   p95 ms   p99 ms   errors  non-2xx  server CPU ms/req');
  results.forEach((r, i) => {
    console.log(`${r.name.padEnd(36)} ${r.rps.toFixed(0).padStart(7)} ${r.p50.toFixed(0).padStart(9)} ${r.p95.toFixed(0).padStart(8)} ${r.p99.toFixed(0).padStart(8)} ${String(r.errors).padStart(8)} ${String(r.non2xx).padStart(8)} ${cpuPerRequest[i]!.toFixed(1).padStart(18)}`);
  });
  const byKey = new Map(scenarios.map(([, , key], i) => [key, results[i]!]));
  const json = byKey.get('detail');
  for (const key of ['page-detail', 'page-overview', 'page-explorer']) {
    const page = byKey.get(key);
    if (!page) continue;
    const weight = pageWeight(await fetch(base + all.find(([k]) => k === key)![2][0]!, { headers }).then((r) => r.text()));
    const cpu = (k: string) => cpuPerRequest[scenarios.findIndex(([, , s]) => s === k)]!;
    console.log(`${page.name.trim()}: ${(weight.bytes / 1024).toFixed(0)} KB, of which ${(weight.rscBytes / 1024).toFixed(0)} KB RSC payload`);
    if (json) console.log(`${page.name.trim()} vs JSON detail: p95 ×${(page.p95 / json.p95).toFixed(1)}, req/s ×${(page.rps / json.rps).toFixed(2)}, server CPU per request ×${(cpu(key) / cpu('detail')).toFixed(1)}`);
  }
  console.log(`load average (1, 5, 15 min) after: ${loadavg().map((l) => l.toFixed(2)).join(' ')} on ${availableParallelism()} CPUs`);
  console.log(`server RSS: ${rssBefore.toFixed(0)} MB before, ${rssAfter.toFixed(0)} MB after (growth ${(rssAfter - rssBefore).toFixed(0)} MB); after each scenario: ${rssAfterEach.map((m) => m.toFixed(0)).join(' → ')} MB`);
  const apis = results.filter((r) => r.name.startsWith('search') || r.name.startsWith('detail'));
  const pageDetail = byKey.get('page-detail');
  const misses = [
    ...results.filter((r) => r.errors + r.non2xx > 0).map((r) => `${r.name.trim()}: ${r.errors + r.non2xx} errors`),
    ...apis.filter((r) => r.p95 >= 200).map((r) => `${r.name.trim()}: p95 ${r.p95.toFixed(0)} ms ≥ 200`),
    ...(pageDetail && pageDetail.p95 >= 500 ? [`${pageDetail.name.trim()}: p95 ${pageDetail.p95.toFixed(0)} ms ≥ 500`] : []),
    ...(rssAfter - rssBefore >= 150 ? [`RSS grew ${(rssAfter - rssBefore).toFixed(0)} MB ≥ 150`] : []),
  ];
  console.log(misses.length ? `targets missed: ${misses.join('; ')}` : 'targets met: 0 errors, p95 < 200 ms for search and detail, < 500 ms for the occupation page, RSS growth < 150 MB');
} finally {
  server.kill('SIGTERM');
}
