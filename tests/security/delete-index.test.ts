import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db/client';
import { deleteIndex, postConfirm, postUpload } from '@/lib/ingest/upload-api';
import { freshDb } from '../helpers/db';
import { testConfig } from './auth-helpers';
import { customIndexCsv, tempUploadsDir } from './upload-helpers';

const auth = testConfig();
const admin = { authorization: `Bearer ${auth.adminToken}` };
const rows = async (db: Db, name: string) =>
  (
    await db.prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM exposure_index WHERE index_name = ${name}`
  )[0]?.n;

describe('deleting data needs an admin, and only custom indices can be deleted', () => {
  let db: Db;
  const dir = tempUploadsDir();
  const ctx = () => ({ db, dir, auth });
  beforeAll(async () => {
    db = await freshDb('pglite');
    await db.prisma
      .$executeRaw`INSERT INTO exposure_index (index_name, code_system, code, value) VALUES ('frey_osborne_2013', 'soc2010', '15-1132', 0.1)`;
    const form = new FormData();
    form.set('kind', 'custom-index');
    form.set('indexName', 'mine_index');
    form.set('file', new File([customIndexCsv('mine_index')], 'mine.csv'));
    const staged = (await (
      await postUpload(new Request('http://x/api/admin/uploads', { method: 'POST', body: form, headers: admin }), ctx())
    ).json()) as { upload: { id: string } };
    expect(
      (await postConfirm(new Request('http://x', { method: 'POST', headers: admin }), staged.upload.id, ctx())).status,
    ).toBe(200);
  });
  afterAll(async () => {
    await db?.close();
  });

  it('refuses anonymous deletes, published indices and bad names; deletes a custom index', async () => {
    const del = (name: string, headers: Record<string, string> = admin) =>
      deleteIndex(new Request(`http://x/api/admin/indices/${name}`, { method: 'DELETE', headers }), name, ctx());
    expect((await del('mine_index', {})).status).toBe(401);
    expect((await del('frey_osborne_2013')).status).toBe(404);
    expect((await del("x'; DROP TABLE exposure_index; --")).status).toBe(400);
    expect(await rows(db, 'mine_index')).toBe(3);
    const ok = await del('mine_index');
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ deleted: 3 });
    expect(await rows(db, 'mine_index')).toBe(0);
    expect(await rows(db, 'frey_osborne_2013')).toBe(1);
  });

  it('will not stage a custom index under a published index name', async () => {
    const form = new FormData();
    form.set('kind', 'custom-index');
    form.set('indexName', 'frey_osborne_2013');
    form.set('file', new File([customIndexCsv('frey_osborne_2013')], 'f.csv'));
    const res = await postUpload(
      new Request('http://x/api/admin/uploads', { method: 'POST', body: form, headers: admin }),
      ctx(),
    );
    expect(res.status).toBe(400);
  });
});
