import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as exportRoute } from '@/app/api/export/[view]/route';
import { GET as employmentRoute } from '@/app/api/employment/route';
import { GET as occupationRoute } from '@/app/api/occupations/[code]/route';
import { GET as occupationsRoute } from '@/app/api/occupations/route';
import { GET as openapiRoute } from '@/app/api/openapi.json/route';
import {
  handleEmployment,
  handleExport,
  handleIndices,
  handleOccupation,
  handleOccupations,
  handleSkillsShift,
} from '@/lib/api/handlers';
import type { Db } from '@/lib/db/client';
import { dbKinds, freshDb } from '../helpers/db';
import { seedFixture } from './fixture';

const req = (path: string) => new Request(`http://localhost${path}`);
const params = <T>(p: T) => ({ params: Promise.resolve(p) });

describe('API validation: 400 names the bad parameter (route handlers called directly)', () => {
  it.each([
    ['/api/occupations?minExposure=1.5', 'minExposure'],
    ['/api/occupations?page=0', 'page'],
    ['/api/occupations?pageSize=500', 'pageSize'],
    ['/api/occupations?sort=salary', 'sort'],
    ['/api/occupations?group=abc', 'group'],
    ['/api/occupations?jobZone=7', 'jobZone'],
    ['/api/occupations?minExposure=0.8&maxExposure=0.2', 'minExposure'],
  ])('%s → 400 naming %s', async (path, parameter) => {
    const res = await occupationsRoute(req(path));
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: string; parameter: string };
    expect(body.parameter).toBe(parameter);
    expect(body.error).toContain(parameter);
  });
  it('rejects a malformed occupation code', async () => {
    const res = await occupationRoute(req('/api/occupations/DROP'), params({ code: 'DROP TABLE' }));
    expect(res.status).toBe(400);
    expect(((await res.json()) as { parameter: string }).parameter).toBe('code');
  });
  it('rejects a bad groupBy', async () => {
    const res = await employmentRoute(req('/api/employment?groupBy=decile'));
    expect(res.status).toBe(400);
    expect(((await res.json()) as { parameter: string }).parameter).toBe('groupBy');
  });
  it('rejects exports without .csv, unknown views and bad filters', async () => {
    expect((await exportRoute(req('/api/export/tasks'), params({ view: 'tasks' }))).status).toBe(400);
    expect((await exportRoute(req('/api/export/nope.csv'), params({ view: 'nope.csv' }))).status).toBe(404);
    const bad = await exportRoute(req('/api/export/tasks.csv?code=x'), params({ view: 'tasks.csv' }));
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { parameter: string }).parameter).toBe('code');
    const filt = await exportRoute(
      req('/api/export/occupations.csv?maxExposure=-1'),
      params({ view: 'occupations.csv' }),
    );
    expect(((await filt.json()) as { parameter: string }).parameter).toBe('maxExposure');
  });
  it('documents every route in OpenAPI', async () => {
    const doc = (await openapiRoute().json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/occupations',
        '/api/occupations/{code}',
        '/api/employment',
        '/api/skills/shift',
        '/api/indices',
        '/api/export/{view}.csv',
        '/api/openapi.json',
      ]),
    );
  });
});

