import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  deleteCatalogueRoute,
  getCatalogueCsv,
  getCatalogueReport,
  getCatalogues,
  patchCatalogueJob,
  postCatalogue,
  postConfirmCatalogue,
} from '@/lib/api/catalogue-handlers';
import { handleOccupation, handleOccupations } from '@/lib/api/handlers';
import { createSessionToken, SESSION_COOKIE } from '@/lib/auth/session';
import type { Db } from '@/lib/db/client';
import { clearDashboardCache } from '@/lib/db/queries/cache';
import type { TitleMatcher } from '@/lib/ingest/catalogue/stage';
import { seedFixture } from '../api/fixture';
import { dbKinds, freshDb } from '../helpers/db';
import { testConfig } from '../security/auth-helpers';

const auth = testConfig();
const BASE = 'http://127.0.0.1:3000/api/catalogues';

/** A stand-in for the title coder: a fixed answer per title (the catalogue pipeline is under test, not the coder). */
const matcher: TitleMatcher = async (inputs) =>
  inputs.map((i) => ({
    code: i.title === 'Cashier' ? '47-2031.00' : '15-1252.00',
    onetTitle: i.title === 'Cashier' ? 'Carpenters' : 'Software Developers',
    confidence: i.title === 'Cashier' ? 0.3 : 0.9,
    alternatives: [{ code: '13-2011.00', title: 'Accountants and Auditors', probability: 0.2 }],
    needsReview: i.title === 'Cashier',
    seniority: null,
    matchedTitle: null,
  }));

// Hand-worked below from tests/api/fixture.ts (model m1): accountants 0.80 [0.70, 0.90] share 0.90 automation 0.5;
// software developers 0.60 [0.50, 0.70] 0.60 0.4; carpenters 0.05 [0.00, 0.10] 0.00 0.0.
const CSV = [
  'Job Title,Dept,Headcount,SOC Code',
  'Senior Accountant,Finance,10,13-2011', // SOC code → 13-2011.00
  'Java Developer,IT,30,15-1252.00',
  'Carpenter,Facilities,,47-2031.00', // no headcount: counts as one
  'Cashier,Retail,5,', // coded by the matcher: 47-2031.00 at 30%
  'Clerk,Admin,abc,', // rejected: headcount
  'Astronaut,Ops,1,99-9999', // rejected: no such occupation
  '=HYPERLINK("http://evil"),IT,0,15-1252.00', // formula-looking title, kept as text
].join('\r\n');

