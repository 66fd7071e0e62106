import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  handleEmployment,
  handleExport,
  handleIndices,
  handleOccupation,
  handleOccupations,
  handleSkillsShift,
} from '@/lib/api/handlers';
import { handleIndustries, handleIndustry } from '@/lib/api/industry-handlers';
import { GET as openapiRoute } from '@/app/api/openapi.json/route';
import { createDb, type Db } from '@/lib/db/client';
import { databaseFailure } from '@/lib/db/errors';
import { checkHealth } from '@/lib/db/health';
import { inPgTransaction } from '@/lib/db/pg-import';
import { timeoutsFor, type DbTimeouts } from '@/lib/db/timeouts';
import { dbKinds, freshDb } from '../helpers/db';
import { type FakeServer, hangingServer, refusedUrl, silentAfterStartupServer } from './fake-db-servers';

const fast: DbTimeouts = { connectMs: 500, statementMs: 300, queryMs: 800 };
const req = new Request('http://localhost/api/occupations?q=nurse');

/** Calls the API handler on `url` and returns its status, body, Retry-After and elapsed ms. */
async function apiAgainst(url: string) {
  const db = createDb({ url, timeouts: fast });
  const started = Date.now();
  try {
    const res = await handleOccupations(req, db);
    return {
      status: res.status,
      body: (await res.json()) as Record<string, unknown>,
      retryAfter: res.headers.get('retry-after'),
      ms: Date.now() - started,
    };
  } finally {
    await db.close().catch(() => undefined);
  }
}

describe('a database that never answers fails fast with a clear 503 (issue 9.5/9.6)', () => {
  let hanging: FakeServer;
  let silent: FakeServer;
  beforeAll(async () => {
    hanging = await hangingServer();
    silent = await silentAfterStartupServer();
  });
  afterAll(async () => {
    await hanging?.close();
    await silent?.close();
  });

  it('accepts connections, never answers: the connect timeout answers 503 within ~0.5 s', async () => {
    const r = await apiAgainst(hanging.url);
    expect(r).toMatchObject({
      status: 503,
      body: { error: 'database unavailable', cause: 'connect timeout' },
      retryAfter: '5',
    });
    expect(r.ms).toBeLessThan(2500);
  });

  it('connects, then never answers a query: the query timeout answers 503 within ~0.8 s', async () => {
    const r = await apiAgainst(silent.url);
    expect(r).toMatchObject({ status: 503, body: { error: 'database unavailable', cause: 'query timeout' } });
    expect(r.ms).toBeLessThan(3000);
  });

  it('refused port: 503 naming the database as unreachable, from every read API', async () => {
    const r = await apiAgainst(await refusedUrl());
    expect(r).toMatchObject({
      status: 503,
      body: { error: 'database unavailable', cause: 'unreachable' },
      retryAfter: '5',
    });
    const db = createDb({ url: await refusedUrl(), timeouts: fast });
    const answers = [
      await handleOccupation('29-1141.00', db),
      await handleEmployment(new Request('http://localhost/api/employment?groupBy=quintile'), db),
      await handleSkillsShift(db),
      await handleIndices(db),
      await handleExport('occupations.csv', new Request('http://localhost/api/export/occupations.csv'), db),
      await handleIndustries(new Request('http://localhost/api/industries'), db),
      await handleIndustry('62', new Request('http://localhost/api/industries/62'), db),
    ];
    await db.close().catch(() => undefined);
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 503));
    const doc = (await openapiRoute().json()) as {
      paths: Record<string, { get: { responses: Record<string, unknown> } }>;
    };
    expect(Object.keys(doc.paths['/api/occupations']!.get.responses)).toContain('503'); // documented
  });

  it('health names the cause: ECONNREFUSED, or the connect timeout', async () => {
    for (const [url, cause] of [
      [await refusedUrl(), 'ECONNREFUSED'],
      [hanging.url, 'connect timeout'],
    ] as const) {
      const db = createDb({ url, timeouts: fast });
      const report = await checkHealth(db, { timeoutMs: 2000 });
      await db.close().catch(() => undefined);
      expect(report.status).toBe('unavailable');
      expect(report.database.cause).toBe(cause);
      expect(report.database.error).toContain(cause);
    }
  });

  it('any other error is a JSON 500, never an empty body', async () => {
    const broken = {
      prisma: {
        $queryRaw: () => Promise.reject(new TypeError('boom')),
        $queryRawUnsafe: () => Promise.reject(new TypeError('boom')),
      },
    } as unknown as Db;
    const res = await handleOccupations(req, broken);
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual({ error: 'internal error' });
  });
});

describe('timeout profiles', () => {
  it('batch work (CLI ingest, scoring, migrations) has no statement or query timeout by default; serving has both', () => {
    expect(timeoutsFor('batch')).toMatchObject({ statementMs: 0, queryMs: 0 });
    const serving = timeoutsFor('serving');
    expect(serving.statementMs).toBeGreaterThan(0);
    expect(serving.queryMs).toBeGreaterThan(serving.statementMs);
    expect(serving.connectMs).toBeGreaterThan(0);
  });
});

describe.skipIf(!dbKinds.includes('postgres'))('statement timeout on real Postgres', () => {
  let base: Db;
  let serving: Db;
  beforeAll(async () => {
    base = await freshDb('postgres');
    const url = (base.pool as unknown as { options: { connectionString: string } }).options.connectionString;
    serving = createDb({ url, timeouts: { connectMs: 2000, statementMs: 300, queryMs: 2000 } });
  });
  afterAll(async () => {
    await serving?.close();
    await base?.close();
  });

  it('cancels a slow statement on the serving path and names it', async () => {
    const started = Date.now();
    const err = await serving.prisma.$queryRaw`SELECT pg_sleep(5)::text`.then(
      () => null,
      (e: unknown) => e,
    );
    expect(Date.now() - started).toBeLessThan(2000);
    expect(databaseFailure(err)?.cause).toBe('statement timeout');
    expect(await base.prisma.$queryRaw`SELECT pg_sleep(0.5)::text AS slept`).toHaveLength(1); // batch connection: no limit
  });

  it('an import transaction on the serving pool is not killed by the short statement timeout', async () => {
    const outside = await serving.pool!.query('SELECT pg_sleep(0.6)').then(
      () => 'ran',
      (e: Error) => e.message,
    );
    expect(outside).toMatch(/statement timeout/);
    // The import's own statements (here the lock statement) run under the batch limit.
    const inside = await inPgTransaction(
      serving.pool!,
      'SELECT pg_sleep(0.6), $1::text',
      'src',
      async () => 'committed',
    );
    expect(inside).toBe('committed');
  });
});
