import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../lib/db/client';
import { listMigrations, migrate } from '../../lib/db/migrate';
import { dbKinds, freshDb } from '../helpers/db';

describe.each(dbKinds)('migrator on %s', (kind) => {
  let db: Db;
  beforeAll(async () => {
    db = await freshDb(kind);
  });
  afterAll(async () => {
    await db?.close();
  });

  it('creates every table of the schema', async () => {
    const rows = await db.prisma.$queryRaw<{ table_name: string }[]>`
      SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`;
    const names = rows.map((r) => r.table_name);
    for (const t of [
      'onet_occupation',
      'onet_task',
      'onet_rating',
      'oews_employment',
      'crosswalk',
      'task_label',
      'exposure_index',
      'import_run',
    ]) {
      expect(names).toContain(t);
    }
  });

  it('is idempotent: a second run applies nothing', async () => {
    expect(await migrate(db)).toEqual([]);
  });

  it('refuses a migration edited after it was applied', async () => {
    const edited = listMigrations().map((m, i) => (i === 0 ? { ...m, checksum: 'changed' } : m));
    await expect(migrate(db, edited)).rejects.toThrow(/edited/);
  });

  it('rolls back a failing migration whole', async () => {
    const bad = [
      ...listMigrations(),
      { name: '999_bad', sql: 'CREATE TABLE half_done (a int); SELECT no_such_fn();', checksum: 'x' },
    ];
    await expect(migrate(db, bad)).rejects.toThrow(/999_bad/);
    const rows = await db.prisma.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = 'half_done'`;
    expect(rows[0]?.n).toBe(0);
  });
});
