import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

/** A child process of the demo start and the promise of its successful exit. */
export interface Step {
  child: ChildProcess;
  done: Promise<void>;
}

/**
 * Starts a step as a child process. With a `label`, its output lines are prefixed (`[build] …`) so that a step
 * run beside another stays readable; without one it shares this terminal (progress bars keep working).
 * `done` rejects naming the command when it exits non-zero or by a signal.
 */
export function startStep(cmd: string, args: string[], label?: string): Step {
  console.log(`\n> ${cmd} ${args.join(' ')}${label ? ` (in the background, output prefixed [${label}])` : ''}`);
  const child = spawn(cmd, args, { stdio: label ? ['ignore', 'pipe', 'pipe'] : 'inherit', env: process.env });
  if (label) {
    for (const [stream, out] of [
      [child.stdout, process.stdout],
      [child.stderr, process.stderr],
    ] as const) {
      if (stream) createInterface({ input: stream }).on('line', (line) => out.write(`[${label}] ${line}\n`));
    }
  }
  const done = new Promise<void>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`Step failed: ${cmd} ${args.join(' ')} (exit ${code ?? signal})`)),
    );
  });
  return { child, done };
}

/** The ingest's Node flag (as `npm run ingest` has it): a larger young generation cuts its scavenges' copying. */
export const INGEST_NODE_FLAGS = ['--max-semi-space-size=32'];

/** Runs a TypeScript script of this project in its own Node process (tsx as a loader: no npx lookup). */
export function startScript(script: string, args: string[], label?: string, nodeFlags: string[] = []): Step {
  return startStep(process.execPath, [...nodeFlags, '--import', 'tsx', script, ...args], label);
}
