import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { env, sharedDataDir } from '../../../lib/env';
import { findRegistryFile, loadRegistry, parseRegistry } from '../../../lib/ingest/registry';
import { registeredSpecs } from '../../../lib/ingest/sources';

const dataDir = sharedDataDir();
if (!dataDir && env.CI) throw new Error('CI needs ../shared/data (or DATA_DIR) to verify registry checksums');

const valid = {
  version: 1,
  sources: [
    {
      name: 'demo',
      title: 'Demo',
      publisher: 'P',
      licence: 'CC0',
      homepage: 'https://example.org/',
      files: [{ path: 'a/b.csv', sha256: 'a'.repeat(64), bytes: 1, download: 'https://example.org/b.csv' }],
    },
  ],
};
const withFile = (file: Record<string, unknown>) =>
  JSON.stringify({ ...valid, sources: [{ ...valid.sources[0], files: [file] }] });

describe('source registry (data/sources.json)', () => {
  const registry = loadRegistry();

  it('validates, and names publisher, licence and homepage for every source', () => {
    expect(registry.sources.length).toBeGreaterThanOrEqual(11);
    for (const s of registry.sources)
      expect([s.publisher, s.licence, s.homepage].every((v) => v.length > 0)).toBe(true);
    expect(findRegistryFile(registry, 'bls/oews_national/oews_national_M2024.csv')?.file.official).toBe(
      'https://www.bls.gov/oes/special-requests/oesm24nat.zip',
    );
    expect(findRegistryFile(registry, 'onet/v30_1/Task Statements.txt')?.file.official).toBe(
      'https://www.onetcenter.org/dl_files/database/db_30_1_text.zip',
    );
  });

  it("lists every file a registered reader loads under the reader's source name", () => {
    const missing = registeredSpecs
      .filter((spec) => !spec.optional || (dataDir && existsSync(path.join(dataDir, spec.file))))
      .filter((spec) => findRegistryFile(registry, spec.file)?.source.name !== spec.source)
      .map((spec) => `${spec.source}: ${spec.file}`);
    expect(missing).toEqual([]);
  });

  it('gives every file a verified download or a plain reason why not, and names the official zip member of each converted OEWS and O*NET file', () => {
    const files = registry.sources.flatMap((s) => s.files);
    const unexplained = files.filter((f) => !(f.download && f.sha256) && !f.noDownload).map((f) => f.path);
    expect(unexplained).toEqual([]);
    expect(files.filter((f) => f.download).length).toBeGreaterThanOrEqual(12);
    const converted = files.filter((f) => /^(bls\/oews_|onet\/v30_1\/)/.test(f.path));
    expect(converted.length).toBe(21);
    for (const f of converted)
      expect([f.path, f.official && f.member ? 'zip member named' : 'missing'], f.path).toEqual([
        f.path,
        'zip member named',
      ]);
    expect(findRegistryFile(registry, 'bls/oews_national/oews_national_M2012.csv')?.file.member).toBe(
      'national_M2012_dl.xls',
    );
    expect(findRegistryFile(registry, 'onet/v23_x/Skills.txt')?.file.official).toBe(
      'https://www.onetcenter.org/db_releases.html',
    );
  });

  it('never downloads the Eloundou label files (the local copy withholds the external test set)', () => {
    const eloundou = registry.sources.find((s) => s.name === 'eloundou');
    expect(eloundou?.files.map((f) => f.download)).toEqual([undefined, undefined, undefined]);
  });

  it.skipIf(!dataDir)('records the sha256 and size of each file as it is in ../shared/data', () => {
    const wrong = registry.sources
      .flatMap((s) => s.files)
      .filter((f) => {
        const bytes = readFileSync(path.join(dataDir as string, f.path));
        return bytes.length !== f.bytes || createHash('sha256').update(bytes).digest('hex') !== f.sha256;
      });
    expect(wrong.map((f) => f.path)).toEqual([]);
  });

  it('rejects malformed entries, naming the JSON path', () => {
    expect(() =>
      parseRegistry(withFile({ path: '../etc/passwd', sha256: 'a'.repeat(64), bytes: 1, download: 'https://x.org/a' })),
    ).toThrow(/sources\.0\.files\.0\.path: must be a relative path/);
    expect(() =>
      parseRegistry(withFile({ path: 'a.csv', sha256: 'XYZ', bytes: 1, download: 'https://x.org/a' })),
    ).toThrow(/sources\.0\.files\.0\.sha256/);
    expect(() =>
      parseRegistry(withFile({ path: 'a.csv', sha256: 'a'.repeat(64), bytes: 1, download: 'http://x.org/a' })),
    ).toThrow(/download: must be an https URL/);
    expect(() => parseRegistry(withFile({ path: 'a.csv', sha256: 'a'.repeat(64), bytes: 1 }))).toThrow(
      /note: a file without a download URL/,
    );
    expect(() =>
      parseRegistry(withFile({ path: 'a.csv', sha256: 'a'.repeat(64), bytes: 1, note: 'Convert it.' })),
    ).toThrow(/noDownload: a file without a download URL needs noDownload/);
    expect(() =>
      parseRegistry(
        withFile({ path: 'a.csv', sha256: 'a'.repeat(64), bytes: 1, download: 'https://x.org/a', noDownload: 'why' }),
      ),
    ).toThrow(/cannot also say why/);
    expect(() =>
      parseRegistry(
        withFile({ path: 'a.csv', sha256: 'a'.repeat(64), bytes: 1, note: 'n', noDownload: 'w', member: 'a.xlsx' }),
      ),
    ).toThrow(/member: member names a file inside/);
    expect(() => parseRegistry(JSON.stringify({ ...valid, sources: [valid.sources[0], valid.sources[0]] }))).toThrow(
      /duplicate source demo/,
    );
    expect(() => parseRegistry('{ not json')).toThrow(/data\/sources\.json: not valid JSON/);
  });
});
