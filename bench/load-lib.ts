import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import type { EventEmitter } from 'node:events';
import autocannon from 'autocannon';
import { createDb } from '../lib/db/client';
import { migrate } from '../lib/db/migrate';
import { hasReadyModel, isDatabaseEmpty } from '../lib/db/status';
import { resolveDataDir } from '../lib/env';
import { nextStartArgs } from '../scripts/next-server';
import { processTree } from './process-tree';

type AutocannonResult = Awaited<ReturnType<typeof autocannon>>;

/** What one load scenario measured. */
export interface ScenarioResult {
  name: string;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
  /** 429 answers (also counted in non2xx): a bench that the rate limits throttle measures the limiter. */
  tooMany: number;
}

/** One request of a scenario, when it is more than a GET of a path. */
export interface BenchRequest {
  method?: 'GET' | 'POST';
  path: string;
  body?: string;
  headers?: Record<string, string>;
}

/** Resident memory (MB) of a process and its descendants, from ps. */
export function treeRssMb(pid: number): number {
  return processTree(pid).reduce((sum, p) => sum + p.rssMb, 0);
}

/**
 * CPU time (user + system, ms) a process and its descendants have used, from /proc (Linux; NaN elsewhere).
 * Why: on a shared machine latency measures the neighbours too, while CPU per request is the render's own cost.
 */
export function treeCpuMs(pid: number): number {
  try {
    const hz = Number(execFileSync('getconf', ['CLK_TCK']).toString()) || 100;
    const tree = processTree(pid).map((p) => p.pid);
    let ticks = 0;
    for (const p of tree) {
      let stat: string;
      try {
        stat = readFileSync(`/proc/${p}/stat`, 'utf8');
      } catch {
        continue; // gone since ps listed it
      }
      // Fields after the command name: state is the 3rd, utime the 14th and stime the 15th of the line.
      const fields = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    }
    return (ticks * 1000) / hz;
  } catch {
    return Number.NaN;
  }
}

/** A page's size in bytes: the whole HTML and, inside it, the RSC payload Next inlines for hydration (self.__next_f). */
export function pageWeight(html: string): { bytes: number; rscBytes: number } {
  let rscBytes = 0;
  for (const m of html.matchAll(/self\.__next_f\.push\((\[[\s\S]*?\])\)<\/script>/g))
    rscBytes += Buffer.byteLength(m[1]!);
  return { bytes: Buffer.byteLength(html), rscBytes };
}

/** The p-th percentile (nearest rank) of sorted values. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/**
 * Runs autocannon against 127.0.0.1 only, cycling through `paths` (or, with `options.request`, sending the
 * i-th request it builds: method, body and headers added to the common ones), and records every response time
 * (autocannon reports no p95, so percentiles are computed from the raw times).
 */
export async function runScenario(
  name: string,
  base: string,
  paths: string[],
  options: {
    connections: number;
    durationS: number;
    headers?: Record<string, string>;
    request?: (i: number) => BenchRequest;
  },
): Promise<ScenarioResult> {
  if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(base)) throw new Error('the load bench only targets 127.0.0.1');
  let next = 0;
  const times: number[] = [];
  let tooMany = 0;
  type Req = { path: string; method?: string; body?: string; headers: Record<string, string> };
  const setupRequest = options.request
    ? (req: Req) => {
        const r = options.request!(next++);
        return {
          ...req,
          path: r.path,
          method: r.method ?? 'GET',
          ...(r.body === undefined ? {} : { body: r.body }),
          headers: { ...req.headers, ...r.headers },
        };
      }
    : (req: Req) => ({ ...req, path: paths[next++ % paths.length]! });
  const instance = autocannon({
    url: base,
    connections: options.connections,
    duration: options.durationS,
    headers: options.headers,
    timeout: 30,
    requests: [{ setupRequest }],
  } as unknown as Parameters<typeof autocannon>[0]) as unknown as Promise<AutocannonResult> & EventEmitter;
  instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
    times.push(ms);
    if (status === 429) tooMany++;
  });
  const result = await instance;
  times.sort((a, b) => a - b);
  return {
    name,
    requests: result.requests.total,
    rps: result.requests.total / options.durationS,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    errors: result.errors + ((result as unknown as { timeouts?: number }).timeouts ?? 0),
    non2xx: result.non2xx,
    tooMany,
  };
}

/**
 * Readies the database of `databaseUrl` for a bench against `next start`: migrated, the full data ingested
 * and scored when missing, and the app built when .next has no build.
 */
export async function prepareServerData(databaseUrl: string, childEnv: NodeJS.ProcessEnv): Promise<void> {
  const db = createDb({ url: databaseUrl });
  try {
    await migrate(db);
    const dataDir = resolveDataDir();
    if (await isDatabaseEmpty(db)) {
      if (!dataDir)
        throw new Error('the database is empty and no data folder was found (DATA_DIR, data/raw, ../shared/data)');
      runStep(
        'ingest the full data',
        process.execPath,
        ['--import', 'tsx', 'scripts/ingest.ts', '--dir', dataDir],
        childEnv,
      );
    }
    if (!(await hasReadyModel(db)))
      runStep('score with the committed model', process.execPath, ['--import', 'tsx', 'scripts/score.ts'], childEnv);
  } finally {
    await db.close();
  }
  if (!existsSync('.next/BUILD_ID'))
    runStep('build', process.execPath, ['node_modules/next/dist/bin/next', 'build'], childEnv);
}

/**
 * Starts the built app with `next start` on 127.0.0.1:`port`, as `npm run start:demo` starts it (same Node
 * flags: heap limit and the peer-address preload, scripts/next-server.ts; `extraNodeFlags` such as --cpu-prof
 * go before them), and waits until /api/health answers. The caller kills the returned process.
 */
export async function startNextServer(
  port: string,
  childEnv: NodeJS.ProcessEnv,
  extraNodeFlags: string[] = [],
): Promise<{ server: ChildProcess; base: string }> {
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, nextStartArgs(port, '127.0.0.1').toSpliced(0, 0, ...extraNodeFlags), {
    env: childEnv,
    stdio: 'ignore',
  });
  try {
    for (let i = 0; ; i++) {
      if (server.exitCode !== null)
        throw new Error(`next start exited (code ${server.exitCode}); is port ${port} free?`);
      if (i > 240) throw new Error('next start did not answer within 2 minutes');
      if (
        await fetch(`${base}/api/health`).then(
          (r) => r.ok,
          () => false,
        )
      )
        break;
      await new Promise((r) => setTimeout(r, 500));
    }
  } catch (e) {
    server.kill('SIGTERM');
    throw e;
  }
  return { server, base };
}

/** Runs a command to completion with its output on this terminal; throws when it fails. */
export function runStep(what: string, command: string, args: string[], env: NodeJS.ProcessEnv): void {
  console.error(`\n▶ ${what}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) throw new Error(`${what} failed (exit ${result.status})`);
}
