import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { nextStartArgs } from '@/scripts/next-server';

/** Dummy secrets the app is built and started with; none may appear in the build output. */
export const DUMMY_SECRETS = {
  ADMIN_PASSWORD: 'dummy-admin-password-7f3a9c',
  ADMIN_TOKEN: 'dummy-admin-token-5b8e2d41c6f0',
  READ_TOKEN: 'dummy-read-token-9d4c7a2e1b38',
  SESSION_SECRET: 'dummy-session-secret-0123456789abcdef-xyz',
};

/** Runs `next build` with the dummy secrets in the environment. */
export function buildWithDummySecrets(): { ok: boolean; output: string } {
  const result = spawnSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], {
    cwd: process.cwd(),
    env: { ...process.env, ...DUMMY_SECRETS, NODE_ENV: 'production' },
    encoding: 'utf8',
    timeout: 900_000,
  });
  return { ok: result.status === 0, output: `${result.stdout}\n${result.stderr}`.slice(-4000) };
}

/** Every file under `dir` (skipping Next's cache), for grepping. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (name === 'cache') return [];
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

/** Files whose bytes contain any of the values. */
export function filesContaining(files: string[], values: string[]): string[] {
  return files.filter((f) => {
    const text = readFileSync(f).toString('latin1');
    return values.some((v) => text.includes(v));
  });
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

/** Starts `next start` on 127.0.0.1 with the given environment; resolves once /api/health answers. */
export async function startServer(
  port: number,
  env: Record<string, string | undefined>,
): Promise<ChildProcess & { output: () => string }> {
  const { DATABASE_URL: _db, ...inherited } = process.env;
  const child = spawn(process.execPath, nextStartArgs(port, '127.0.0.1'), {
    cwd: process.cwd(),
    env: { ...inherited, NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited:\n${out}`);
    const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then(
      (r) => r.status > 0,
      () => false,
    );
    if (ok) return Object.assign(child, { output: () => out });
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill('SIGKILL');
  throw new Error(`next start did not answer:\n${out}`);
}
