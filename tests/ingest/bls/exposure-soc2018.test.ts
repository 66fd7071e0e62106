import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../lib/db/client';
import { exposureOnSoc2018 } from '../../../lib/db/exposure-index';
import { loadFile } from '../../../lib/ingest/load';
import { crosswalkSpecs } from '../../../lib/ingest/sources/crosswalks';
import { customIndexSpecs } from '../../../lib/ingest/sources/custom-index';
import { indexSpecs } from '../../../lib/ingest/sources/indices';
import type { AnyFileSpec } from '../../../lib/ingest/types';
import { dbKinds, freshDb } from '../../helpers/db';
import { FIXTURES } from './read';

const DIR = path.join(FIXTURES, 'datadir');
const byName = (name: string) => indexSpecs.find((s) => s.scope.index_name === name) as AnyFileSpec;
const rounded = (rows: { socCode: string; year: number | null; value: number; sources: number }[]) =>
  rows.map((r) => [r.socCode, r.year, Math.round(r.value * 1e4) / 1e4, r.sources]);

describe.each(dbKinds)('indices on SOC 2018 codes through the crosswalks (%s)', (kind) => {
  let db: Db;
  beforeAll(async () => {
    db = await freshDb(kind);
    const specs = [
      crosswalkSpecs[0]!,
      crosswalkSpecs[3]!,
      byName('frey_osborne_2013'),
      byName('ilo_gmyrek_2023'),
      ...customIndexSpecs(DIR),
    ];
    for (const spec of specs) {
      const result = await loadFile(db, DIR, spec);
      expect(result.status, `${spec.file}: ${JSON.stringify(result.errors)}`).toBe('succeeded');
    }
  });
  afterAll(async () => db?.close());

  it('maps ILO (ISCO-08) through ISCO → SOC 2010 → SOC 2018', async () => {
    expect(rounded(await exposureOnSoc2018(db, 'ilo_gmyrek_2023'))).toEqual([
      ['11-1011', null, 0.3127, 1],
      ['11-1031', null, 0.3127, 1],
      ['43-9061', null, 0.6483, 1],
    ]);
  });

  it('averages SOC 2010 codes that merge into one SOC 2018 code (Frey–Osborne)', async () => {
    expect(rounded(await exposureOnSoc2018(db, 'frey_osborne_2013'))).toEqual([
      ['15-1252', null, 0.275, 2],
      ['15-1253', null, 0.275, 2],
    ]);
  });

  it('keeps years apart and reads O*NET-SOC 2019 codes by their SOC prefix (custom index)', async () => {
    expect(rounded(await exposureOnSoc2018(db, 'my_index'))).toEqual([
      ['15-1252', null, 0.8, 1],
      ['15-1252', 2023, 0.85, 1],
      ['15-1252', 2024, 0.9, 1],
      ['15-1253', null, 0.8, 1],
    ]);
    expect(await exposureOnSoc2018(db, 'no_such_index')).toEqual([]);
  });
});
