import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db/client';
import { handleExport, handleOccupation } from '@/lib/api/handlers';
import { clearDashboardCache } from '@/lib/db/queries/cache';
import { fetchCatalogue } from '@/lib/db/queries/catalogue';
import { fetchCoverage } from '@/lib/db/queries/coverage';
import { fetchEmployment } from '@/lib/db/queries/employment';
import { fetchOverview } from '@/lib/db/queries/overview';
import { dbKinds, freshDb } from '../helpers/db';
import { seedFixture } from './fixture';

// On top of the shared fixture: an OEWS aggregate (31-1120) over two O*NET occupations whose own
// SOC codes OEWS never publishes, an aggregate with no O*NET occupation (99-9990), and the OEWS totals.
const AGGREGATE_SQL = `
INSERT INTO onet_occupation VALUES
 ('30.1','31-1121.00','31-1121','Home Health Aides','Care at home.','31'),
 ('30.1','31-1122.00','31-1122','Personal Care Aides','Care for people.','31');
INSERT INTO occupation_score VALUES ('m1','31-1121.00',0.10,0.05,0.15,0.0,0.10,0), ('m1','31-1122.00',0.30,0.20,0.40,0.0,0.30,0);
INSERT INTO employment_series VALUES
 (2012,'31-1120',1000.4,20000,'aggregate'),(2013,'31-1120',1100,21000,'aggregate'),(2018,'31-1120',1500,25000,'aggregate'),
 (2024,'31-1120',2000,30000,'aggregate'),(2024,'99-9990',50,30000,'aggregate');
INSERT INTO oews_employment (year, occ_code, title, o_group, soc_vintage, tot_emp) VALUES
 (2024,'00-0000','All Occupations','total','SOC 2018',6460),(2012,'00-0000','All Occupations','total','SOC 2010',4000),
 (2024,'31-1120','Home Health and Personal Care Aides','detailed','SOC 2018',2000),
 (2024,'99-9990','Unmatched Workers','detailed','SOC 2018',50);
`;

const req = (path: string) => new Request(`http://localhost${path}`);

describe.each(dbKinds)('employment per SOC code, OEWS aggregates and coverage (%s)', (kind) => {
  let db: Db;
  beforeAll(async () => {
    db = await freshDb(kind);
    await seedFixture(db);
    await db.execScript(AGGREGATE_SQL);
    clearDashboardCache();
  });
  afterAll(async () => db?.close());

  it('gives occupations beneath an aggregate its whole workers, shared, with its title', async () => {
    const c = await fetchCatalogue(db);
    expect(c.byCode.get('31-1122.00')).toMatchObject({
      employmentCode: '31-1120',
      employmentTitle: 'Home Health and Personal Care Aides',
      socEmployment: 2000,
      sharedWith: 1,
      medianWage: 30000,
    });
    expect(c.byCode.get('13-2011.00')).toMatchObject({ employmentCode: '13-2011', socEmployment: 1400, sharedWith: 0 });
  });

  it("shows the aggregate's series, whole numbers, on the occupation page and API", async () => {
    const d = (await (await handleOccupation('31-1121.00', db)).json()) as {
      employment: { year: number; employment: number }[];
    };
    expect(d.employment.map((e) => [e.year, e.employment])).toEqual([
      [2012, 1000],
      [2013, 1100],
      [2018, 1500],
      [2024, 2000],
    ]);
  });

  it("counts the aggregate once in the overview, weighting its occupations' mean score", async () => {
    const o = await fetchOverview(db);
    expect(o.summary.workersCovered).toBe(6400); // 4,400 in the fixture's four SOC codes + 2,000 aides, once
    expect(o.oewsTotal).toBe(6460);
    expect(o.summary.meanExposure).toBeCloseTo((2250 + 0.2 * 2000) / 6400, 12); // aides: (0.1 + 0.3)/2
  });

  it('puts the aggregate into an exposure quintile', async () => {
    const v = await fetchEmployment('quintile', db);
    const total2012 = Object.entries(v.absolute[0]!)
      .filter(([k]) => k !== 'year')
      .reduce((s, [, n]) => s + (n ?? 0), 0);
    expect(total2012).toBe(4000); // 3,000 in the fixture's codes + the aides' 1,000 (1,000.4 rounded)
  });

  it('reports coverage per year and lists codes no occupation reaches', async () => {
    const v = await fetchCoverage(db);
    expect(v.years.find((y) => y.year === 2024)).toEqual({
      year: 2024,
      counted: 6400,
      uncovered: 50,
      total: 6460,
      share: 6400 / 6460,
    });
    expect(v.years.find((y) => y.year === 2013)).toEqual({
      year: 2013,
      counted: 4100,
      uncovered: 0,
      total: null,
      share: null,
    });
    expect(v.uncovered).toEqual([{ code: '99-9990', title: 'Unmatched Workers', employment: 50 }]);
    const csv = (await (await handleExport('coverage.csv', req('/api/export/coverage.csv'), db)).text())
      .trim()
      .split('\r\n');
    expect(csv[0]).toBe('year,workers_counted,workers_uncovered,oews_total,share');
    expect(csv).toContain('2012,4000,0,4000,1');
  });
});
