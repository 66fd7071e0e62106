import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { env } from '../lib/env';
import { attributeProfile, CATEGORIES } from './cpu-profile';
import { prepareServerData, runScenario, startNextServer, treeCpuMs, type ScenarioResult } from './load-lib';
import { pageExtras } from './web-extras';

/**
 * npm run bench:web [-- --connections 20 --duration 10 --profile-seconds 8 --no-extras]: the built app on the
 * Postgres database of DATABASE_URL (full data; ingested, scored and built first when missing). Same run, same
 * server, 20 connections each: the floor (GET /api/ping: a Next route with no proxy and no database), search
 * (/api/occupations?q=) and the occupation page, with p95 and the server's CPU per request. Then the overview
 * render, LCP and export RSS (web-extras.ts), then one `node --cpu-prof` server per route to split its CPU into
 * proxy, CSP nonce, rendering, JSON, database, logging (cpu-profile.ts). Ends with a summary table.
 */
const { values } = parseArgs({
  options: {
    connections: { type: 'string', default: '20' },
    duration: { type: 'string', default: '10' },
    'profile-seconds': { type: 'string', default: '8' },
    port: { type: 'string', default: String(env.E2E_PORT) },
    'no-extras': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log('npm run bench:web [-- --connections N --duration S --profile-seconds S --port P --no-extras]');
  process.exit(0);
}
if (!env.DATABASE_URL) throw new Error('bench:web needs DATABASE_URL (PostgreSQL with the full data)');
const connections = Number(values.connections);
const durationS = Number(values.duration);
const childEnv: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
const terms = ['accountant', 'nurse', 'software', 'teacher', 'driver', 'analyst', 'clerk', 'engineer'];
type RouteSpec = { label: string; paths: string[]; headers?: Record<string, string> };
const ROUTE_SPECS = {
  floor: { label: 'floor  GET /api/ping (no proxy, no DB)', paths: ['/api/ping'] },
  search: { label: 'search GET /api/occupations?q=', paths: terms.map((t) => `/api/occupations?q=${t}`) },
  page: { label: 'page   GET /occupations/29-1141.00', paths: ['/occupations/29-1141.00'] },
  // A cookie keeps scripts/page-cache.cjs out of the way: what every request cost before the page was kept.
  rendered: {
    label: 'page, rendered per request (cookie)',
    paths: ['/occupations/29-1141.00'],
    headers: { cookie: 'bench=1' },
  },
};
type Route = keyof typeof ROUTE_SPECS;
const ROUTES: Record<Route, RouteSpec> = ROUTE_SPECS;
/** CLOCK_MONOTONIC in µs: the clock V8 stamps profile samples with, shared by every process on Linux. */
const monotonicUs = () => Number(process.hrtime.bigint() / 1000n);
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

/** Stops a server and waits for it to exit (so a --cpu-prof server has written its profile). */
async function stop(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null) return;
  const exited = new Promise((r) => server.once('exit', r));
  server.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
}

/** Warms a route, then loads it; the scenario's result and the server's CPU ms per request over it. */
async function measure(
  base: string,
  pid: number,
  route: Route,
  seconds: number,
): Promise<{ result: ScenarioResult; cpu: number; windowUs: [number, number] }> {
  const { label, paths } = ROUTES[route];
  const headers = ROUTES[route].headers ?? {};
  for (const p of paths) await fetch(base + p, { headers }).then((r) => r.text());
  const before = treeCpuMs(pid);
  const startUs = monotonicUs();
  const result = await runScenario(label, base, [...paths], { connections, durationS: seconds, headers });
  return { result, cpu: (treeCpuMs(pid) - before) / Math.max(1, result.requests), windowUs: [startUs, monotonicUs()] };
}

await prepareServerData(env.DATABASE_URL, childEnv);
console.error(`load average before: ${load()}`);
const measured = new Map<Route, { result: ScenarioResult; cpu: number }>();
{
  const { server, base } = await startNextServer(values.port, childEnv);
  try {
    for (const route of Object.keys(ROUTES) as Route[]) {
      console.error(`▶ ${ROUTES[route].label}: ${connections} connections × ${durationS} s`);
      measured.set(route, await measure(base, server.pid!, route, durationS));
    }
    if (!values['no-extras']) await pageExtras(base, server.pid!);
  } finally {
    await stop(server);
  }
}

// One profiled server per route, so each profile holds one route's work only.
const profiles = new Map<Route, { shares: ReturnType<typeof attributeProfile>; cpu: number }>();
for (const route of Object.keys(ROUTES) as Route[]) {
  const dir = mkdtempSync(join(tmpdir(), 'taskshift-cpu-prof-'));
  const { server, base } = await startNextServer(values.port, childEnv, ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
  let run: Awaited<ReturnType<typeof measure>> | undefined;
  try {
    console.error(`▶ profile ${ROUTES[route].label}: ${values['profile-seconds']} s`);
    run = await measure(base, server.pid!, route, Number(values['profile-seconds']));
  } finally {
    await stop(server);
  }
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (file && run) profiles.set(route, { shares: attributeProfile(join(dir, file), run.windowUs), cpu: run.cpu });
  else console.error(`no CPU profile written for ${route} (the server did not exit cleanly)`);
  rmSync(dir, { recursive: true, force: true });
}

const routes = Object.keys(ROUTES) as Route[];
console.log(
  `\nWhere server CPU goes: ms per request (share) = the profiled run's CPU per request (/proc) × each category's share of`,
);
console.log(
  `its busy samples (node --cpu-prof, ${connections} connections; only samples of the load itself, idle left out)`,
);
console.log(`${'category'.padEnd(42)}${routes.map((r) => r.padStart(16)).join('')}`);
for (const [i, category] of CATEGORIES.entries()) {
  const cell = (r: Route) => {
    const p = profiles.get(r);
    return (
      p ? `${(p.shares[i]!.share * p.cpu).toFixed(2)} (${(p.shares[i]!.share * 100).toFixed(0)}%)` : '-'
    ).padStart(16);
  };
  console.log(`${category.padEnd(42)}${routes.map(cell).join('')}`);
}
console.log(
  `${'all (CPU ms per request, /proc)'.padEnd(42)}${routes.map((r) => (profiles.get(r)?.cpu.toFixed(2) ?? '-').padStart(16)).join('')}`,
);

const floor = measured.get('floor')!;
/** One summary line; `met` undefined for a figure shown for context, with no target of its own. */
const row = (figure: string, value: number, target: string, met: boolean | undefined, floorValue: number) =>
  console.log(
    `${figure.padEnd(36)}${value.toFixed(1).padStart(9)}  ${target.padEnd(26)}${floorValue.toFixed(1).padStart(9)}  ×${(value / floorValue).toFixed(2).padEnd(7)}${met === undefined ? '' : met ? 'met' : 'MISSED'}`,
  );
console.log(
  `\nbench:web summary (${connections} connections × ${durationS} s each, load average now ${load()}; floor = GET /api/ping, same run)`,
);
for (const route of Object.keys(ROUTES) as Route[]) {
  const { result: r } = measured.get(route)!;
  console.log(
    `  ${r.name}: ${r.rps.toFixed(0)} req/s, p50 ${r.p50.toFixed(0)} ms, p95 ${r.p95.toFixed(0)} ms, p99 ${r.p99.toFixed(0)} ms, ${r.errors} errors, ${r.non2xx} non-2xx`,
  );
}
console.log(`${'figure'.padEnd(36)}${'value'.padStart(9)}  ${'target'.padEnd(26)}${'floor'.padStart(9)}  ratio   `);
const search = measured.get('search')!;
const page = measured.get('page')!;
row(
  'search p95 (ms)',
  search.result.p95,
  '< 50 ms or ≤ 1.2× floor',
  search.result.p95 < 50 || search.result.p95 <= 1.2 * floor.result.p95,
  floor.result.p95,
);
row('occupation page p95 (ms)', page.result.p95, '< 150 ms', page.result.p95 < 150, floor.result.p95);
row('search server CPU / request (ms)', search.cpu, '(no target)', undefined, floor.cpu);
row('page server CPU / request (ms)', page.cpu, '(no target)', undefined, floor.cpu);
const rendered = measured.get('rendered')!;
row('page rendered per request p95 (ms)', rendered.result.p95, '(before the page cache)', undefined, floor.result.p95);
row('page rendered CPU / request (ms)', rendered.cpu, '(before the page cache)', undefined, floor.cpu);
