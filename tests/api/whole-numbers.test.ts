import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleEmployment, handleExport, handleOccupation, handleOccupations } from '@/lib/api/handlers';
import { handleIndustries, handleIndustry } from '@/lib/api/industry-handlers';
import type { Db } from '@/lib/db/client';
import { WORKER_COUNT_NAMES } from '@/lib/views/counts';
import { dbKinds, freshDb } from '../helpers/db';
import { seedFixture } from './fixture';

const req = (path: string) => new Request(`http://localhost${path}`);

/** Every number under a worker-count key, anywhere in a JSON body. */
function counts(body: unknown, out: number[] = []): number[] {
  if (Array.isArray(body)) for (const b of body) counts(b, out);
  else if (body && typeof body === 'object')
    for (const [k, v] of Object.entries(body)) {
      if (typeof v === 'number' && WORKER_COUNT_NAMES.has(k)) out.push(v);
      else counts(v, out);
    }
  return out;
}

/** The cells of the named CSV columns that hold numbers. */
function csvCounts(csv: string, pick: (header: string) => boolean): number[] {
  const [head, ...rows] = csv
    .trim()
    .split('\r\n')
    .map((l) => l.split(','));
  const idx = head!.flatMap((h, i) => (pick(h) ? [i] : []));
  return rows
    .flatMap((r) => idx.map((i) => r[i]!))
    .filter((c) => c !== '')
    .map(Number);
}

describe.each(dbKinds)('workers are whole numbers in the API and CSV on %s', (kind) => {
  let db: Db;
  beforeAll(async () => {
    db = await freshDb(kind);
    await seedFixture(db);
    // Apportioned employment (SOC 2010 years) carries fractions; make every year's do so.
    await db.execScript(`UPDATE employment_series SET employment = employment + 0.4;
      INSERT INTO oews_industry_employment (year, naics, naics_title, own_code, occ_code, title, o_group, tot_emp) VALUES
       (2024,'52','Finance and Insurance',5,'00-0000','All Occupations','total',1000),
       (2024,'52','Finance and Insurance',5,'13-2011','Accountants and Auditors','detailed',333),
       (2024,'52','Finance and Insurance',5,'11-1011','Chief Executives','detailed',101);`);
  });
  afterAll(async () => db?.close());

  it('in JSON answers', async () => {
    const bodies = await Promise.all(
      [
        handleOccupations(req('/api/occupations'), db),
        handleOccupation('13-2011.00', db),
        handleOccupation('11-1011.00', db),
      ].map(async (r) => (await r).json()),
    );
    const values = counts(bodies);
    expect(values.length).toBeGreaterThanOrEqual(6);
    // Exposed workers in a sector are workers × exposure (333 × 0.8 = 266.4): estimates of people, as whole numbers.
    const industries = await Promise.all(
      [handleIndustries(req('/api/industries'), db), handleIndustry('52', req('/api/industries/52'), db)].map(
        async (r) => (await r).json(),
      ),
    );
    const industryCounts = counts(industries);
    expect(industryCounts.length).toBeGreaterThanOrEqual(6);
    values.push(...industryCounts);
    for (const v of values) expect(Number.isInteger(v), `${v}`).toBe(true);
    const emp = (await (await handleEmployment(req('/api/employment?groupBy=quintile'), db)).json()) as {
      absolute: Record<string, number | null>[];
    };
    const cells = emp.absolute.flatMap((r) => Object.values(r)).filter((x): x is number => x !== null);
    expect(cells.length).toBeGreaterThan(8);
    for (const v of cells) expect(Number.isInteger(v), `${v}`).toBe(true);
  });

  it('in CSV files, with clean histogram edges', async () => {
    const get = async (path: string) =>
      (await handleExport(path.split('?')[0]!, req(`/api/export/${path}`), db)).text();
    const isCount = (h: string) => WORKER_COUNT_NAMES.has(h);
    const values = [
      ...csvCounts(await get('occupations.csv'), isCount),
      ...csvCounts(await get('occupation-employment.csv?code=13-2011.00'), isCount),
      ...csvCounts(await get('overview-groups.csv'), isCount),
      ...csvCounts(await get('overview-histogram.csv'), isCount),
      ...csvCounts(await get('employment.csv?groupBy=majorGroup'), (h) => h !== 'year'),
      ...csvCounts(await get('industries.csv'), isCount),
      ...csvCounts(await get('industry-occupations.csv?sector=52'), isCount),
    ];
    expect(values.length).toBeGreaterThan(20);
    for (const v of values) expect(Number.isInteger(v), `${v}`).toBe(true);
    const edges = csvCounts(await get('overview-histogram.csv'), (h) => h.startsWith('exposure_'));
    for (const e of edges) expect(String(e)).toMatch(/^\d(\.\d{1,4})?$/);
  });
});
