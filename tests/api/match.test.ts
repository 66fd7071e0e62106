import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleMatch } from '@/lib/api/match-handler';
import { TitleBudget } from '@/lib/api/match-limit';
import { openApiDocument } from '@/lib/api/openapi';
import { authConfig } from '@/lib/auth/config';
import type { Db } from '@/lib/db/client';
import { clearDashboardCache } from '@/lib/db/queries/cache';
import { selectBackend } from '@/lib/models/backend';
import type { TitleCoder } from '@/lib/models/titles/coder';
import { trainTitleCoder } from '@/lib/models/titles/pipeline';
import { freshDb } from '../helpers/db';
import { fixtureCorpus, fixtureTitleConfig } from '../models/titles/fixture';
import { seedFixture } from './fixture';

const post = (body: unknown, headers: Record<string, string> = {}) =>
  new Request('http://localhost/api/match', {
    method: 'POST',
    body: typeof body === 'string' ? body : JSON.stringify(body),
    headers: { 'content-type': 'application/json', ...headers },
  });

describe('POST /api/match', () => {
  let db: Db;
  let coder: TitleCoder;
  const load = async () => coder;
  beforeAll(async () => {
    db = await freshDb('pglite');
    await seedFixture(db);
    clearDashboardCache();
    await selectBackend('wasm', true);
    const config = fixtureTitleConfig();
    coder = (await trainTitleCoder(fixtureCorpus(), config, 'titles-test')).coder;
  }, 120_000);
  afterAll(async () => {
    coder?.network.dispose();
    await db?.close();
  });

  it('codes titles with confidence, four alternatives at most, needs_review and the occupation exposure', async () => {
    const res = await handleMatch(
      post({
        titles: [
          { title: 'Sr. Java Developer' },
          { title: 'Staff Accountant II', description: 'Prepare tax returns.' },
        ],
      }),
      db,
      new TitleBudget(),
      load,
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      model: string;
      matches: {
        title: string;
        code: string;
        confidence: number;
        alternatives: unknown[];
        needsReview: boolean;
        exposure: number | null;
        seniority: string | null;
        descriptionExposure: unknown;
      }[];
    };
    expect(body.model).toBe('titles-test');
    expect(body.matches.map((m) => m.code)).toEqual(['15-1252.00', '13-2011.00']);
    expect(body.matches[0]).toMatchObject({ title: 'Sr. Java Developer', seniority: 'senior' });
    expect(body.matches[0]!.alternatives.length).toBeLessThanOrEqual(4);
    expect(body.matches[0]!.confidence).toBeGreaterThan(0);
    expect(typeof body.matches[0]!.needsReview).toBe('boolean');
    expect(body.matches[1]!.exposure).not.toBeNull(); // 13-2011.00 carries a score in the fixture
    // the described title is also scored from its description by the exposure model; the other is not
    expect(body.matches[1]!.descriptionExposure).not.toBeNull();
    expect(body.matches[0]!.descriptionExposure).toBeNull();
  });

  it.each([
    ['not JSON', '{titles:', 'body'],
    ['no titles', {}, 'titles'],
    ['an empty list', { titles: [] }, 'titles'],
    ['an empty title', { titles: [{ title: '  ' }] }, 'titles.0.title'],
    ['a title over 200 characters', { titles: [{ title: 'x'.repeat(201) }] }, 'titles.0.title'],
    ['an unknown field', { titles: [{ title: 'Nurse' }], extra: 1 }, 'body'],
  ])('answers 400 naming the field for %s', async (_name, body, parameter) => {
    const res = await handleMatch(post(body), db, new TitleBudget(), load);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { parameter: string }).parameter).toBe(parameter);
  });

  it('refuses more than 1,000 titles in one request', async () => {
    const res = await handleMatch(
      post({ titles: Array.from({ length: 1001 }, () => ({ title: 'Nurse' })) }),
      db,
      new TitleBudget(),
      load,
    );
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toMatch(/at most 1000 titles/);
  });

  it('meters titles per client: past the budget it answers 429 with Retry-After, other clients unaffected', async () => {
    const budget = new TitleBudget(3, 60_000);
    const from = (ip: string) =>
      post({ titles: [{ title: 'Nurse' }, { title: 'Driver' }] }, { 'x-taskshift-peer': ip });
    const config = { ...authConfig(), peerAddressKnown: true, trustProxy: 0 };
    expect((await handleMatch(from('10.0.0.1'), db, budget, load, config)).status).toBe(200);
    const refused = await handleMatch(from('10.0.0.1'), db, budget, load, config);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await handleMatch(from('10.0.0.2'), db, budget, load, config)).status).toBe(200);
  });

  it('answers 503 when no model is installed, and is in the OpenAPI document', async () => {
    expect(
      (await handleMatch(post({ titles: [{ title: 'Nurse' }] }), db, new TitleBudget(), async () => null)).status,
    ).toBe(503);
    const doc = openApiDocument() as { paths: Record<string, { post?: unknown }> };
    expect(doc.paths['/api/match']?.post).toBeDefined();
  });
});
