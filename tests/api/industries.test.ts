import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as exportRoute } from '@/app/api/export/[view]/route';
import { GET as industryRoute } from '@/app/api/industries/[sector]/route';
import { GET as industriesRoute } from '@/app/api/industries/route';
import { GET as openapiRoute } from '@/app/api/openapi.json/route';
import { handleExport } from '@/lib/api/handlers';
import { handleIndustries, handleIndustry } from '@/lib/api/industry-handlers';
import type { Db } from '@/lib/db/client';
import type { IndustriesView, IndustryView } from '@/lib/db/queries/industries';
import { dbKinds, freshDb } from '../helpers/db';
import { seedFixture } from './fixture';

const req = (path: string) => new Request(`http://localhost${path}`);
const params = <T>(p: T) => ({ params: Promise.resolve(p) });

/**
 * Two sectors over the API fixture's occupations (model m1): 11-1011 = mean of 0.4 and 0.2, 13-2011 = 0.8
 * (two exposed tasks, both augmentation), 47-2031 = 0.05; 43-9999 has no O*NET occupation and a formula title.
 * National workers: 47-2031 1,500 → Q2, 11-1011 100 → Q4, 13-2011 700 → Q5.
 */
const INDUSTRY_SQL = `
INSERT INTO oews_industry_employment (year, naics, naics_title, own_code, occ_code, title, o_group, tot_emp) VALUES
 (2024,'52','Finance and Insurance',5,'00-0000','All Occupations','total',1000),
 (2024,'52','Finance and Insurance',5,'13-2011','Accountants and Auditors','detailed',500),
 (2024,'52','Finance and Insurance',5,'11-1011','Chief Executives','detailed',100),
 (2024,'52','Finance and Insurance',5,'43-9999','=HYPERLINK("http://x")','detailed',50),
 (2024,'23','Construction',5,'00-0000','All Occupations','total',2000),
 (2024,'23','Construction',5,'47-2031','Carpenters','detailed',1500),
 (2024,'23','Construction',5,'13-2011','Accountants and Auditors','detailed',200);`;

describe('industry API validation (route handlers called directly)', () => {
  it.each([['/api/industries?sort=salary', 'sort']])('%s → 400 naming %s', async (path, parameter) => {
    const res = await industriesRoute(req(path));
    expect(res.status).toBe(400);
    expect(((await res.json()) as { parameter: string }).parameter).toBe(parameter);
  });
  it('rejects a malformed sector and bad drill-down parameters', async () => {
    const bad = await industryRoute(req('/api/industries/5x'), params({ sector: '5x' }));
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { parameter: string }).parameter).toBe('sector');
    const size = await industryRoute(req('/api/industries/52?pageSize=500'), params({ sector: '52' }));
    expect(((await size.json()) as { parameter: string }).parameter).toBe('pageSize');
    const csv = await exportRoute(
      req('/api/export/industry-occupations.csv'),
      params({ view: 'industry-occupations.csv' }),
    );
    expect(csv.status).toBe(400);
    expect(((await csv.json()) as { parameter: string }).parameter).toBe('sector');
  });
  it('documents both routes and both CSV views in OpenAPI', async () => {
    const doc = (await openapiRoute().json()) as {
      paths: Record<string, { get: { parameters?: { name: string; schema: { enum?: string[] } }[] } }>;
    };
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/industries', '/api/industries/{sector}']));
    const views = doc.paths['/api/export/{view}.csv']!.get.parameters!.find((p) => p.name === 'view')!.schema.enum;
    expect(views).toEqual(expect.arrayContaining(['industries', 'industry-occupations']));
  });
});

