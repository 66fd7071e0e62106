import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db/client';
import { loadFile } from '@/lib/ingest/load';
import { readFileRows } from '@/lib/ingest/read-file';
import { errorDetails } from '@/lib/ingest/report';
import { customIndexSpec } from '@/lib/ingest/sources/custom-index';
import { decodeUpload } from '@/lib/ingest/upload';
import { freshDb } from '../helpers/db';

const dir = mkdtempSync(path.join(tmpdir(), 'taskshift-encodings-'));
const spec = customIndexSpec('indices/enc.csv');
const CSV = 'index_name,code_system,code,value,year,label\nenc,isco08,2512,0.5,2024,Développeurs\n';
const utf16be = (s: string) => Buffer.from(s, 'utf16le').swap16();

/** Files that are not UTF-8 text, and the name each must be given. */
const CASES: [string, Buffer, RegExp][] = [
  ['gzip', gzipSync(Buffer.from(CSV)), /gzip-compressed .*Decompress it/],
  [
    'UTF-16LE with BOM',
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CSV, 'utf16le')]),
    /UTF-16LE encoded \(byte-order mark FF FE\)/,
  ],
  [
    'UTF-16BE with BOM',
    Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(CSV)]),
    /UTF-16BE encoded \(byte-order mark FE FF\)/,
  ],
  ['UTF-16LE without BOM', Buffer.from(CSV, 'utf16le'), /UTF-16LE encoded \(no byte-order mark/],
  ['UTF-16BE without BOM', utf16be(CSV), /UTF-16BE encoded \(no byte-order mark/],
  ['UTF-32LE', Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), Buffer.from('i\0\0\0')]), /UTF-32LE/],
  ['xlsx (ZIP)', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]), /ZIP archive .*xlsx/],
];

describe('files that are not UTF-8 text are named, not blamed on Latin-1', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(CASES)('CLI path: %s', async (_name, bytes, reason) => {
    const file = path.join(dir, 'enc.csv');
    writeFileSync(file, bytes);
    const { rows, errors } = await readFileRows(spec, file);
    expect(rows).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: spec.file, line: 1 });
    expect(errors[0]?.reason).toMatch(reason);
    expect(errors[0]?.reason).not.toMatch(/Latin-1/);
  });

  it.each(CASES)('upload path: %s', (_name, bytes, reason) => {
    const decoded = decodeUpload(new Uint8Array(bytes), 'enc.csv');
    expect(decoded.ok).toBe(false);
    if (decoded.ok) return;
    expect(decoded.error.reason).toMatch(reason);
    expect(decoded.error.reason).not.toMatch(/Latin-1/);
  });

  it('still reads UTF-8 with accents and tells Latin-1 apart', async () => {
    const file = path.join(dir, 'enc.csv');
    writeFileSync(file, CSV);
    expect((await readFileRows(spec, file)).errors).toEqual([]);
    writeFileSync(file, Buffer.from(CSV, 'latin1'));
    expect((await readFileRows(spec, file)).errors[0]?.reason).toMatch(/not valid UTF-8: byte 0xE9 .*Latin-1/);
  });
});

describe('a header-only file fails with its reason in the error list', () => {
  let db: Db;
  beforeAll(async () => {
    db = await freshDb('pglite');
  });
  afterAll(async () => {
    await db?.close();
  });

  it('names "no data rows" on line 1 so the CLI prints it', async () => {
    const data = mkdtempSync(path.join(tmpdir(), 'taskshift-header-only-'));
    const headerOnly = customIndexSpec('indices/header_only.csv');
    mkdirSync(path.join(data, 'indices'));
    writeFileSync(path.join(data, headerOnly.file), 'index_name,code_system,code,value,year,label\n');
    const result = await loadFile(db, data, headerOnly);
    expect(result.status).toBe('failed');
    expect(result.errors).toEqual([
      { file: headerOnly.file, line: 1, reason: 'no data rows: the file has a header but no records' },
    ]);
    const shown = errorDetails({ files: [result], derived: [], failed: 1, durationMs: 1 } as never);
    expect(shown).toContain('indices/header_only.csv:1 no data rows');
    rmSync(data, { recursive: true, force: true });
  });
});
