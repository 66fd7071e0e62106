import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as openapiRoute } from '@/app/api/openapi.json/route';
import { GET as scenariosRoute } from '@/app/api/scenarios/route';
import { handleExport } from '@/lib/api/handlers';
import { clearDashboardCache } from '@/lib/db/queries/cache';
import { handleScenarios, handleShownUp } from '@/lib/api/scenario-handlers';
import type { Db } from '@/lib/db/client';
import type { ScenarioView } from '@/lib/db/queries/scenarios';
import type { ShownUpView } from '@/lib/db/queries/shown-up';
import { dbKinds, freshDb } from '../helpers/db';
import { seedFixture } from './fixture';

const req = (path: string) => new Request(`http://localhost${path}`);

/**
 * BLS 2024–34 line items (thousands) over the API fixture's model m1: 13-2011 (E 0.8, both exposed
 * tasks augmentation → α 0) 1.0 → 1.21; 47-2031 (E 0.05, no exposed task → α 0) 2.0 → 2.0;
 * 43-9999 has no O*NET occupation (unscored). Summary rows and other vintages are ignored.
 */
const PROJECTION_SQL = `
INSERT INTO employment_projection (vintage, nem_code, title, occupation_type, emp_base, emp_projected) VALUES
 ('2024-34','00-0000','Total, all occupations','Summary',3.5,3.71),
 ('2024-34','13-2011','Accountants and auditors','Line item',1.0,1.21),
 ('2024-34','47-2031','Carpenters','Line item',2.0,2.0),
 ('2024-34','43-9999','Other clerks','Line item',0.5,0.5),
 ('2022-32','13-2011','Accountants and auditors','Line item',9.0,9.0);
INSERT INTO oews_industry_employment (year, naics, naics_title, own_code, occ_code, title, o_group, tot_emp) VALUES
 (2024,'52','Finance and Insurance',5,'00-0000','All Occupations','total',1000),
 (2024,'52','Finance and Insurance',5,'13-2011','Accountants and Auditors','detailed',500),
 (2024,'52','Finance and Insurance',5,'43-9999','Other','detailed',50);`;

// a = 50%, s = 50%, p = 20%, d = 0.25 at 2029 (half-way: constant growth 1.21^0.5 = 1.1).
const Q = '?horizon=2029&adoption=50&substitution=50&productivity=20&demand=0.25';

describe('scenario API validation', () => {
  it.each([
    ['?horizon=2040', 'horizon'],
    ['?horizon=2030.5', 'horizon'],
    ['?adoption=abc', 'adoption'],
    ['?adoption=101', 'adoption'],
    ['?demand=2', 'demand'],
    ['?preset=warp', 'preset'],
    ['?sort=salary', 'sort'],
  ])('%s → 400 naming %s', async (query, parameter) => {
    const res = await scenariosRoute(req(`/api/scenarios${query}`));
    expect(res.status).toBe(400);
    expect(((await res.json()) as { parameter: string }).parameter).toBe(parameter);
  });

  it('documents both routes and the four CSV views in OpenAPI', async () => {
    const doc = (await openapiRoute().json()) as {
      paths: Record<string, { get: { parameters?: { name: string; schema: { enum?: string[] } }[] } }>;
    };
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/scenarios', '/api/employment/shown-up']));
    const views = doc.paths['/api/export/{view}.csv']!.get.parameters!.find((p) => p.name === 'view')!.schema.enum;
    expect(views).toEqual(
      expect.arrayContaining(['scenario-occupations', 'scenario-groups', 'scenario-industries', 'shown-up']),
    );
  });
});

