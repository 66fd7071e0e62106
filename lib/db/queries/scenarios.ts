import { normalDraws } from '../../analytics/scenario/draws';
import type { ScenarioInputs } from '../../analytics/scenario/inputs';
import type { ScenarioOccupation } from '../../analytics/scenario/model';
import { prepareOccupations, sectorWeights } from '../../analytics/scenario/prepare';
import {
  drawExposures,
  type ExposureDraws,
  type GroupResult,
  type ScenarioRow,
  type SectorWeights,
  simulate,
} from '../../analytics/scenario/simulate';
import type { ScenarioQuery, ScenarioSortKey } from '../../views/scenario-filters';
import { type Db, getDb } from '../client';
import { readIndustryRows, readScoredOccupations } from './industry-rows';
import { readExposedTime, readProjectionLineItems, SCENARIO_PROJECTION_VINTAGE } from '../scenario';
import { CURRENT_ONET, cached, keyedCache, stableKey } from './cache';
import { fetchCurrentModel } from './model';

/** Monte Carlo draws behind every band. */
export const SCENARIO_DRAWS = 1000;

/** What a scenario rests on, independent of its inputs: computed once per data stamp. */
export interface ScenarioBasis {
  occupations: ScenarioOccupation[];
  sectors: SectorWeights[];
  /** Each occupation's exposure at each of SCENARIO_DRAWS seeded draws. */
  draws: ExposureDraws;
  modelVersion: string | null;
  industryYear: number | null;
  unscored: { occupations: number; workers: number };
}

/** Builds the basis from the projection, the current model's scores and the OEWS industry cells. */
export function fetchScenarioBasis(db: Db): Promise<ScenarioBasis> {
  return cached('scenario-basis', db, async () => {
    const model = await fetchCurrentModel(db);
    const version = model?.version ?? null;
    const [projection, scored, time, industry] = await Promise.all([
      readProjectionLineItems(db),
      version ? readScoredOccupations(db, version, CURRENT_ONET) : Promise.resolve([]),
      version ? readExposedTime(db, version) : Promise.resolve(new Map()),
      readIndustryRows(db),
    ]);
    const { occupations, unscored } = prepareOccupations(projection, scored, time);
    return {
      occupations,
      sectors: sectorWeights(industry.totals, industry.cells, occupations),
      draws: drawExposures(occupations, normalDraws(SCENARIO_DRAWS)),
      modelVersion: version,
      industryYear: industry.year,
      unscored: { occupations: unscored.length, workers: unscored.reduce((s, u) => s + u.base, 0) },
    };
  });
}

/** One occupation row as page, API and CSV show it (worker counts whole). */
export interface ScenarioOccupationView extends ScenarioRow {
  changeShare: number | null;
}

/** What /scenarios, GET /api/scenarios and the scenario CSVs show. */
export interface ScenarioView {
  inputs: ScenarioInputs;
  preset: string | null;
  sort: ScenarioQuery['sort'];
  modelVersion: string | null;
  projectionVintage: string;
  industryYear: number | null;
  draws: number;
  total: GroupResult;
  majorGroups: GroupResult[];
  industries: GroupResult[];
  occupations: ScenarioOccupationView[];
  /** Projected occupations without a score, left out of every figure. */
  unscored: { occupations: number; workers: number };
}

// Shown figures are whole workers; a change is the difference of the shown figures, so the table adds up.
const whole = (n: number) => Math.round(n);
const roundGroup = (g: GroupResult): GroupResult => ({
  ...g,
  baseline: whole(g.baseline),
  scenario: whole(g.scenario),
  scenarioLow: whole(g.scenarioLow),
  scenarioHigh: whole(g.scenarioHigh),
  change: whole(g.scenario) - whole(g.baseline),
  hoursSaved: whole(g.hoursSaved),
  taskMixWorkers: whole(g.taskMixWorkers),
});
const roundRow = (r: ScenarioRow): ScenarioOccupationView => ({
  ...r,
  baseline: whole(r.baseline),
  scenario: whole(r.scenario),
  scenarioLow: whole(r.scenarioLow),
  scenarioHigh: whole(r.scenarioHigh),
  change: whole(r.scenario) - whole(r.baseline),
  taskMixWorkers: whole(r.taskMixWorkers),
  changeShare: r.baseline > 0 ? r.change / r.baseline : null,
});

/** Sorts occupation rows by a signed key (titles A–Z, numbers by value; nulls last). */
export function sortScenarioRows(
  rows: readonly ScenarioOccupationView[],
  sort: ScenarioQuery['sort'],
): ScenarioOccupationView[] {
  const desc = sort.startsWith('-');
  const key = sort.replace(/^-/, '') as ScenarioSortKey;
  const value = (r: ScenarioOccupationView) => r[key];
  return [...rows].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    if (x === null || y === null) return x === null ? (y === null ? 0 : 1) : -1;
    const c = typeof x === 'string' ? x.localeCompare(y as string) : (x as number) - (y as number);
    return (desc ? -c : c) || a.code.localeCompare(b.code);
  });
}

// The same inputs on the page, its API answer and its CSVs are computed once per data stamp.
const results = keyedCache<ScenarioView>('scenarios.results', 32);

/** Baseline vs scenario at the horizon, by occupation, major group, sector and in total. */
export async function fetchScenario(query: ScenarioQuery, db: Db = getDb()): Promise<ScenarioView> {
  const inputs: ScenarioInputs = {
    horizon: query.horizon,
    adoption: query.adoption,
    substitution: query.substitution,
    productivity: query.productivity,
    demand: query.demand,
  };
  const view = await results(db, stableKey(inputs), async () => {
    const basis = await fetchScenarioBasis(db);
    const result = simulate(basis.occupations, basis.sectors, basis.draws, inputs);
    return {
      inputs,
      preset: null,
      sort: 'change',
      modelVersion: basis.modelVersion,
      projectionVintage: SCENARIO_PROJECTION_VINTAGE,
      industryYear: basis.industryYear,
      draws: result.draws,
      total: roundGroup(result.total),
      majorGroups: result.majorGroups.map(roundGroup),
      industries: result.industries.map(roundGroup),
      occupations: result.occupations.map(roundRow),
      unscored: basis.unscored,
    };
  });
  return {
    ...view,
    preset: query.preset,
    sort: query.sort,
    occupations: sortScenarioRows(view.occupations, query.sort),
  };
}