describe.each(dbKinds)('catalogue API on %s', (kind) => {
  let db: Db;
  let cookie: string;
  const ctx = () => ({ db, auth, matcher });
  const req = (url: string, init: RequestInit & { headers?: Record<string, string> } = {}) =>
    new Request(url, { ...init, headers: { cookie, origin: 'http://127.0.0.1:3000', ...(init.headers ?? {}) } });
  const upload = (text: string | Uint8Array, name = 'jobs.csv') => {
    const form = new FormData();
    form.set('file', new File([text as BlobPart], name));
    return postCatalogue(req(BASE, { method: 'POST', body: form }), ctx());
  };
  const count = async (table: string) =>
    Number((await db.prisma.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM ${table}`))[0]!.n);

  beforeAll(async () => {
    db = await freshDb(kind);
    await seedFixture(db);
    clearDashboardCache();
    cookie = `${SESSION_COOKIE}=${await createSessionToken('reader', auth)}`;
  });
  afterAll(async () => {
    await db.close();
  });

  it('answers 401 on every route without a session, and 403 to a cross-site write with the cookie', async () => {
    const id = 'a'.repeat(24);
    const bare = (method = 'GET') => new Request(BASE, { method });
    const answers = await Promise.all([
      postCatalogue(bare('POST'), ctx()),
      getCatalogues(bare(), ctx()),
      getCatalogueReport(bare(), id, ctx()),
      postConfirmCatalogue(bare('POST'), id, ctx()),
      deleteCatalogueRoute(bare('DELETE'), id, ctx()),
      patchCatalogueJob(bare('PATCH'), id, '0', ctx()),
      getCatalogueCsv(bare(), id, ctx()),
    ]);
    expect(answers.map((r) => r.status)).toEqual([401, 401, 401, 401, 401, 401, 401]);
    const forged = new Request(BASE, { method: 'DELETE', headers: { cookie, origin: 'http://evil.example' } });
    expect((await deleteCatalogueRoute(forged, id, ctx())).status).toBe(403);
  });

  it('a refused file stores nothing and says why', async () => {
    const res = await upload('Name,Dept\nAda,IT\n');
    expect(res.status).toBe(422);
    expect(JSON.stringify(await res.json())).toMatch(/no job title column/);
    expect(await count('catalogue')).toBe(0);
    expect(await count('catalogue_job')).toBe(0);
  });

  it('stages with a validation report, confirms, reports hand-worked figures, reassigns, exports and deletes', async () => {
    const staged = await upload(CSV);
    expect(staged.status).toBe(201);
    expect(staged.headers.get('cache-control')).toContain('no-store');
    const { catalogue } = (await staged.json()) as {
      catalogue: {
        id: string;
        rowsRead: number;
        rowsRejected: number;
        status: string;
        mapping: Record<string, string>;
        errors: { line: number; column: string }[];
      };
    };
    expect(catalogue).toMatchObject({
      rowsRead: 7,
      rowsRejected: 2,
      status: 'staged',
      mapping: { title: 'Job Title', department: 'Dept', headcount: 'Headcount', code: 'SOC Code' },
    });
    expect(catalogue.errors.map((e) => [e.line, e.column])).toEqual([
      [6, 'Headcount'],
      [7, 'SOC Code'],
    ]);
    const id = catalogue.id;
    expect((await postConfirmCatalogue(req(`${BASE}/${id}/confirm`, { method: 'POST' }), id, ctx())).status).toBe(200);
    expect((await postConfirmCatalogue(req(`${BASE}/${id}/confirm`, { method: 'POST' }), id, ctx())).status).toBe(409);

    // biome-ignore lint/suspicious/noExplicitAny: parsed JSON whose fields the assertions below check one by one
    type Report = { headline: any; departments: any[]; review: any[]; jobs: any[] };
    const report = async () => (await (await getCatalogueReport(req(`${BASE}/${id}`), id, ctx())).json()) as Report;
    let r = await report();
    // Weights 10, 30, 1 (no headcount), 5, 0: 46 people; the zero-headcount job adds nothing.
    expect(r.headline.headcount).toBe(46);
    expect(r.headline.headcountCovered).toBe(46);
    expect(r.headline.exposure.value).toBeCloseTo((10 * 0.8 + 30 * 0.6 + 1 * 0.05 + 5 * 0.05) / 46, 10);
    expect(r.headline.exposure.low).toBeCloseTo((10 * 0.7 + 30 * 0.5) / 46, 10);
    expect(r.headline.exposure.high).toBeCloseTo((10 * 0.9 + 30 * 0.7 + 0.1 + 0.5) / 46, 10);
    expect(r.headline.exposed50).toEqual({ headcount: 40, share: 40 / 46 });
    expect(r.headline.automationShare).toBe(0); // 0.5 is not above 0.5
    // US: SOC codes weighted by 2024 workers once; 11-1011 averages its two occupations (0.40, 0.20).
    expect(r.headline.us.workers).toBe(4400);
    expect(r.headline.us.exposure.value).toBeCloseTo((400 * 0.3 + 1400 * 0.8 + 1600 * 0.6 + 1000 * 0.05) / 4400, 10);
    expect(r.headline.us.exposed50Share).toBeCloseTo(3000 / 4400, 10);
    expect(r.departments.map((d) => [d.department, d.headcount])).toEqual([
      ['Finance', 10],
      ['IT', 30],
      ['Facilities', 1],
      ['Retail', 5],
    ]);
    expect(r.review[0]).toMatchObject({ title: 'Cashier', code: '47-2031.00', codeSource: 'match', confidence: 0.3 });
    const accountant = r.jobs.find((j) => j.title === 'Senior Accountant');
    expect(accountant).toMatchObject({
      code: '13-2011.00',
      codeSource: 'file',
      occupationTitle: 'Accountants and Auditors',
    });
    expect(accountant.topTasks.map((t: { text: string }) => t.text)[0]).toBe(
      'Prepare detailed reports on audit findings.',
    );

    const cashier = r.jobs.find((j) => j.title === 'Cashier').position;
    const patch = (code: unknown) =>
      patchCatalogueJob(
        req(`${BASE}/${id}/jobs/${cashier}`, {
          method: 'PATCH',
          body: JSON.stringify({ code }),
          headers: { 'content-type': 'application/json' },
        }),
        id,
        String(cashier),
        ctx(),
      );
    expect((await patch('13-2011')).status).toBe(400); // only a full O*NET-SOC code
    expect((await patch('x'.repeat(5000))).status).toBe(413);
    const notJson = new Request(`${BASE}/${id}/jobs/${cashier}`, {
      method: 'PATCH',
      body: '{code:',
      headers: { cookie, origin: 'http://127.0.0.1:3000' },
    });
    expect((await patchCatalogueJob(notJson, id, String(cashier), ctx())).status).toBe(400);
    expect((await patch('99-9999.00')).status).toBe(422);
    expect((await patch('13-2011.00')).status).toBe(200);
    r = await report();
    expect(r.headline.exposure.value).toBeCloseTo((10 * 0.8 + 30 * 0.6 + 1 * 0.05 + 5 * 0.8) / 46, 10);
    expect(r.headline.exposed50.headcount).toBe(45);
    expect(r.jobs.find((j) => j.title === 'Cashier')).toMatchObject({
      code: '13-2011.00',
      codeSource: 'reviewed',
      needsReview: false,
    });

    const csv = await (await getCatalogueCsv(req(`${BASE}/${id}/export`), id, ctx())).text();
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(1 + 5);
    expect(lines.find((l) => l.includes('Cashier'))).toMatch(
      /,13-2011\.00,reviewed,Accountants and Auditors,47-2031\.00,Carpenters,/,
    );
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`); // formula-safe

    // Nothing of the catalogue in public answers.
    const publicText =
      (await (await handleOccupations(new Request('http://x/api/occupations'), db)).text()) +
      (await (await handleOccupation('13-2011.00', db)).text());
    expect(publicText).not.toMatch(/Senior Accountant|Java Developer|Finance/);

    expect((await getCatalogues(req(BASE), ctx()).then((x) => x.json())).catalogues).toHaveLength(1);
    expect((await deleteCatalogueRoute(req(`${BASE}/${id}`, { method: 'DELETE' }), id, ctx())).status).toBe(200);
    expect(await count('catalogue')).toBe(0);
    expect(await count('catalogue_job')).toBe(0);
    expect((await getCatalogueReport(req(`${BASE}/${id}`), id, ctx())).status).toBe(404);
  });
});
