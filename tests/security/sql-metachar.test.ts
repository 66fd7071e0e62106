import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as openapi } from '@/app/api/openapi.json/route';
import {
  handleEmployment,
  handleExport,
  handleIndices,
  handleOccupation,
  handleOccupations,
  handleSkillsShift,
  handleView,
} from '@/lib/api/handlers';
import { handleIndustries, handleIndustry } from '@/lib/api/industry-handlers';
import { handleScenarios, handleShownUp } from '@/lib/api/scenario-handlers';
import { handleMatch } from '@/lib/api/match-handler';
import { handleModelCard } from '@/lib/api/model-handler';
import {
  deleteCatalogueRoute,
  getCatalogueCsv,
  getCatalogueReport,
  getCatalogues,
  patchCatalogueJob,
  postConfirmCatalogue,
} from '@/lib/api/catalogue-handlers';
import { likePattern } from '@/lib/analytics/search';
import { handleLogin } from '@/lib/auth/login';
import { LoginRateLimiter } from '@/lib/auth/rate-limit';
import { deleteIndex, getOneUpload, getUploads, postCancel, postConfirm, postUpload } from '@/lib/ingest/upload-api';
import type { Db } from '@/lib/db/client';
import { seedFixture } from '../api/fixture';
import { dbKinds, freshDb } from '../helpers/db';
import { dataTables, fingerprint } from '../reliability/fuzz/fingerprint';
import { testConfig } from './auth-helpers';

/** SQL and LIKE metacharacters, quotes, comments, stacked statements, NUL and oversize input. */
const PAYLOADS = [
  "'; DROP TABLE onet_occupation; --",
  "' OR '1'='1",
  '%',
  '_',
  '\\',
  "'",
  '"',
  "%' UNION SELECT version FROM model_version --",
  '1; DELETE FROM model_version',
  '\u0000',
  '$1',
  'a'.repeat(5000),
];

type Param = { name: string; in: 'query' | 'path'; schema?: { enum?: string[] } };
type Call = (path: Record<string, string>, query: URLSearchParams, db: Db) => Promise<Response>;

const url = (q: URLSearchParams) => new Request(`http://127.0.0.1/api/x?${q.toString()}`);
/** Every GET route of the dashboard API, keyed by its OpenAPI path. */
const ROUTES: Record<string, Call> = {
  '/api/occupations': (_p, q, db) => handleOccupations(url(q), db),
  '/api/occupations/{code}': (p, _q, db) => handleOccupation(p.code ?? '', db),
  '/api/employment': (_p, q, db) => handleEmployment(url(q), db),
  '/api/skills/shift': (_p, _q, db) => handleSkillsShift(db),
  '/api/indices': (_p, _q, db) => handleIndices(db),
  '/api/export/{view}.csv': (p, q, db) => handleExport(`${p.view ?? ''}.csv`, url(q), db),
  '/api/views/{view}': (p, q, db) => handleView(p.view ?? '', url(q), db),
  '/api/openapi.json': async () => openapi(),
  '/api/industries': (_p, q, db) => handleIndustries(url(q), db),
  '/api/industries/{sector}': (p, q, db) => handleIndustry(p.sector ?? '', url(q), db),
  '/api/scenarios': (_p, q, db) => handleScenarios(url(q), db),
  '/api/employment/shown-up': (_p, _q, db) => handleShownUp(db),
  '/api/model': (_p, _q, db) => handleModelCard(db),
  // POST: every payload (cut to a valid title) coded in one request, through the real title coder
  '/api/match': (_p, _q, db) =>
    handleMatch(
      new Request('http://127.0.0.1/api/match', {
        method: 'POST',
        body: JSON.stringify({
          titles: PAYLOADS.filter((p) => p.trim()).map((p) => ({ title: p.slice(0, 200), description: p })),
        }),
      }),
      db,
    ),
};

const auth = testConfig();
/** A signed-in request (the admin token), so payloads reach the private catalogue handlers' validation and SQL. */
const signedIn = (method: string, body?: string) =>
  new Request('http://127.0.0.1/api/catalogues/x', {
    method,
    body,
    headers: {
      authorization: `Bearer ${auth.adminToken}`,
      origin: 'http://127.0.0.1',
      'content-type': 'application/json',
    },
  });
type PrivateCall = (payload: string, db: Db) => Promise<Response>;
const NO_SUCH_ID = 'f'.repeat(24);
/**
 * The private catalogue routes (signed-in only): every payload as the catalogue id, the job number and the
 * reassigned code. Uploading (POST /api/catalogues) stores a staged catalogue by design; the catalogue fuzz test
 * covers it with 500+ hostile files.
 */
