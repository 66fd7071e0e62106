import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { env } from '../lib/env';
import {
  type BenchRequest,
  prepareServerData,
  runScenario,
  startNextServer,
  treeCpuMs,
  type ScenarioResult,
} from './load-lib';

/**
 * npm run bench:match-api [-- --duration 15 --connections 10]: `next start` on the Postgres database of
 * DATABASE_URL (ingested and scored first when missing; built when .next has no build), started as
 * `npm run start:demo` starts it, then autocannon on 127.0.0.1 against POST /api/match with one title per
 * request (cycling through real-looking HR titles) and, in the same run, GET /api/openapi.json: a route with no
 * database or model work, the comparison floor (what any request costs this server on this machine now).
 * POST /api/match is metered per client (lib/api/match-limit.ts, keyed by lib/auth/client-address.ts): the server
 * runs with TRUST_PROXY=1 and each request names its own client in X-Forwarded-For, so the limiter never
 * throttles the bench; any 429 still counts as an error. Prints req/s, p50/p95/p99, errors, non-2xx, 429s, the
 * server's CPU per request, p95(match) / p95(bare) and the load average. Target: p95 < 50 ms for match.
 */
const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '15' },
    connections: { type: 'string', default: '10' },
    port: { type: 'string', default: '3978' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(
    'npm run bench:match-api [-- --duration S --connections N --port P]\n' +
      '  next start on DATABASE_URL, then autocannon: POST /api/match (one title a request) and GET /api/openapi.json\n' +
      '  (no database work: the comparison floor) in the same run; prints req/s, p50/p95/p99, errors, non-2xx, 429s,\n' +
      '  p95(match)/p95(bare) and the load average. Target: match p95 < 50 ms at 10 connections.',
  );
  process.exit(0);
}
const durationS = Number(values.duration);
const connections = Number(values.connections);
if (!env.DATABASE_URL) throw new Error('bench:match-api needs DATABASE_URL (PostgreSQL with the full data)');
// TRUST_PROXY=1: the limiter keys clients by the last X-Forwarded-For entry, which each request sets to its own address.
const childEnv: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', TRUST_PROXY: '1' };
await prepareServerData(env.DATABASE_URL, childEnv);

/** Titles as HR systems write them. */
const TITLES = [
  'Senior Accountant',
  'Registered Nurse - ICU',
  'Software Engineer II',
  'Warehouse Associate (Night Shift)',
  'Customer Service Representative',
  'HR Business Partner',
  'Payroll Specialist',
  'Forklift Operator',
  'Elementary School Teacher',
  'Sales Development Representative',
  'Line Cook',
  'Sr. Data Analyst',
  'Administrative Assistant',
  'Truck Driver CDL-A',
  'Medical Assistant',
  'Marketing Manager - Remote',
];
/** A distinct client address per request (10.0.0.0/8), so no client comes near the 10,000-titles-a-minute budget. */
const clientAddress = (i: number) => `10.${(i >>> 16) & 255}.${(i >>> 8) & 255}.${i & 255}`;
const matchRequest = (i: number): BenchRequest => ({
  method: 'POST',
  path: '/api/match',
  body: JSON.stringify({ titles: [{ title: TITLES[i % TITLES.length]! }] }),
  headers: { 'content-type': 'application/json', 'x-forwarded-for': clientAddress(i) },
});

const { server, base } = await startNextServer(values.port, childEnv);
const headers: Record<string, string> = env.READ_TOKEN ? { authorization: `Bearer ${env.READ_TOKEN}` } : {};
try {
  console.error(
    `load average before: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  // Warm up (the coder and the catalogue load on first use) and check that the route really codes titles.
  for (let i = 0; i < 2 * TITLES.length; i++) {
    const r = matchRequest(0xffffff - i);
    const res = await fetch(base + r.path, { method: 'POST', body: r.body, headers: { ...headers, ...r.headers } });
    const json = (await res.json()) as { matches?: { code?: string }[] };
    if (res.status !== 200 || !json.matches?.[0]?.code)
      throw new Error(`POST /api/match answered ${res.status}: ${JSON.stringify(json).slice(0, 300)}`);
    await fetch(`${base}/api/openapi.json`, { headers }).then((x) => x.text());
  }
  const scenarios: [string, string[], ((i: number) => BenchRequest) | undefined][] = [
    ['bare   GET /api/openapi.json (floor)', ['/api/openapi.json'], undefined],
    ['match  POST /api/match (1 title)', ['/api/match'], matchRequest],
  ];
  const results: ScenarioResult[] = [];
  const cpuPerRequest: number[] = [];
  for (const [name, paths, request] of scenarios) {
    console.error(`▶ ${name}: ${connections} connections for ${durationS} s`);
    const cpuBefore = treeCpuMs(server.pid!);
    const result = await runScenario(name, base, paths, { connections, durationS, headers, request });
    cpuPerRequest.push((treeCpuMs(server.pid!) - cpuBefore) / Math.max(1, result.requests));
    results.push(result);
  }
  console.log(
    `\nMatch API bench: ${connections} connections × ${durationS} s per route on 127.0.0.1 (Postgres, next start, TRUST_PROXY=1)`,
  );
  console.log(
    'route                                   req/s    p50 ms   p95 ms   p99 ms   errors  non-2xx     429  server CPU ms/req',
  );
  results.forEach((r, i) => {
    console.log(
      `${r.name.padEnd(38)} ${r.rps.toFixed(0).padStart(7)} ${r.p50.toFixed(1).padStart(9)} ${r.p95.toFixed(1).padStart(8)} ${r.p99.toFixed(1).padStart(8)} ` +
        `${String(r.errors).padStart(8)} ${String(r.non2xx).padStart(8)} ${String(r.tooMany).padStart(7)} ${cpuPerRequest[i]!.toFixed(1).padStart(18)}`,
    );
  });
  const [bare, match] = results as [ScenarioResult, ScenarioResult];
  console.log('the bare route (GET /api/openapi.json: no database, no model) is the comparison floor');
  console.log(
    `match vs bare: p95 ×${(match.p95 / bare.p95).toFixed(2)}, req/s ×${(match.rps / bare.rps).toFixed(2)}, server CPU per request ×${(cpuPerRequest[1]! / cpuPerRequest[0]!).toFixed(1)}`,
  );
  console.log(
    `load average (1, 5, 15 min) after: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} on ${availableParallelism()} CPUs`,
  );
  const misses = [
    ...results
      .filter((r) => r.errors + r.non2xx > 0)
      .map((r) => `${r.name.trim()}: ${r.errors} errors, ${r.non2xx} non-2xx (${r.tooMany} of them 429)`),
    ...(match.p95 >= 50 ? [`match p95 ${match.p95.toFixed(1)} ms ≥ 50`] : []),
  ];
  console.log(
    misses.length
      ? `targets missed: ${misses.join('; ')}`
      : 'targets met: 0 errors, 0 non-2xx (no 429), match p95 < 50 ms',
  );
} finally {
  server.kill('SIGTERM');
}
