import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../lib/db/client';
import { sourcesNeverImported } from '../../lib/db/status';
import { freshDb } from '../helpers/db';

describe('sources never imported (start:demo loads sources added after the database was filled)', () => {
  let db: Db;
  beforeAll(async () => {
    db = await freshDb('pglite');
  });
  afterAll(async () => db?.close());

  it('lists the given sources without any import_run, failed attempts counting as attempted', async () => {
    expect(await sourcesNeverImported(db, ['bls-oews', 'bls-oews-industry'])).toEqual([
      'bls-oews',
      'bls-oews-industry',
    ]);
    await db.execScript(`INSERT INTO import_run (source, file, checksum, status) VALUES
      ('bls-oews', 'bls/oews_national/oews_national_M2024.csv', 'x', 'succeeded'),
      ('daioe', 'ai_exposure/daioe.csv', 'y', 'failed')`);
    expect(await sourcesNeverImported(db, ['bls-oews', 'bls-oews-industry', 'daioe'])).toEqual(['bls-oews-industry']);
    expect(await sourcesNeverImported(db, [])).toEqual([]);
  });
});