const PRIVATE_ROUTES: Record<string, PrivateCall[]> = {
  '/api/catalogues': [async (_p, db) => getCatalogues(signedIn('GET'), { db, auth })],
  '/api/catalogues/{id}': [
    (p, db) => getCatalogueReport(signedIn('GET'), p, { db, auth }),
    (p, db) => deleteCatalogueRoute(signedIn('DELETE'), p, { db, auth }),
  ],
  '/api/catalogues/{id}/confirm': [(p, db) => postConfirmCatalogue(signedIn('POST'), p, { db, auth })],
  '/api/catalogues/{id}/jobs/{position}': [
    (p, db) => patchCatalogueJob(signedIn('PATCH', JSON.stringify({ code: '15-1252.00' })), p, '0', { db, auth }),
    (p, db) =>
      patchCatalogueJob(signedIn('PATCH', JSON.stringify({ code: '15-1252.00' })), NO_SUCH_ID, p, { db, auth }),
    (p, db) => patchCatalogueJob(signedIn('PATCH', JSON.stringify({ code: p })), NO_SUCH_ID, '0', { db, auth }),
  ],
  '/api/catalogues/{id}/export': [(p, db) => getCatalogueCsv(signedIn('GET'), p, { db, auth })],
  // admin uploads and custom indices: every payload as the upload id, the index name and the upload form's body
  '/api/admin/uploads': [
    async (_p, db) => getUploads(signedIn('GET'), { db, auth }),
    (p, db) => postUpload(signedIn('POST', p), { db, auth }),
  ],
  '/api/admin/uploads/{id}': [(p, db) => getOneUpload(signedIn('GET'), p, { db, auth })],
  '/api/admin/uploads/{id}/confirm': [(p, db) => postConfirm(signedIn('POST'), p, { db, auth })],
  '/api/admin/uploads/{id}/cancel': [(p, db) => postCancel(signedIn('POST'), p, { db, auth })],
  '/api/admin/indices/{name}': [(p, db) => deleteIndex(signedIn('DELETE'), p, { db, auth })],
  // signing in with the right password and every payload as the page to return to
  '/api/auth/login': [
    async (p) =>
      handleLogin(
        signedIn('POST', JSON.stringify({ password: auth.adminPassword, next: p })),
        auth,
        new LoginRateLimiter(),
      ),
  ],
};

/** Status of one call; a thrown error is what Next would turn into a 500. The body is read to the end. */
async function statusOf(call: () => Promise<Response>): Promise<number> {
  try {
    const res = await call();
    await res.text();
    return res.status;
  } catch {
    return 500;
  }
}

describe.each(dbKinds)('SQL metacharacters through every API filter on %s', (kind) => {
  let db: Db;
  beforeAll(async () => {
    db = await freshDb(kind);
    await seedFixture(db);
  });
  afterAll(async () => {
    await db?.close();
  });

  it('answers 200, 400 or 404, never 500, and leaves every table intact', async () => {
    const doc = (await openapi().json()) as { paths: Record<string, { get?: { parameters?: Param[] } }> };
    // a new route must be added here (public) or to PRIVATE_ROUTES (signed-in only)
    expect(Object.keys(doc.paths).sort()).toEqual([...Object.keys(ROUTES), ...Object.keys(PRIVATE_ROUTES)].sort());
    const tables = await dataTables(db);
    const before = await fingerprint(db, tables);
    const statuses = new Map<number, number>();
    const failures: string[] = [];
    let calls = 0;
    for (const [route, op] of Object.entries(doc.paths)) {
      const privateCalls = PRIVATE_ROUTES[route];
      if (privateCalls) {
        for (const call of privateCalls) {
          for (const payload of [...PAYLOADS, NO_SUCH_ID]) {
            const status = await statusOf(() => call(payload, db));
            calls++;
            statuses.set(status, (statuses.get(status) ?? 0) + 1);
            if (![200, 400, 404, 409, 413, 422].includes(status))
              failures.push(`${route} ${JSON.stringify(payload.slice(0, 40))} → ${status}`);
          }
        }
        continue;
      }
      const params = op.get?.parameters ?? [];
      const views = params.find((p) => p.name === 'view')?.schema?.enum ?? ['occupations'];
      const base = { code: '13-2011.00' };
      for (const view of views) {
        for (const param of params) {
          if (view !== views[0] && param.in === 'path') continue;
          // Every payload on the first view; the four sharpest on the other export views (same filter code).
          for (const payload of view === views[0] ? PAYLOADS : PAYLOADS.slice(0, 4)) {
            const path = {
              ...base,
              view: view.replace(/\.csv$/, ''),
              ...(param.in === 'path' ? { [param.name]: payload } : {}),
            };
            const query = new URLSearchParams(param.in === 'query' ? { [param.name]: payload } : {});
            const status = await statusOf(() => ROUTES[route]!(path, query, db));
            calls++;
            statuses.set(status, (statuses.get(status) ?? 0) + 1);
            if (![200, 400, 404].includes(status))
              failures.push(`${route} ${view} ${param.name}=${JSON.stringify(payload.slice(0, 40))} → ${status}`);
          }
        }
      }
      if (params.length === 0) {
        const status = await statusOf(() => ROUTES[route]!({}, new URLSearchParams(), db));
        calls++;
        if (status !== 200) failures.push(`${route} → ${status}`);
      }
    }
    console.log(
      `${kind}: ${calls} calls with metacharacters — ${[...statuses].map(([s, n]) => `${s}×${n}`).join(', ')}`,
    );
    expect(failures).toEqual([]);
    expect(await dataTables(db)).toEqual(tables);
    expect(await fingerprint(db, tables)).toEqual(before);
  });

  it('ignores % and _ in the search box (punctuation is not a term) and escapes them in LIKE patterns', async () => {
    const total = async (q: string) => {
      const res = await handleOccupations(url(new URLSearchParams({ q })), db);
      return ((await res.json()) as { total: number }).total;
    };
    const all = await total('');
    expect(all).toBeGreaterThan(0);
    expect(await total('%')).toBe(all);
    expect(await total('_')).toBe(all);
    expect(await total('zzzz%')).toBe(0);
    expect(likePattern('a%b_c\\')).toBe('%a\\%b\\_c\\\\%');
  });
});
