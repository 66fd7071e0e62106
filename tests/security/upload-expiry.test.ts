import { existsSync, mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db/client';
import { getUpload } from '@/lib/db/uploads';
import { customIndexSpec } from '@/lib/ingest/sources/custom-index';
import { expireStagedUploadFiles } from '@/lib/ingest/upload-expiry';
import { confirmUpload, stageUpload } from '@/lib/ingest/upload-stage';
import { freshDb } from '../helpers/db';
import { customIndexCsv, customTarget, tempUploadsDir, utf8 } from './upload-helpers';

const HOUR = 3_600_000;
const specFor = (u: { specFile: string }) => customIndexSpec(`indices/${u.specFile}.csv`);

/** Backdates a staged upload (its row and its folder) by `hours`. */
async function age(db: Db, dir: string, id: string, hours: number) {
  const then = new Date(Date.now() - hours * HOUR);
  await db.prisma.$executeRaw`UPDATE upload SET created_at = ${then} WHERE id = ${id}`;
  utimesSync(path.join(dir, id), then, then);
}

/** A folder left behind by a crash, `hours` old. */
function orphan(dir: string, name: string, hours: number): string {
  const folder = path.join(dir, name);
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, 'x.csv'), 'a,b\n');
  const then = new Date(Date.now() - hours * HOUR);
  utimesSync(folder, then, then);
  return folder;
}

describe('staged uploads expire after a day', () => {
  let db: Db;
  const dir = tempUploadsDir();
  const stage = async (name: string) => {
    const staged = await stageUpload(
      db,
      { bytes: utf8(customIndexCsv(name)), originalName: `${name}.csv`, target: customTarget(name) },
      { dir },
    );
    if (!staged.ok) throw new Error(JSON.stringify(staged.errors));
    return staged.upload;
  };
  beforeAll(async () => {
    db = await freshDb('pglite');
  });
  afterAll(async () => {
    await db.close();
  });

  it('staging a new upload expires day-old ones and removes their files and old orphan folders', async () => {
    const old = await stage('old_index');
    const recent = await stage('recent_index');
    await age(db, dir, old.id, 25);
    await age(db, dir, recent.id, 23);
    const oldOrphan = orphan(dir, 'a'.repeat(24), 30);
    const newOrphan = orphan(dir, 'b'.repeat(24), 1);
    const notOurs = orphan(dir, 'keep-me', 30);

    const fresh = await stage('fresh_index');

    expect(await getUpload(db, old.id)).toMatchObject({
      status: 'cancelled',
      message: expect.stringMatching(/^expired: not confirmed within 24 hours/),
    });
    expect(existsSync(path.join(dir, old.id))).toBe(false);
    expect(existsSync(oldOrphan)).toBe(false);
    expect((await getUpload(db, recent.id))?.status).toBe('staged');
    expect(existsSync(path.join(dir, recent.id))).toBe(true);
    expect(existsSync(newOrphan)).toBe(true);
    expect(existsSync(notOurs)).toBe(true);
    expect(existsSync(path.join(dir, fresh.id))).toBe(true);
    expect(await confirmUpload(db, old.id, specFor, { dir })).toBeNull(); // an expired upload cannot be imported
  });

  it('the start-up sweep expires what is older than a day at that moment, and is a no-op when run again', async () => {
    const twoDaysOn = new Date(Date.now() + 48 * HOUR);
    const first = await expireStagedUploadFiles(db, dir, { now: twoDaysOn });
    expect(first.expired).toBe(2); // recent_index and fresh_index
    expect(await expireStagedUploadFiles(db, dir, { now: twoDaysOn })).toEqual({ expired: 0, foldersRemoved: 0 });
    const left = await db.prisma.upload.count({ where: { status: 'staged' } });
    expect(left).toBe(0);
  });

  it('tolerates a missing uploads folder', async () => {
    expect(await expireStagedUploadFiles(db, path.join(dir, 'does-not-exist'))).toEqual({
      expired: 0,
      foldersRemoved: 0,
    });
  });
});
