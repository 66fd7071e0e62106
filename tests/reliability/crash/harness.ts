import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Db } from '@/lib/db/client';

/** Writes a custom-index CSV of `rows` distinct codes, each with `value`, to dir/indices/<name>.csv. */
export async function writeIndexFile(dir: string, name: string, rows: number, value: number): Promise<string> {
  mkdirSync(path.join(dir, 'indices'), { recursive: true });
  const file = path.join(dir, 'indices', `${name}.csv`);
  const out = createWriteStream(file);
  out.write('index_name,code_system,code,value,year,label\n');
  for (let i = 0; i < rows; i++) {
    const code = `${String(Math.floor(i / 10000) % 100).padStart(2, '0')}-${String(i % 10000).padStart(4, '0')}`;
    const line =
      `${name},soc2018,${code},${value},${2000 + Math.floor(i / 1_000_000)},row ${i} "quoted" label\n`.replace(
        '"quoted"',
        'plain',
      );
    if (!out.write(line)) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  return file;
}

/** Starts the real ingest CLI (one node process, so SIGKILL hits the process doing the work). */
export function spawnIngest(
  dir: string,
  database: { url: string } | { pgliteDir: string },
  source = 'custom-index',
): ChildProcess & { output: () => string } {
  const { DATABASE_URL: _url, PGLITE_DIR: _dir, ...rest } = process.env;
  const dbEnv = 'url' in database ? { DATABASE_URL: database.url } : { PGLITE_DIR: database.pgliteDir };
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'scripts/ingest.ts', '--dir', dir, '--source', source, '--force'],
    {
      cwd: process.cwd(),
      env: { ...rest, ...dbEnv, CI: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let text = '';
  child.stdout?.on('data', (d: Buffer) => (text += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (text += d.toString()));
  return Object.assign(child, { output: () => text });
}

/** Starts the PGlite crash child (tests/reliability/crash/ingest-child.ts). */
export function spawnPgliteChild(
  pgliteDir: string,
  dataDir: string,
  indexName: string,
): ChildProcess & { output: () => string } {
  const script = path.join('tests', 'reliability', 'crash', 'ingest-child.ts');
  const child = spawn(process.execPath, ['--import', 'tsx', script, pgliteDir, dataDir, indexName], {
    cwd: process.cwd(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout?.on('data', (d: Buffer) => (text += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (text += d.toString()));
  return Object.assign(child, { output: () => text });
}

/** Resolves with the exit code (or signal) of a child process. */
export function exited(child: ChildProcess): Promise<number | string> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal ?? -1)));
}

/** Polls `check` every 50 ms until it returns true, or throws after `timeoutMs`. */
export async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Row count and a checksum of one index's rows (without the serial id, which differs between runs). */
export async function indexState(db: Db, name: string): Promise<{ rows: number; md5: string }> {
  const [row] = await db.prisma.$queryRaw<{ rows: number; md5: string | null }[]>`
    SELECT count(*)::int AS rows,
           md5(string_agg(concat_ws(',', code_system, code, year, value, label), '|' ORDER BY code_system, code, year)) AS md5
    FROM exposure_index WHERE index_name = ${name}`;
  return { rows: row?.rows ?? 0, md5: row?.md5 ?? '' };
}