describe.each(dbKinds)('industry API and CSV on %s with fixture rows', (kind) => {
  let db: Db;
  beforeAll(async () => {
    db = await freshDb(kind);
    await seedFixture(db);
    await db.execScript(INDUSTRY_SQL);
  });
  afterAll(async () => db?.close());

  it('ranks sectors with their BLS totals, weighted exposure, top-quintile share, AI mode and whole exposed workers', async () => {
    const body = (await (await handleIndustries(req('/api/industries'), db)).json()) as IndustriesView;
    expect(body).toMatchObject({ year: 2024, modelVersion: 'm1', workers: 3000, sort: '-exposure' });
    expect(body.sectors.map((s) => s.naics)).toEqual(['52', '23']);
    const [finance, construction] = body.sectors;
    expect(finance).toMatchObject({
      workers: 1000,
      workersScored: 600,
      exposedWorkers: 430,
      automationShare: 0,
      augmentationShare: 1,
      occupations: 3,
    });
    expect(finance!.exposure).toBeCloseTo(430 / 600, 12);
    expect(finance!.exposureLow).toBeCloseTo((500 * 0.7 + 100 * 0.2) / 600, 12);
    expect(finance!.topQuintileShare).toBeCloseTo(500 / 600, 12);
    expect(construction).toMatchObject({ workers: 2000, workersScored: 1700, exposedWorkers: 235 });
    expect(construction!.topQuintileShare).toBeCloseTo(200 / 1700, 12);
    const byWorkers = (await (
      await handleIndustries(req('/api/industries?sort=-workers'), db)
    ).json()) as IndustriesView;
    expect(byWorkers.sectors.map((s) => s.naics)).toEqual(['23', '52']);
  });

  it('drills into a sector by exposed workers, paged, and answers 404 for a sector not in the data', async () => {
    const page = (await (await handleIndustry('52', req('/api/industries/52?pageSize=2'), db)).json()) as IndustryView;
    expect(page).toMatchObject({ total: 3, page: 1, pageSize: 2, sort: '-exposedWorkers' });
    expect(page.occupations.map((o) => [o.occCode, o.exposedWorkers, o.quintile])).toEqual([
      ['13-2011', 400, 5],
      ['11-1011', 30, 4],
    ]);
    expect(page.occupations[1]!.onetCodes).toEqual(['11-1011.00', '11-1011.03']);
    const next = (await (
      await handleIndustry('52', req('/api/industries/52?pageSize=2&page=2'), db)
    ).json()) as IndustryView;
    expect(next.occupations.map((o) => [o.occCode, o.exposure, o.workers])).toEqual([['43-9999', null, 50]]);
    const missing = await handleIndustry('11', req('/api/industries/11'), db);
    expect(missing.status).toBe(404);
  });

  it('exports the same rows as the API, formula-safe, and 404s an unknown sector naming it', async () => {
    const sectors = await (
      await handleExport('industries.csv', req('/api/export/industries.csv?sort=-workers'), db)
    ).text();
    const lines = sectors.trim().split('\r\n');
    expect(lines[0]).toBe(
      'naics,sector,workers,workers_scored,exposure,exposure_low,exposure_high,top_quintile_share,automation_share,augmentation_share,exposed_workers,exposed_workers_low,exposed_workers_high,occupations',
    );
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 4).join(','))).toEqual([
      '23,Construction,2000,1700',
      '52,Finance and Insurance,1000,600',
    ]);
    const occ = await (
      await handleExport('industry-occupations.csv', req('/api/export/industry-occupations.csv?sector=52'), db)
    ).text();
    const rows = occ.trim().split('\r\n');
    expect(rows).toHaveLength(4);
    expect(rows[1]).toMatch(/^52,13-2011,Accountants and Auditors,500,0\.8,0\.7,0\.9,5,0,400,13-2011\.00$/);
    expect(rows[3]).toBe(`52,43-9999,"'=HYPERLINK(""http://x"")",50,,,,,,,`);
    const unknown = await handleExport(
      'industry-occupations.csv',
      req('/api/export/industry-occupations.csv?sector=11'),
      db,
    );
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { parameter: string }).parameter).toBe('sector');
  });
});