describe.each(dbKinds)('API handlers on %s with fixture rows', (kind) => {
  let db: Db;
  beforeAll(async () => {
    db = await freshDb(kind);
    await seedFixture(db);
  });
  afterAll(async () => db?.close());

  it('lists occupations and streams the same rows as CSV', async () => {
    const api = (await (await handleOccupations(req('/api/occupations?q=accountants'), db)).json()) as {
      items: { code: string }[];
      total: number;
    };
    expect(api.total).toBe(2);
    const res = await handleExport('occupations.csv', req('/api/export/occupations.csv?q=accountants'), db);
    expect(res.headers.get('content-disposition')).toMatch(/filename="occupations_\d{4}-\d{2}-\d{2}_model-m1\.csv"/);
    expect(res.body).toBeInstanceOf(ReadableStream);
    const lines = (await res.text()).trim().split('\r\n');
    expect(lines[0]).toMatch(
      /^code,title,exposure,exposure_low,exposure_high,automation,share_exposed,n_tasks,model_version,soc_code,/,
    );
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(api.items.map((i) => i.code));
    // Workers are the SOC code's, whole, with how many other O*NET occupations share them.
    const all = (await (await handleExport('occupations.csv', req('/api/export/occupations.csv?sort=code'), db)).text())
      .trim()
      .split('\r\n');
    const header = all[0]!.split(',');
    expect(header).toEqual(expect.arrayContaining(['soc_employment_code', 'soc_employment', 'shared_with']));
    expect(header).not.toContain('employment');
    const ceo = Object.fromEntries(
      header.map((h, i) => [h, all.find((l) => l.startsWith('11-1011.03,'))!.split(',')[i]]),
    );
    expect([ceo.soc_employment_code, ceo.soc_employment, ceo.shared_with]).toEqual(['11-1011', '400', '1']);
  });

  it('exports exactly one page when a page is named', async () => {
    const text = await (
      await handleExport('occupations.csv', req('/api/export/occupations.csv?sort=-exposure&page=2&pageSize=2'), db)
    ).text();
    expect(
      text
        .trim()
        .split('\r\n')
        .slice(1)
        .map((l) => l.split(',')[0]),
    ).toEqual(['11-1011.00', '11-1011.03']);
  });

  it('returns an occupation with tasks, indices and reskilling, and 404 for unknown codes', async () => {
    const d = (await (await handleOccupation('13-2011.00', db)).json()) as {
      tasks: {
        taskId: number;
        attention: number;
        aiMode: string | null;
        topActivities: { id: string; title: string; exposure: number }[];
      }[];
      indices: { indexName: string; value: number }[];
      occupation: Record<string, unknown>;
      employment: { year: number; employment: number }[];
      reskilling: { code: string }[];
    };
    expect(d.tasks.map((t) => t.taskId)).toEqual([1, 2, 3]); // by attention 0.5, 0.3, 0.2
    expect(d.tasks[0]!.topActivities.map((a) => a.title)).toEqual([
      'Advise others on financial matters.',
      'Prepare financial documents.',
    ]);
    expect(d.tasks[1]!.topActivities).toEqual([]);
    expect(d.indices.find((i) => i.indexName === 'ilo')?.value).toBe(0.6);
    expect(d.indices.find((i) => i.indexName === 'daioe')?.value).toBe(0.7); // latest year only
    expect(d.occupation.searchText).toBeUndefined();
    expect(d.employment.map((e) => e.year)).toEqual([2012, 2013, 2018, 2024]);
    expect(d.reskilling.map((r) => r.code)).toEqual(['15-1252.00']); // less exposed, job zone within 1
    expect((await handleOccupation('99-9999.99', db)).status).toBe(404);
    const csv = await (await handleExport('tasks.csv', req('/api/export/tasks.csv?code=13-2011.00'), db)).text();
    expect(csv.trim().split('\r\n')).toHaveLength(1 + d.tasks.length);
    expect(csv.split('\r\n')[0]).toContain(',attention,automation,ai_mode,top_tokens,work_activities,human_label');
    // task 1: p = (0.1, 0.3, 0.6), automation 0.5 → exposed, not above T2 → augmentation; task 3: E0 most likely → no mode
    expect(csv).toContain(
      ',0.5,0.5,augmentation,reports audit,Advise others on financial matters (0.87); Prepare financial documents (0.69),E1',
    );
    expect(d.tasks.map((t) => t.aiMode)).toEqual(['augmentation', 'augmentation', null]);
    // A task text starting with "=" is neutralised so spreadsheets do not run it as a formula.
    expect(csv).toContain(`,'=cmd|'/C calc'!A0 advise clients on tax matters.,`);
  });

  it('streams the 30.1 ratings export in keyset batches without losing or repeating rows', async () => {
    const { streamRatings } = await import('@/lib/db/queries/ratings');
    const rows = [];
    for await (const r of streamRatings(db, 3)) rows.push(`${r.code}/${r.elementId}/${r.scaleId}`);
    expect(rows).toHaveLength(10);
    expect(new Set(rows).size).toBe(10);
    const csv = await (await handleExport('ratings.csv', req('/api/export/ratings.csv'), db)).text();
    expect(csv.trim().split('\r\n')).toHaveLength(11);
  });

  it('groups employment by exposure quintile, worked by hand', async () => {
    const v = (await (await handleEmployment(req('/api/employment?groupBy=quintile'), db)).json()) as {
      absolute: Record<string, number | null>[];
      topShare: { year: number; share: number }[];
      dissimilarity: { year: number; index: number }[];
    };
    // SOC exposure: 47-2031 0.05 (Q2 by midpoint 600/3000), 11-1011 0.3 and 15-1252 0.6 (Q3), 13-2011 0.8 (Q5)
    expect(v.absolute[0]).toEqual({ year: 2012, Q1: null, Q2: 1200, Q3: 800, Q4: null, Q5: 1000 });
    expect(v.topShare[0]!.share).toBeCloseTo(1000 / 3000, 12);
    expect(v.topShare.at(-1)!.share).toBeCloseTo(1400 / 4400, 12);
    expect(v.dissimilarity[0]!.index).toBeCloseTo(200 / 3000, 12);
  });

  it('computes the skill shift through the O*NET-SOC crosswalk, worked by hand', async () => {
    const v = (await (await handleSkillsShift(db)).json()) as {
      shift: { elementId: string; before: number; after: number; change: number }[];
      matchedOccupations: number;
      concentration: { elementId: string; exposed: number; sheltered: number }[];
    };
    expect(v.matchedOccupations).toBe(2);
    const rc = v.shift.find((s) => s.elementId === '2.A.1.a')!;
    expect([rc.before, rc.after]).toEqual([3, 4]);
    const prog = v.shift.find((s) => s.elementId === '2.B.3.e')!;
    expect(prog.before).toBe(4);
    expect(prog.after).toBeCloseTo(3.6, 12);
    expect(v.concentration).toEqual([
      { elementId: '2.A.1.a', name: 'Reading Comprehension', exposed: 4, sheltered: 2, difference: 2 },
    ]);
  });

  it('correlates the model with each index over crosswalk matches', async () => {
    const v = (await (await handleIndices(db)).json()) as {
      comparisons: { indexName: string; matched: number; pearson: number; spearman: number }[];
    };
    const fo = v.comparisons.find((c) => c.indexName === 'frey_osborne')!;
    expect(fo.matched).toBe(3);
    expect(fo.spearman).toBeCloseTo(0.5, 12);
    expect(fo.pearson).toBeCloseTo(-0.026525, 5);
    expect(v.comparisons.find((c) => c.indexName === 'ilo')!.matched).toBe(1);
  });
});
