import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { createDb } from '../lib/db/client';
import { env } from '../lib/env';
import {
  pageWeight,
  prepareServerData,
  runScenario,
  startNextServer,
  treeCpuMs,
  treeRssMb,
  type ScenarioResult,
} from './load-lib';
import { CURRENT_ONET } from '../lib/db/onet-release';

/**
 * npm run bench:load [-- --duration 30 --connections 50 --only detail,page-detail]: `next start` on the Postgres
 * database of DATABASE_URL with the full data (ingested and scored first when missing), then autocannon on
 * 127.0.0.1 against search, occupation detail (JSON), a CSV export and the HTML pages (occupation page, /,
 * /occupations). The server gets the same Node flags as `npm run start:demo` (scripts/next-server.ts). Prints
 * req/s, p50/p95/p99, errors, the server's CPU time per request, its RSS before and after, the load average,
 * each page's size (and its RSC payload) and its p95, req/s and CPU per request as a ratio to the JSON
 * detail's in the same run (the machine may be shared; CPU per request depends least on it). Targets (issue 12):
 * 0 errors, p95 < 200 ms on every route, RSS growth < 100 MB. The floor is GET /api/ping (no proxy, no database),
 * loaded the same way first; the run ends with a summary table: figure, target, floor, ratio.
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
  console.log(
    'npm run bench:load [-- --duration S --connections N --port P --only floor,search,detail,export,page-detail,page-overview,page-explorer]',
  );
  process.exit(0);
}
const durationS = Number(values.duration);
const connections = Number(values.connections);
if (!env.DATABASE_URL) throw new Error('bench:load needs DATABASE_URL (PostgreSQL with the full data)');
const childEnv: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };

await prepareServerData(env.DATABASE_URL, childEnv);
const db = createDb({ url: env.DATABASE_URL });
const codes = (
  await db.prisma.$queryRaw<{ code: string }[]>`
  SELECT code FROM onet_occupation WHERE onet_version = ${CURRENT_ONET} ORDER BY code`
).map((r) => r.code);
await db.close();

const { server, base } = await startNextServer(values.port, childEnv); // as `npm run start:demo` starts it
const headers: Record<string, string> = env.READ_TOKEN ? { authorization: `Bearer ${env.READ_TOKEN}` } : {};
try {
  const terms = [
    'accountant',
    'nurse',
    'software',
    'teacher',
    'driver',
    'analyst',
    'clerk',
    'engineer',
    'cook',
    'sales',
  ];
  // The occupation page and its JSON run back to back on the same code, so their ratio compares like with like.
  const all: [string, string, string[]][] = [
    ['floor', 'floor    /api/ping (no proxy, no DB)', ['/api/ping']],
    ['search', 'search   /api/occupations?q=', terms.map((t) => `/api/occupations?q=${t}`)],
    ['detail', 'detail   /api/occupations/29-1141.00', ['/api/occupations/29-1141.00']],
    ['page-detail', 'page     /occupations/29-1141.00', ['/occupations/29-1141.00']],
    ['detail-many', 'detail   /api/occupations/{code}', codes.slice(0, 400).map((c) => `/api/occupations/${c}`)],
    ['page-overview', 'page     /', ['/']],
    ['page-explorer', 'page     /occupations', ['/occupations', ...terms.map((t) => `/occupations?q=${t}`)]],
    ['export', 'export   /api/export/occupations.csv', ['/api/export/occupations.csv']],
  ];
  const only = values.only?.split(',');
  const scenarios = all
    .filter(([key]) => !only || only.includes(key))
    .map(([key, name, paths]) => [name, paths, key] as const);
  console.error(
    `load average before: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  for (const [, paths] of scenarios)
    for (const p of paths.slice(0, 20)) await fetch(base + p, { headers }).then((r) => r.text()); // warm caches
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
  console.log(
    `\nLoad bench: ${connections} connections × ${durationS} s per scenario on 127.0.0.1 (Postgres, next start)`,
  );
  console.log(
    'scenario                              req/s    p50 ms   p95 ms   p99 ms   errors  non-2xx  server CPU ms/req',
  );
  results.forEach((r, i) => {
    console.log(
      `${r.name.padEnd(36)} ${r.rps.toFixed(0).padStart(7)} ${r.p50.toFixed(0).padStart(9)} ${r.p95.toFixed(0).padStart(8)} ${r.p99.toFixed(0).padStart(8)} ${String(r.errors).padStart(8)} ${String(r.non2xx).padStart(8)} ${cpuPerRequest[i]!.toFixed(1).padStart(18)}`,
    );
  });
  const byKey = new Map(scenarios.map(([, , key], i) => [key, results[i]!]));
  const json = byKey.get('detail');
  for (const key of ['page-detail', 'page-overview', 'page-explorer']) {
    const page = byKey.get(key);
    if (!page) continue;
    const weight = pageWeight(
      await fetch(base + all.find(([k]) => k === key)![2][0]!, { headers }).then((r) => r.text()),
    );
    const cpu = (k: string) => cpuPerRequest[scenarios.findIndex(([, , s]) => s === k)]!;
    console.log(
      `${page.name.trim()}: ${(weight.bytes / 1024).toFixed(0)} KB, of which ${(weight.rscBytes / 1024).toFixed(0)} KB RSC payload`,
    );
    if (json)
      console.log(
        `${page.name.trim()} vs JSON detail: p95 ×${(page.p95 / json.p95).toFixed(1)}, req/s ×${(page.rps / json.rps).toFixed(2)}, server CPU per request ×${(cpu(key) / cpu('detail')).toFixed(1)}`,
      );
  }
  console.log(
    `load average (1, 5, 15 min) after: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} on ${availableParallelism()} CPUs`,
  );
  console.log(
    `server RSS: ${rssBefore.toFixed(0)} MB before, ${rssAfter.toFixed(0)} MB after (growth ${(rssAfter - rssBefore).toFixed(0)} MB); after each scenario: ${rssAfterEach.map((m) => m.toFixed(0)).join(' → ')} MB`,
  );
  const growth = rssAfter - rssBefore;
  const floor = byKey.get('floor');
  console.log(
    `\nbench:load summary (${connections} connections × ${durationS} s per route; load average now ${loadavg()[0]!.toFixed(2)} on ${availableParallelism()} CPUs; floor = GET /api/ping, same run)`,
  );
  console.log(
    `${'figure'.padEnd(46)}${'value'.padStart(9)}  ${'target'.padEnd(10)}${'floor'.padStart(8)}  ${'ratio'.padEnd(8)}`,
  );
  const row = (figure: string, value: number, target: string, met: boolean, floorValue?: number) =>
    console.log(
      `${figure.padEnd(46)}${value.toFixed(0).padStart(9)}  ${target.padEnd(10)}${(floorValue?.toFixed(0) ?? '-').padStart(8)}  ${(floorValue ? `×${(value / floorValue).toFixed(2)}` : '').padEnd(8)}${met ? 'met' : 'MISSED'}`,
    );
  for (const r of results) {
    row(`${r.name.trim()} p95 (ms)`, r.p95, '< 200', r.p95 < 200, floor?.p95);
    row(`${r.name.trim()} errors + non-2xx`, r.errors + r.non2xx, '0', r.errors + r.non2xx === 0);
  }
  row('server RSS growth (MB)', growth, '< 100', growth < 100);
} finally {
  server.kill('SIGTERM');
}
