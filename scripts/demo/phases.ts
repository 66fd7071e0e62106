/**
 * One line per finished start-up phase, printed by `npm run start:demo` (scripts/prepare-demo.ts) and read back
 * by `npm run bench:first-start`, so the benchmark times the phases the start command itself reports.
 */

/** The phases of a first start, in the order the benchmark prints them. */
export const DEMO_PHASES = ['install', 'migrate', 'ingest', 'score', 'build', 'ready'] as const;
export type DemoPhase = (typeof DEMO_PHASES)[number];

const PREFIX = '[start:demo] phase';
const LINE = /^\[start:demo\] phase (\w+) (done|skipped) in (\d+(?:\.\d+)?) s\b/;

/** A phase's report line, e.g. `[start:demo] phase ingest done in 38.2 s (from 0.9 s)`. */
export function phaseLine(phase: DemoPhase, seconds: number, startedAt: number, skipped = false): string {
  return `${PREFIX} ${phase} ${skipped ? 'skipped' : 'done'} in ${seconds.toFixed(1)} s (from ${startedAt.toFixed(1)} s)`;
}

/** Parses a phase report line; undefined for any other line. */
export function parsePhaseLine(line: string): { phase: DemoPhase; seconds: number; skipped: boolean } | undefined {
  const [, name = '', state, seconds] = LINE.exec(line.trim()) ?? [];
  if (!(DEMO_PHASES as readonly string[]).includes(name)) return undefined;
  return { phase: name as DemoPhase, seconds: Number(seconds), skipped: state === 'skipped' };
}

/** Runs a phase, printing its line with its duration and its start relative to `t0` (ms, performance.now()). */
export async function timedPhase<T>(phase: DemoPhase, t0: number, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await work();
  console.log(phaseLine(phase, (performance.now() - start) / 1000, (start - t0) / 1000));
  return result;
}

/** Prints a skipped phase's line (its work was already done, e.g. a build from an earlier start). */
export function skippedPhase(phase: DemoPhase, t0: number, why: string): void {
  console.log(`${phaseLine(phase, 0, (performance.now() - t0) / 1000, true)}: ${why}`);
}
