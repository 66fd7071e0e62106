import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fetchAll, fetchSummary } from '../../../lib/ingest/fetch/fetch-all';
import { parseRegistry, type Registry } from '../../../lib/ingest/registry';
import { closedPort, SERVED, startServer } from './server';

const sha = (file: string) =>
  createHash('sha256')
    .update(readFileSync(path.join(SERVED, file)))
    .digest('hex');
const size = (file: string) => readFileSync(path.join(SERVED, file)).length;
const ZERO = '0'.repeat(64);

function demoRegistry(): Registry {
  return parseRegistry(
    JSON.stringify({
      version: 1,
      sources: [
        {
          name: 'demo',
          title: 'Demo',
          publisher: 'Tests',
          licence: 'CC0',
          homepage: 'https://example.org/',
          files: [
            { path: 'a.csv', sha256: sha('a.csv'), bytes: size('a.csv'), download: 'https://example.org/a.csv' },
            {
              path: 'sub dir/b c.csv',
              sha256: sha('sub dir/b c.csv'),
              bytes: size('sub dir/b c.csv'),
              download: 'https://example.org/b.csv',
            },
            { path: 'bad.csv', sha256: ZERO, bytes: 9, download: 'https://example.org/bad.csv' },
            { path: 'missing.csv', sha256: ZERO, bytes: 1, download: 'https://example.org/missing.csv' },
            {
              path: 'manual.csv',
              sha256: ZERO,
              bytes: 1,
              official: 'https://example.org/release.zip',
              member: 'manual.xlsx',
              note: 'Convert from the zip.',
              noDownload: 'Exported from a workbook.',
            },
          ],
        },
      ],
    }),
  );
}

/** Every file under a folder, relative. */
function tree(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)))
    .sort();
}

describe('data:fetch against a local HTTP server', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let dest: string;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => server.close());
  beforeEach(() => {
    dest = mkdtempSync(path.join(tmpdir(), 'taskshift-fetch-'));
  });
  afterEach(() => rmSync(dest, { recursive: true, force: true }));

  it('downloads verified files, rejects a checksum mismatch and a 404, lists manual files, leaves no partial files', async () => {
    const results = await fetchAll(demoRegistry(), { destDir: dest, baseUrl: server.baseUrl });
    expect(results.map((r) => [r.path, r.status])).toEqual([
      ['a.csv', 'downloaded'],
      ['sub dir/b c.csv', 'downloaded'],
      ['bad.csv', 'failed'],
      ['missing.csv', 'failed'],
      ['manual.csv', 'manual'],
    ]);
    expect(results[2]?.message).toBe(`checksum mismatch: expected sha256 ${ZERO}, got ${sha('bad.csv')}`);
    expect(results[3]?.message).toMatch(/^HTTP 404 Not Found from http:\/\/127\.0\.0\.1:\d+\/missing\.csv$/);
    expect(results[4]?.message).toBe(
      'Exported from a workbook. official: https://example.org/release.zip (member manual.xlsx)',
    );
    expect(tree(dest)).toEqual(['a.csv', path.join('sub dir', 'b c.csv')]);
    expect(readFileSync(path.join(dest, 'sub dir', 'b c.csv'), 'utf8')).toBe('code,value\n11-1011,0.1\n');
    expect(server.requests).toContain('sub dir/b c.csv');
    expect(fetchSummary(results)).toBe(
      'data:fetch: 2 downloaded (0.0 MB), 0 already present, 1 need manual conversion, 2 failed',
    );
  });

  it('keeps files already present with the right checksum, and replaces a corrupted one', async () => {
    await fetchAll(demoRegistry(), { destDir: dest, baseUrl: server.baseUrl, sources: ['demo'] });
    writeFileSync(path.join(dest, 'a.csv'), 'corrupted');
    const before = server.requests.length;
    const again = await fetchAll(demoRegistry(), { destDir: dest, baseUrl: server.baseUrl });
    expect(again.slice(0, 2).map((r) => r.status)).toEqual(['downloaded', 'cached']);
    expect(
      server.requests.slice(before).filter((p) => p.endsWith('.csv') && !['bad.csv', 'missing.csv'].includes(p)),
    ).toEqual(['a.csv']);
    expect(readFileSync(path.join(dest, 'a.csv'), 'utf8')).toBe('code,value\n15-1252,0.9\n');
  });

  it('fails clearly when the connection is refused, writing nothing', async () => {
    const port = await closedPort();
    const results = await fetchAll(demoRegistry(), { destDir: dest, baseUrl: `http://127.0.0.1:${port}/` });
    expect(results[0]).toMatchObject({ status: 'failed', message: `could not reach 127.0.0.1:${port} (ECONNREFUSED)` });
    expect(results.filter((r) => r.status === 'failed')).toHaveLength(4);
    expect(tree(dest)).toEqual([]);
  });

  it('reports an unresolvable host as offline and stops trying that host', async () => {
    const results = await fetchAll(demoRegistry(), { destDir: dest, baseUrl: 'http://taskshift-test.invalid/' });
    const failed = results.filter((r) => r.status === 'failed');
    expect(failed).toHaveLength(4);
    for (const r of failed) expect(r.message).toBe('offline: could not reach taskshift-test.invalid (ENOTFOUND)');
    expect(tree(dest)).toEqual([]);
  });

  it('rejects unknown source names', async () => {
    await expect(fetchAll(demoRegistry(), { destDir: dest, sources: ['nope'] })).rejects.toThrow(
      'Unknown source(s): nope',
    );
  });
});

describe('npm run data:fetch (the script)', () => {
  it('exits non-zero with a clear offline message and no files when hosts cannot be resolved', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'taskshift-fetch-cli-'));
    const registry = path.join(dir, 'sources.json');
    writeFileSync(
      registry,
      JSON.stringify({
        version: 1,
        sources: [
          {
            name: 'demo',
            title: 'Demo',
            publisher: 'Tests',
            licence: 'CC0',
            homepage: 'https://example.org/',
            files: [
              { path: 'a.csv', sha256: sha('a.csv'), bytes: 25, download: 'https://taskshift-test.invalid/a.csv' },
            ],
          },
        ],
      }),
    );
    const run = promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'scripts/fetch-data.ts', '--registry', registry, '--dest', path.join(dir, 'raw')],
      { cwd: process.cwd() },
    );
    const failure = await run.then(
      () => undefined,
      (err: { code: number; stderr: string }) => err,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain('FAILED a.csv: offline: could not reach taskshift-test.invalid (ENOTFOUND)');
    expect(failure?.stderr).toContain(
      'data:fetch: 0 downloaded (0.0 MB), 0 already present, 0 need manual conversion, 1 failed',
    );
    expect(tree(path.join(dir, 'raw'))).toEqual([]);
    rmSync(dir, { recursive: true, force: true });
  });
});
