import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db/client';
import { customIndexSpec } from '@/lib/ingest/sources/custom-index';
import { oewsSpec } from '@/lib/ingest/sources/bls-oews';
import { cancelUpload, confirmUpload, stageUpload } from '@/lib/ingest/upload-stage';
import { freshDb } from '../helpers/db';
import { customIndexCsv, customTarget, tempUploadsDir, utf8 } from './upload-helpers';

const specFor = (u: { kind: string; specFile: string }) =>
  u.kind === 'custom-index' ? customIndexSpec(`indices/${u.specFile}.csv`) : oewsSpec(2024);
const count = async (db: Db, name: string) =>
  (
    await db.prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM exposure_index WHERE index_name = ${name}`
  )[0]?.n;

describe('upload staging, preview, confirm and cancel (PGlite)', () => {
  let db: Db;
  const dir = tempUploadsDir();
  beforeAll(async () => {
    db = await freshDb('pglite');
  });
  afterAll(async () => {
    await db.close();
  });

  it('stages a valid custom index without importing it, then confirm loads it once', async () => {
    const staged = await stageUpload(
      db,
      { bytes: utf8(customIndexCsv('acme_exposure')), originalName: 'acme.csv', target: customTarget('acme_exposure') },
      { dir },
    );
    if (!staged.ok) throw new Error(JSON.stringify(staged.errors));
    expect(staged.upload).toMatchObject({
      status: 'staged',
      rowsRead: 3,
      rowsValid: 3,
      rowsRejected: 0,
      delimiter: ',',
    });
    expect(await count(db, 'acme_exposure')).toBe(0); // nothing committed before confirm
    expect(existsSync(path.join(dir, staged.upload.storedPath))).toBe(true);
    const [first, second] = await Promise.all([
      confirmUpload(db, staged.upload.id, specFor, { dir }),
      confirmUpload(db, staged.upload.id, specFor, { dir }),
    ]);
    expect([first, second].filter((r) => r === null)).toHaveLength(1); // exactly one confirm wins
    const done = first ?? second;
    expect(done?.upload.status).toBe('imported');
    expect(await count(db, 'acme_exposure')).toBe(3);
    expect(existsSync(path.join(dir, staged.upload.id))).toBe(false);
  });

  it('reports file, line, column and reason for invalid rows before anything is committed', async () => {
    const bad = `${customIndexCsv('bad_index')}bad_index,soc2018,15-12X2,0.3,,\nbad_index,soc2018,15-1252,abc,2024,\nbad_index,nope,1,1\n`;
    const staged = await stageUpload(
      db,
      { bytes: utf8(bad), originalName: 'bad.csv', target: customTarget('bad_index') },
      { dir },
    );
    if (!staged.ok) throw new Error('expected a staged report');
    const errors = staged.upload.errors as { file: string; line: number; column?: string; reason: string }[];
    expect(staged.upload).toMatchObject({ rowsRead: 6, rowsValid: 3, rowsRejected: 3 });
    expect(errors).toContainEqual(expect.objectContaining({ file: 'bad.csv', line: 5, column: 'code' }));
    expect(errors).toContainEqual(expect.objectContaining({ file: 'bad.csv', line: 6, column: 'value' }));
    expect(errors.find((e) => e.line === 6)?.reason).toMatch(/not a number/);
    expect(errors.find((e) => e.line === 7)?.reason).toMatch(/expected 6 fields, found 4/);
    const result = await confirmUpload(db, staged.upload.id, specFor, { dir });
    expect(result?.upload.status).toBe('failed');
    expect(await count(db, 'bad_index')).toBe(0); // the whole file was rolled back
  });

  it('cancel deletes the staged file and a cancelled upload cannot be confirmed', async () => {
    const staged = await stageUpload(
      db,
      { bytes: utf8(customIndexCsv('gone_index')), originalName: 'g.csv', target: customTarget('gone_index') },
      { dir },
    );
    if (!staged.ok) throw new Error('expected staging');
    expect(await cancelUpload(db, staged.upload.id, { dir })).toBe(true);
    expect(existsSync(path.join(dir, staged.upload.id))).toBe(false);
    expect(await cancelUpload(db, staged.upload.id, { dir })).toBe(false);
    expect(await confirmUpload(db, staged.upload.id, specFor, { dir })).toBeNull();
    expect(await count(db, 'gone_index')).toBe(0);
  });

  it('detects semicolon and tab delimiters and accepts a UTF-8 BOM', async () => {
    for (const [delimiter, name] of [
      [';', 'semi_index'],
      ['\t', 'tab_index'],
    ] as const) {
      const text = `\uFEFF${customIndexCsv(name, delimiter).replace('"Customer service, reps"', 'Customer service')}`;
      const staged = await stageUpload(
        db,
        { bytes: utf8(text), originalName: `${name}.csv`, target: customTarget(name) },
        { dir },
      );
      if (!staged.ok) throw new Error(JSON.stringify(staged.errors));
      expect(staged.upload).toMatchObject({ delimiter, encoding: 'utf-8-bom', rowsValid: 3, rowsRejected: 0 });
    }
  });

  it('refuses other encodings, binary data and oversize files with a clear error and stages nothing', async () => {
    const before = readdirSync(dir).length;
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from(Buffer.from(customIndexCsv('x_index'), 'utf16le'))]);
    const utf16NoBom = new Uint8Array(Buffer.from(customIndexCsv('x_index'), 'utf16le'));
    const latin1 = new Uint8Array(Buffer.from(customIndexCsv('x_index').replace('Software', 'Développeurs'), 'latin1'));
    const binary = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0x41, 0x42]);
    const cases: [Uint8Array, RegExp, number?][] = [
      [utf16, /UTF-16.*Re-save it as UTF-8/],
      [utf16NoBom, /UTF-16/],
      [latin1, /not valid UTF-8: byte 0xE9/, 2],
      [binary, /binary data/],
      [new Uint8Array(0), /empty/],
    ];
    for (const [bytes, reason, line] of cases) {
      const staged = await stageUpload(db, { bytes, originalName: 'x.csv', target: customTarget('x_index') }, { dir });
      expect(staged.ok).toBe(false);
      if (staged.ok) continue;
      expect(staged.status).toBe(400);
      expect(staged.errors[0]?.reason).toMatch(reason);
      if (line) expect(staged.errors[0]?.line).toBe(line);
    }
    const big = await stageUpload(
      db,
      { bytes: utf8(customIndexCsv('x_index')), originalName: 'x.csv', target: customTarget('x_index') },
      { dir, maxBytes: 100 },
    );
    expect(big).toMatchObject({ ok: false, status: 413 });
    expect(readdirSync(dir).length).toBe(before);
  });

  it('previews a known-source file (OEWS) with the registry spec and strips folders from the name', async () => {
    const header = 'OCC_CODE,OCC_TITLE,O_GROUP,TOT_EMP,EMP_PRSE,H_MEAN,A_MEAN,H_MEDIAN,A_MEDIAN,A_PCT10,A_PCT90';
    const csv = `${header}\n00-0000,All Occupations,total,"154,187,380",0,32.66,67920,23.8,49500,29990,125720\n11-0000,Management Occupations,major,10966830,0.2,68.15,141760,58.7,122090,57010,#\n`;
    const staged = await stageUpload(
      db,
      { bytes: utf8(csv), originalName: '../../etc/oews.csv', target: { kind: 'source', spec: oewsSpec(2024) } },
      { dir },
    );
    if (!staged.ok) throw new Error(JSON.stringify(staged.errors));
    expect(staged.upload).toMatchObject({
      originalName: 'oews.csv',
      source: 'bls-oews',
      rowsValid: 2,
      rowsRejected: 0,
    });
    const done = await confirmUpload(db, staged.upload.id, specFor, { dir });
    expect(done?.result.rowsLoaded).toBe(2);
  });
});

describe('report errors are bounded', () => {
  it('clips huge reasons and strips NUL so the report always fits in jsonb', async () => {
    const { clipError } = await import('@/lib/ingest/upload-stage');
    const e = clipError(
      { file: 'x', line: 3, column: 'v\u0000', reason: `not a number: "${'x'.repeat(100_000)}"` },
      'up.csv',
    );
    expect(e.file).toBe('up.csv');
    expect(e.reason.length).toBeLessThanOrEqual(300);
    expect(e.column).toBe('v\\0');
  });
});