describe.each(dbKinds)('scenario API and CSV on %s with fixture rows', (kind) => {
  let db: Db;
  beforeAll(async () => {
    db = await freshDb(kind);
    await seedFixture(db);
    await db.execScript(PROJECTION_SQL);
  });
  afterAll(async () => db?.close());

  it('computes baseline and scenario per occupation, group, sector and total as worked by hand', async () => {
    const v = (await (await handleScenarios(req(`/api/scenarios${Q}`), db)).json()) as ScenarioView;
    expect(v).toMatchObject({
      inputs: { horizon: 2029, adoption: 50, substitution: 50, productivity: 20, demand: 0.25 },
      modelVersion: 'm1',
      projectionVintage: '2024-34',
      draws: 1000,
    });
    expect(v.unscored).toEqual({ occupations: 1, workers: 500 });
    const byCode = Object.fromEntries(v.occupations.map((o) => [o.code, o]));
    // 13-2011: baseline 1,100; τ = 0.5·0.8·0.2 = 0.08; δ = −0.75·0.08 = −0.06 → 1,034.
    expect(byCode['13-2011']).toMatchObject({ baseline: 1100, scenario: 1034, change: -66, automationShare: 0 });
    expect(byCode['13-2011']!.demandChange).toBeCloseTo(-0.06, 12);
    // 47-2031: τ = 0.5·0.05·0.2 = 0.005; δ = −0.00375 → 2,000·0.99625 = 1,992.5 (1,993 whole).
    expect(byCode['47-2031']).toMatchObject({ baseline: 2000, scenario: 1993, taskMixWorkers: 0 });
    expect(v.total).toMatchObject({ baseline: 3100, scenario: 3027, change: -73 }); // 3,026.5 unrounded; change = shown scenario − shown baseline
    expect(v.majorGroups.map((g) => [g.key, g.scenario])).toEqual([
      ['13', 1034],
      ['47', 1993],
    ]);
    // Finance: 500 accountants · 1.1 = 550 → ·0.94 = 517; the unscored 43-9999 cell is left out.
    expect(v.industries).toEqual([expect.objectContaining({ key: '52', baseline: 550, scenario: 517 })]);
    expect(v.total.scenarioLow).toBeLessThanOrEqual(v.total.scenario);
    expect(v.total.scenarioHigh).toBeGreaterThanOrEqual(v.total.scenario);
  });

  it('fills missing inputs from a preset, explicit ones winning, and sorts the table', async () => {
    const v = (await (
      await handleScenarios(req('/api/scenarios?preset=fast&horizon=2030&sort=-baseline'), db)
    ).json()) as ScenarioView;
    expect(v.inputs).toEqual({ horizon: 2030, adoption: 90, substitution: 60, productivity: 40, demand: 0.3 });
    expect(v.preset).toBe('fast');
    expect(v.occupations.map((o) => o.code)).toEqual(['47-2031', '13-2011']);
  });

  it('exports the same rows as the API', async () => {
    const v = (await (await handleScenarios(req(`/api/scenarios${Q}`), db)).json()) as ScenarioView;
    const csv = await (
      await handleExport('scenario-occupations.csv', req(`/api/export/scenario-occupations.csv${Q}`), db)
    ).text();
    const lines = csv.trim().split('\r\n');
    expect(lines[0]!.split(',').slice(0, 8)).toEqual([
      'nem_code',
      'title',
      'major_group',
      'baseline_workers',
      'scenario_workers',
      'scenario_p10',
      'scenario_p90',
      'change',
    ]);
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 5).join(','))).toEqual(
      v.occupations.map((o) => [o.code, o.title, o.majorGroup, o.baseline, o.scenario].join(',')),
    );
    const groups = (
      await (await handleExport('scenario-groups.csv', req(`/api/export/scenario-groups.csv${Q}`), db)).text()
    )
      .trim()
      .split('\r\n');
    expect(groups.at(-1)!.startsWith('total,All occupations,3100,3027,')).toBe(true);
    const sectors = (
      await (await handleExport('scenario-industries.csv', req(`/api/export/scenario-industries.csv${Q}`), db)).text()
    )
      .trim()
      .split('\r\n');
    expect(sectors[1]!.startsWith('52,Finance and Insurance,550,517,')).toBe(true);
    const bad = await handleExport(
      'scenario-occupations.csv',
      req('/api/export/scenario-occupations.csv?adoption=-1'),
      db,
    );
    expect(bad.status).toBe(400);
  });

  it('splits exposed time into modes with the score\u2019s own task weights (attention × exposure)', async () => {
    // 15-1252.00: task 4 (attention 0.75, exposure 0.8, automation 0.9) and task 99 (0.25, 0.4, 0.2):
    // exposed time 0.6 + 0.1 = 0.7, of which 0.6 in automation mode → α = 6/7.
    await db.execScript(`
      INSERT INTO task_score (model_version, code, task_id, p_e0, p_e1, p_e2, exposure, exposure_low, exposure_high, automation, attention) VALUES
       ('m1','15-1252.00',4,0.1,0.2,0.7,0.8,0.7,0.9,0.9,0.75),('m1','15-1252.00',99,0.5,0.2,0.3,0.4,0.3,0.5,0.2,0.25);
      INSERT INTO employment_projection (vintage, nem_code, title, occupation_type, emp_base, emp_projected) VALUES
       ('2024-34','15-1252','Software developers','Line item',1.0,1.0);`);
    clearDashboardCache();
    const v = (await (await handleScenarios(req(`/api/scenarios${Q}`), db)).json()) as ScenarioView;
    const dev = v.occupations.find((o) => o.code === '15-1252')!;
    expect(dev.automationShare).toBeCloseTo(6 / 7, 12);
    // τ = 0.5·0.6·(6/7·0.5 + 1/7·0.2) = 0.3·3.2/7; δ = −0.75·τ → 1,000·(1 + δ) = 897.
    expect(dev.timeSaved).toBeCloseTo((0.3 * 3.2) / 7, 12);
    expect(dev.scenario).toBe(Math.round(1000 * (1 - (0.75 * 0.3 * 3.2) / 7)));
  });

  it('answers "has it shown up yet?" even where the compared years are missing (no figures, no crash)', async () => {
    const v = (await (await handleShownUp(db)).json()) as ShownUpView;
    expect(v.periods).toEqual({ pre: [2017, 2019], post: [2022, 2024] });
    expect(v.measures).toEqual([]);
    const csv = await (await handleExport('shown-up.csv', req('/api/export/shown-up.csv'), db)).text();
    expect(csv.trim()).toBe(
      'measure,quintile,occupations,workers,annual_log_growth_pre,annual_log_growth_post,change_or_did,ci95_low,ci95_high',
    );
  });
});
