import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleExport, handleView } from '@/lib/api/handlers';
import type { Db } from '@/lib/db/client';
import { csvCell, csvLine } from '@/lib/export/csv';
import { csvHref, VIEWS, viewRows } from '@/lib/views/registry';
import { seedFixture } from '../api/fixture';
import { dbKinds, freshDb } from '../helpers/db';

/**
 * Two sectors over the API fixture's occupations, so the industry views have rows; and one current
 * occupation the model has not scored (with a task and employment), the row a filter on missing
 * scores would drop from one side only.
 */
const EXTRA_SQL = `
INSERT INTO onet_occupation VALUES ('30.1','29-1141.00','29-1141','Registered Nurses','Care for patients.','29');
INSERT INTO onet_task VALUES ('30.1',7,'29-1141.00','Record patients'' symptoms.','Core','x');
INSERT INTO employment_series VALUES (2024,'29-1141',3000,90000,'x');
INSERT INTO oews_industry_employment (year, naics, naics_title, own_code, occ_code, title, o_group, tot_emp) VALUES
 (2024,'52','Finance and Insurance',5,'00-0000','All Occupations','total',1000),
 (2024,'52','Finance and Insurance',5,'13-2011','Accountants and Auditors','detailed',500),
 (2024,'52','Finance and Insurance',5,'11-1011','Chief Executives','detailed',100),
 (2024,'23','Construction',5,'00-0000','All Occupations','total',2000),
 (2024,'23','Construction',5,'47-2031','Carpenters','detailed',1500);`;

const code = { code: '13-2011.00' };
/**
 * The filters each registered view is drawn with on its page (at least one each; a new view needs
 * an entry here, or the test fails). Several for the views whose filters change their rows.
 */
const QUERIES: Record<string, Record<string, string>[]> = {
  occupations: [
    {},
    { sort: 'code', page: '1', pageSize: '2' },
    { q: 'account' },
    { group: '11', sort: '-exposure' },
    { minExposure: '0.3', maxWage: '150000' },
  ],
  tasks: [code, { code: '29-1141.00' }],
  'occupation-employment': [code, { code: '11-1011.03' }],
  'occupation-skills': [code],
  'occupation-indices': [code, { code: '15-1252.00' }, { code: '11-1011.03' }],
  reskilling: [code],
  'occupation-similar': [code],
  'overview-histogram': [{}],
  'overview-groups': [{}],
  'overview-top': [{}],
  employment: [{ groupBy: 'quintile' }, { groupBy: 'majorGroup' }],
  'employment-indexed': [{ groupBy: 'quintile' }],
  'employment-top-share': [{}],
  dissimilarity: [{}],
  'skills-shift': [{}],
  'skills-concentration': [{}],
  indices: [{}],
  'index-points': [{ index: 'frey_osborne' }, { index: 'daioe' }],
  evaluation: [{}],
  imports: [{}],
  coverage: [{}],
  ratings: [{}],
  industries: [{}, { sort: 'title' }],
  'industry-occupations': [{ sector: '52' }, { sector: '23', sort: 'title', page: '1', pageSize: '1' }],
  'scenario-occupations': [{}, { preset: 'fast' }],
  'scenario-groups': [{}],
  'scenario-industries': [{}],
  'shown-up': [{}],
  'model-summary': [{}],
  'model-ablation': [{}],
  'model-confusion': [{}],
  'model-reliability': [{}],
  'model-indices': [{}],
  'model-title-coder': [{}],
};

/** CSV text as rows of cells (quotes undone), so a mismatch shows the row that differs. */
const parseCsv = (text: string): string[][] => Papa.parse<string[]>(text, { skipEmptyLines: true }).data;

describe.each(dbKinds)(
  'every view: the CSV and the API hold exactly the rows the page draws (%s, fixture rows)',
  (kind) => {
    let db: Db;
    beforeAll(async () => {
      db = await freshDb(kind);
      await seedFixture(db);
      await db.execScript(EXTRA_SQL);
    });
    afterAll(async () => db?.close());

    it('has filters for every registered view', () => {
      expect(Object.keys(QUERIES).sort()).toEqual([...VIEWS.keys()].sort());
    });

    const cases = Object.entries(QUERIES).flatMap(([name, queries]) => queries.map((query) => [name, query] as const));
    it.each(cases)('%s %j', async (name, query) => {
      const view = VIEWS.get(name);
      expect(view, `${name} is registered`).toBeDefined();
      // What the page draws: the view's rows and column labels, opened with the page's filters.
      const drawn = await viewRows(view!, query, db);
      // What the CSV link beside it downloads, through the export route.
      const href = csvHref(drawn);
      const res = await handleExport(
        href.slice('/api/export/'.length).split('?')[0]!,
        new Request(`http://localhost${href}`),
        db,
      );
      expect(res.status, await res.clone().text()).toBe(200);
      const csv = parseCsv(await res.text());
      const expected = parseCsv(
        [drawn.columns.map((c) => c.header), ...drawn.rows.map((r) => drawn.columns.map((c) => c.value(r)))]
          .map(csvLine)
          .join(''),
      );
      expect(csv[0], 'same column labels, same order').toEqual(expected[0]);
      expect(csv.slice(1), 'same rows, same filters, same order').toEqual(expected.slice(1));
      // What the API returns for the same view and filters: the same labels and cells.
      const api = await handleView(
        name,
        new Request(`http://localhost/api/views/${name}${href.slice(href.indexOf('.csv') + 4)}`),
        db,
      );
      expect(api.status).toBe(200);
      const body = (await api.json()) as { view: string; columns: { header: string }[]; rows: unknown[][] };
      expect(body.columns.map((c) => c.header)).toEqual(drawn.columns.map((c) => c.header));
      const cells = (rows: unknown[][]) => rows.map((r) => r.map((v) => csvCell(v as Parameters<typeof csvCell>[0])));
      expect(cells(body.rows), 'the API answers the same rows').toEqual(
        cells(drawn.rows.map((r) => drawn.columns.map((c) => c.value(r)))),
      );
    });

    it('draws rows for nearly every view on the fixture, so the comparison is not of empty tables', async () => {
      const empty: string[] = [];
      for (const [name, queries] of Object.entries(QUERIES)) {
        const counts = await Promise.all(
          queries.map(async (q) => (await viewRows(VIEWS.get(name)!, q, db)).rows.length),
        );
        if (counts.every((n) => n === 0)) empty.push(name);
      }
      console.log(`views with no rows on the fixture: ${empty.join(', ') || 'none'}`);
      expect(empty.length).toBeLessThanOrEqual(7);
    });
  },
);
