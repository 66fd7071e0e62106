import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { EventEmitter } from 'node:events';
import autocannon from 'autocannon';

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
}

/** Resident memory (MB) of a process and its descendants, from ps. */
export function treeRssMb(pid: number): number {
  const out = execFileSync('ps', ['-e', '-o', 'pid=,ppid=,rss=']).toString().trim().split('\n');
  const rows = out.map((l) => l.trim().split(/\s+/).map(Number)) as [number, number, number][];
  const tree = new Set([pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [p, pp] of rows) if (tree.has(pp) && !tree.has(p)) (tree.add(p), (grew = true));
  }
  return rows.filter(([p]) => tree.has(p)).reduce((s, [, , rss]) => s + rss, 0) / 1024;
}

/**
 * CPU time (user + system, ms) a process and its descendants have used, from /proc (Linux; NaN elsewhere).
 * Why: on a shared machine latency measures the neighbours too, while CPU per request is the render's own cost.
 */
export function treeCpuMs(pid: number): number {
  try {
    const hz = Number(execFileSync('getconf', ['CLK_TCK']).toString()) || 100;
    const out = execFileSync('ps', ['-e', '-o', 'pid=,ppid=']).toString().trim().split('\n');
    const rows = out.map((l) => l.trim().split(/\s+/).map(Number)) as [number, number][];
    const tree = new Set([pid]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const [p, pp] of rows) if (tree.has(pp) && !tree.has(p)) (tree.add(p), (grew = true));
    }
    let ticks = 0;
    for (const p of tree) {
      let stat: string;
      try {
        stat = readFileSync(`/proc/${p}/stat`, 'utf8');
      } catch {
        continue; // gone since ps listed it (ps itself, for one)
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
  for (const m of html.matchAll(/self\.__next_f\.push\((\[[\s\S]*?\])\)<\/script>/g)) rscBytes += Buffer.byteLength(m[1]!);
  return { bytes: Buffer.byteLength(html), rscBytes };
}

/** The p-th percentile (nearest rank) of sorted values. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/**
 * Runs autocannon against 127.0.0.1 only, cycling through `paths`, and records every response time
 * (autocannon reports no p95, so percentiles are computed from the raw times).
 */
export async function runScenario(
  name: string,
  base: string,
  paths: string[],
  options: { connections: number; durationS: number; headers?: Record<string, string> },
): Promise<ScenarioResult> {
  if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(base)) throw new Error('the load bench only targets 127.0.0.1');
  let next = 0;
  const times: number[] = [];
  const instance = autocannon({
    url: base,
    connections: options.connections,
    duration: options.durationS,
    headers: options.headers,
    timeout: 30,
    requests: [{ setupRequest: (req: { path: string }) => ({ ...req, path: paths[next++ % paths.length]! }) }],
  } as unknown as Parameters<typeof autocannon>[0]) as unknown as Promise<AutocannonResult> & EventEmitter;
  instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => times.push(ms));
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
  };
}

/** Runs a command to completion with its output on this terminal; throws when it fails. */
export function runStep(what: string, command: string, args: string[], env: NodeJS.ProcessEnv): void {
  console.error(`\n▶ ${what}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) throw new Error(`${what} failed (exit ${result.status})`);
}
