import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvResponse } from '@/lib/api/csv-response';
import { handleExport, handleOccupations } from '@/lib/api/handlers';
import type { Db } from '@/lib/db/client';
import { clearDashboardCache, STAMP_TTL_MS } from '@/lib/db/queries/cache';
import { fetchMatchingOccupations, fetchOccupations, occupationsKey } from '@/lib/db/queries/occupations';
import { toCsv } from '@/lib/export/csv';
import { occupationColumns } from '@/lib/views/occupation';
import { renderCsv } from '@/lib/export/views';
import { freshDb } from '../helpers/db';
import { seedFixture } from './fixture';

const req = (path: string) => new Request(`http://localhost${path}`);
const base = { q: '', sort: '-employment' as const, page: 1, pageSize: 25 };
const exportText = async (db: Db, query = '') =>
  (await handleExport('occupations.csv', req(`/api/export/occupations.csv${query}`), db)).text();
/** Moves the data stamp (a model version re-scored) and waits until readers see it. */
async function moveStamp(db: Db): Promise<void> {
  await db.prisma
    .$executeRaw`UPDATE model_version SET scored_at = scored_at + interval '1 second' WHERE version = 'm1'`;
  await new Promise((r) => setTimeout(r, STAMP_TTL_MS + 100));
}

describe('occupation list cache key', () => {
  it('reduces q to its search terms and ignores parameter order and undefined filters', () => {
    expect(occupationsKey({ ...base, q: ' Accountants ' })).toBe(occupationsKey({ ...base, q: 'accountant' }));
    expect(occupationsKey({ pageSize: 25, page: 1, sort: '-employment', q: '' })).toBe(occupationsKey(base));
    expect(occupationsKey({ ...base, group: undefined })).toBe(occupationsKey(base));
    for (const other of [
      { q: 'nurse' },
      { sort: 'title' as const },
      { page: 2 },
      { pageSize: 10 },
      { group: '11' },
      { minExposure: 0 },
      { jobZone: 4 },
    ]) {
      expect(occupationsKey({ ...base, ...other })).not.toBe(occupationsKey(base));
    }
  });
});

describe('occupation list and CSV export per data stamp (PGlite)', () => {
  let db: Db;
  beforeAll(async () => {
    db = await freshDb('pglite');
    await seedFixture(db);
    clearDashboardCache();
  });
  afterAll(async () => db?.close());

  it('serves one page object per query until the stamp moves, then reflects the new data', async () => {
    const first = await fetchOccupations({ ...base, q: 'accountants' }, db);
    expect(first.items.map((i) => [i.code, i.exposure])).toEqual([
      ['13-2011.00', 0.8],
      ['15-1252.00', 0.6],
    ]);
    expect(await fetchOccupations({ ...base, q: 'Accountant' }, db)).toBe(first);
    const byTitle = await fetchOccupations({ ...base, q: 'accountants', sort: 'title' }, db);
    expect(byTitle).not.toBe(first); // another sort is another entry
    await db.prisma
      .$executeRaw`UPDATE occupation_score SET exposure = 0.85 WHERE model_version = 'm1' AND code = '13-2011.00'`;
    expect((await fetchOccupations({ ...base, q: 'accountants' }, db)).items[0]?.exposure).toBe(0.8); // same stamp: cached
    await moveStamp(db);
    const after = await fetchOccupations({ ...base, q: 'accountants' }, db);
    expect(after).not.toBe(first);
    expect(after.items[0]?.exposure).toBe(0.85);
    const api = (await (await handleOccupations(req('/api/occupations?q=accountants'), db)).json()) as typeof after;
    expect(api).toEqual(JSON.parse(JSON.stringify(after)));
  });

  it('exports the same bytes as rendering the rows directly, each filter its own entry', async () => {
    const all = await exportText(db);
    const { rows, catalogue } = await fetchMatchingOccupations(base, db);
    expect(all).toBe(new TextDecoder().decode(await renderCsv(toCsv(occupationColumns(catalogue.modelVersion), rows))));
    expect(all.trim().split('\r\n')).toHaveLength(1 + 5);
    const concurrent = await Promise.all(Array.from({ length: 5 }, () => exportText(db)));
    expect(new Set(concurrent)).toEqual(new Set([all]));
    const filtered = await exportText(db, '?q=accountants');
    expect(
      filtered
        .trim()
        .split('\r\n')
        .slice(1)
        .map((l) => l.split(',')[0]),
    ).toEqual(['13-2011.00', '15-1252.00']);
    const paged = await exportText(db, '?sort=-exposure&page=2&pageSize=2');
    expect(
      paged
        .trim()
        .split('\r\n')
        .slice(1)
        .map((l) => l.split(',')[0]),
    ).toEqual(['11-1011.00', '11-1011.03']);
    expect(await exportText(db)).toBe(all); // the filtered entries did not replace the full one
  });

  it('re-renders the export when the stamp moves', async () => {
    const before = await exportText(db);
    expect(before).toContain('13-2011.00,Accountants and Auditors,0.85,');
    await db.prisma
      .$executeRaw`UPDATE occupation_score SET exposure = 0.9 WHERE model_version = 'm1' AND code = '13-2011.00'`;
    expect(await exportText(db)).toBe(before);
    await moveStamp(db);
    const after = await exportText(db);
    expect(after).toContain('13-2011.00,Accountants and Auditors,0.9,');
    expect(after.trim().split('\r\n')).toHaveLength(before.trim().split('\r\n').length);
  });

  it('sends rendered bytes with the download headers', async () => {
    const res = csvResponse(new TextEncoder().encode('a,b\r\n1,2\r\n'), 'x.csv');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="x.csv"');
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(await res.text()).toBe('a,b\r\n1,2\r\n');
  });
});
