import { z } from 'zod';
import type { GroupResult } from '../analytics/scenario/simulate';
import { scenarioQuery } from './scenario-filters';
import { fetchScenario, type ScenarioOccupationView } from '../db/queries/scenarios';
import { fetchShownUp } from '../db/queries/shown-up';
import type { Column } from './columns';
import { type AnyView, defineView } from './view';

/** Columns of a group row (major group, sector or total): the same figures the page's charts plot. */
const groupColumns = (keyHeader: string): Column<GroupResult>[] => [
  { header: keyHeader, value: (g) => g.key },
  { header: 'title', value: (g) => g.title },
  { header: 'baseline_workers', value: (g) => g.baseline },
  { header: 'scenario_workers', value: (g) => g.scenario },
  { header: 'scenario_p10', value: (g) => g.scenarioLow },
  { header: 'scenario_p90', value: (g) => g.scenarioHigh },
  { header: 'change', value: (g) => g.change },
  { header: 'change_share', value: (g) => (g.baseline > 0 ? g.change / g.baseline : null) },
  { header: 'hours_saved_worker_equivalents', value: (g) => g.hoursSaved },
  { header: 'task_mix_changes_workers', value: (g) => g.taskMixWorkers },
];

/** One row per measure and quintile, then the measure's difference in differences (Q5 − Q1). */
interface ShownUpRow {
  measure: string;
  quintile: string;
  occupations: number | null;
  workers: number | null;
  pre: number | null;
  post: number | null;
  change: number | null;
  low: number | null;
  high: number | null;
}

// The CSVs of /scenarios and of "Has it shown up yet?", from the same view functions as the pages and the API.
/** The scenario-occupations view (GET /api/export/scenario-occupations.csv). */
export const scenarioOccupationsView = defineView({
  name: 'scenario-occupations',
  params: scenarioQuery,
  columns: [
    { header: 'nem_code', value: (o: ScenarioOccupationView) => o.code },
    { header: 'title', value: (o) => o.title },
    { header: 'major_group', value: (o) => o.majorGroup },
    { header: 'baseline_workers', value: (o) => o.baseline },
    { header: 'scenario_workers', value: (o) => o.scenario },
    { header: 'scenario_p10', value: (o) => o.scenarioLow },
    { header: 'scenario_p90', value: (o) => o.scenarioHigh },
    { header: 'change', value: (o) => o.change },
    { header: 'change_share', value: (o) => o.changeShare },
    { header: 'exposure', value: (o) => o.exposure },
    { header: 'exposure_low', value: (o) => o.exposureLow },
    { header: 'exposure_high', value: (o) => o.exposureHigh },
    { header: 'automation_share', value: (o) => o.automationShare },
    { header: 'ai_time_share', value: (o) => o.aiTimeShare },
    { header: 'time_saved', value: (o) => o.timeSaved },
    { header: 'demand_change', value: (o) => o.demandChange },
    { header: 'task_mix_changes_workers', value: (o) => o.taskMixWorkers },
    { header: 'onet_soc_codes', value: (o) => o.onetCodes.join(' ') },
  ],
  rows: async (db, p) => (await fetchScenario(p, db)).occupations,
  cacheable: true, // ≈ 830 rows from the per-inputs scenario cache
});

/** The scenario-groups view (GET /api/export/scenario-groups.csv). */
export const scenarioGroupsView = defineView({
  name: 'scenario-groups',
  params: scenarioQuery,
  columns: groupColumns('major_group'),
  rows: async (db, p) => {
    const v = await fetchScenario(p, db);
    return [...v.majorGroups, v.total];
  },
  cacheable: true,
});

/** The scenario-industries view (GET /api/export/scenario-industries.csv). */
export const scenarioIndustriesView = defineView({
  name: 'scenario-industries',
  params: scenarioQuery,
  columns: groupColumns('naics'),
  rows: async (db, p) => (await fetchScenario(p, db)).industries,
  cacheable: true,
});

/** The shown-up view (GET /api/export/shown-up.csv). */
export const shownUpView = defineView({
  name: 'shown-up',
  params: z.object({}),
  columns: [
    { header: 'measure', value: (r: ShownUpRow) => r.measure },
    { header: 'quintile', value: (r) => r.quintile },
    { header: 'occupations', value: (r) => r.occupations },
    { header: 'workers', value: (r) => r.workers },
    { header: 'annual_log_growth_pre', value: (r) => r.pre },
    { header: 'annual_log_growth_post', value: (r) => r.post },
    { header: 'change_or_did', value: (r) => r.change },
    { header: 'ci95_low', value: (r) => r.low },
    { header: 'ci95_high', value: (r) => r.high },
  ],
  rows: async (db) =>
    (await fetchShownUp(db)).measures.flatMap((m): ShownUpRow[] => [
      ...m.quintiles.map((q) => ({
        measure: m.key,
        quintile: `Q${q.quintile}`,
        occupations: q.occupations,
        workers: q.workers,
        pre: q.pre,
        post: q.post,
        change: q.change,
        low: q.changeLow,
        high: q.changeHigh,
      })),
      {
        measure: m.key,
        quintile: 'Q5-Q1',
        occupations: null,
        workers: null,
        pre: null,
        post: null,
        change: m.did,
        low: m.didLow,
        high: m.didHigh,
      },
    ]),
  cacheable: true,
});

export const scenarioViews: AnyView[] = [
  scenarioOccupationsView,
  scenarioGroupsView,
  scenarioIndustriesView,
  shownUpView,
];
