import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db/client';
import { checkUploadOffThread } from '@/lib/ingest/upload-offthread';
import { stageUpload } from '@/lib/ingest/upload-stage';
import { freshDb } from '../helpers/db';
import { customIndexCsv, customTarget, tempUploadsDir, utf8 } from './upload-helpers';

const target = { kind: 'custom-index', source: 'custom-index', specFile: 'worker_index' };
const HEADER = 'index_name,code_system,code,value,year,label\n';

describe('uploads are checked in a worker thread with a time budget', () => {
  const dir = tempUploadsDir();
  let db: Db;
  beforeAll(async () => {
    db = await freshDb('pglite');
  });
  afterAll(async () => {
    await db.close();
  });

  it('decodes, stores and validates off the calling thread', async () => {
    const id = '0123456789abcdef01234567';
    const result = await checkUploadOffThread(
      { bytes: utf8(customIndexCsv('worker_index')), shownName: 'w.csv', id, dir },
      target,
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.threadId).not.toBe(threadId);
    expect(result.report).toMatchObject({ rowsRead: 3, rowsValid: 3, rowsRejected: 0 });
    expect(existsSync(path.join(dir, result.storedPath))).toBe(true);
  });

  it('stops a check that runs past its budget and leaves nothing behind', async () => {
    const id = 'fedcba9876543210fedcba98';
    const result = await checkUploadOffThread(
      { bytes: utf8(customIndexCsv('worker_index')), shownName: 'w.csv', id, dir },
      target,
      { budgetMs: 1 },
    );
    expect(result).toMatchObject({ ok: false, timedOut: true });
    if (!result.ok) expect(result.errors[0]?.reason).toMatch(/could not be checked within 0 s/);
    expect(existsSync(path.join(dir, id))).toBe(false);
  });

  it('staging answers 422 past the budget and records nothing', async () => {
    const before = readdirSync(dir).length;
    const staged = await stageUpload(
      db,
      { bytes: utf8(customIndexCsv('slow_index')), originalName: 's.csv', target: customTarget('slow_index') },
      { dir, budgetMs: 1 },
    );
    expect(staged).toMatchObject({ ok: false, status: 422 });
    expect(readdirSync(dir).length).toBe(before);
    expect(await db.prisma.upload.count()).toBe(0);
  });

  it('a 16 MB field of escaped quotes is refused at the field cap instead of parsed for minutes', async () => {
    const csv = `${HEADER}big_index,isco08,2512,0.5,2024,"${'""'.repeat(8 * 1024 * 1024)}"\n`;
    const staged = await stageUpload(
      db,
      { bytes: utf8(csv), originalName: 'q.csv', target: customTarget('big_index') },
      { dir },
    );
    if (!staged.ok) throw new Error(JSON.stringify(staged.errors));
    expect(staged.upload).toMatchObject({ rowsRead: 0, rowsValid: 0 });
    expect(staged.upload.errors).toEqual([
      expect.objectContaining({
        file: 'q.csv',
        line: 2,
        column: 'label',
        reason: expect.stringMatching(/^field longer than 10,000 characters/),
      }),
    ]);
  });
});
