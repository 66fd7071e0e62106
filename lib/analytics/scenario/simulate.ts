import { majorGroupTitle } from '../soc';
import { band } from './draws';
import type { ScenarioInputs } from './inputs';
import { baselineAt, effectOf, exposureAtDraw, ratesOf, type ScenarioOccupation, TASK_MIX_THRESHOLD } from './model';

/** A sector's OEWS workers by projected occupation (indices into the occupation list). */
export interface SectorWeights {
  naics: string;
  title: string;
  /** OEWS detailed cells matched to a projected occupation: [occupation index, workers]. */
  cells: [number, number][];
  /** Sector workers in cells with no projected occupation or suppressed counts (left out of the figures). */
  unmatchedWorkers: number;
}

/** One occupation's result at the horizon. */
export interface ScenarioRow extends Omit<ScenarioOccupation, 'base' | 'projected'> {
  baseline: number;
  scenario: number;
  /** 10th and 90th percentile of the scenario over the exposure draws. */
  scenarioLow: number;
  scenarioHigh: number;
  change: number;
  aiTimeShare: number;
  timeSaved: number;
  demandChange: number;
  /** Scenario workers whose task mix changes (AI in use on at least TASK_MIX_THRESHOLD of their task time), else 0. */
  taskMixWorkers: number;
}

/** Baseline vs scenario for a group of occupations (a major group, a sector or everything). */
export interface GroupResult {
  key: string;
  title: string;
  baseline: number;
  scenario: number;
  scenarioLow: number;
  scenarioHigh: number;
  change: number;
  /** Hours saved in worker-equivalents: Σ baseline · τ. */
  hoursSaved: number;
  taskMixWorkers: number;
}

/** Everything the scenario shows, unrounded. */
export interface ScenarioResult {
  occupations: ScenarioRow[];
  majorGroups: GroupResult[];
  industries: GroupResult[];
  total: GroupResult;
  draws: number;
}

/**
 * Runs the scenario for every occupation at the inputs' horizon, with bands from the draws: draw
 * k puts every occupation at z_k on its own interval (errors treated as fully correlated, as in
 * aggregateToSoc), so group bands are not narrowed by an independence nobody has shown.
 */
export function simulate(occupations: readonly ScenarioOccupation[], sectors: readonly SectorWeights[], draws: Float64Array, inputs: ScenarioInputs): ScenarioResult {
  const r = ratesOf(inputs);
  const n = draws.length;
  const groupKeys = [...new Set(occupations.map((o) => o.majorGroup))].sort();
  const groupIndex = new Map(groupKeys.map((g, i) => [g, i]));
  const groupDraws = groupKeys.map(() => new Float64Array(n));
  const totalDraws = new Float64Array(n);
  const growth = new Float64Array(occupations.length);
  const factorDraws = occupations.map(() => new Float64Array(n));
  const buffer = new Float64Array(n);
  const rows: ScenarioRow[] = occupations.map((o, i) => {
    const baseline = baselineAt(o.base, o.projected, inputs.horizon);
    growth[i] = o.base > 0 ? baseline / o.base : 0;
    const effect = effectOf(o.exposure, o.automationShare, r);
    const scenario = baseline * (1 + effect.demandChange);
    const g = groupDraws[groupIndex.get(o.majorGroup)!]!;
    const factors = factorDraws[i]!;
    for (let k = 0; k < n; k++) {
      const factor = 1 + effectOf(exposureAtDraw(o, draws[k]!), o.automationShare, r).demandChange;
      factors[k] = factor;
      const workers = baseline * factor;
      buffer[k] = workers;
      g[k] = g[k]! + workers;
      totalDraws[k] = totalDraws[k]! + workers;
    }
    const { low, high } = band(buffer);
    const { base: _b, projected: _p, ...rest } = o;
    return {
      ...rest, baseline, scenario, scenarioLow: low, scenarioHigh: high, change: scenario - baseline,
      ...effect, taskMixWorkers: effect.aiTimeShare >= TASK_MIX_THRESHOLD ? scenario : 0,
    };
  });
  const sum = (list: readonly ScenarioRow[], key: string, title: string, values: Float64Array): GroupResult => {
    const baseline = list.reduce((s, x) => s + x.baseline, 0);
    const scenario = list.reduce((s, x) => s + x.scenario, 0);
    return {
      key, title, baseline, scenario, ...bandOf(values), change: scenario - baseline,
      hoursSaved: list.reduce((s, x) => s + x.baseline * x.timeSaved, 0), taskMixWorkers: list.reduce((s, x) => s + x.taskMixWorkers, 0),
    };
  };
  const majorGroups = groupKeys.map((g, gi) => sum(rows.filter((x) => x.majorGroup === g), g, majorGroupTitle(g), groupDraws[gi]!));
  const industries = sectors.map((s) => sectorResult(s, rows, growth, factorDraws, n));
  return { occupations: rows, majorGroups, industries, total: sum(rows, 'total', 'All occupations', totalDraws), draws: n };
}

const bandOf = (values: Float64Array) => {
  const { low, high } = band(values);
  return { scenarioLow: low, scenarioHigh: high };
};

/** A sector's OEWS workers carried to the horizon by each occupation's national baseline growth and scenario factor. */
function sectorResult(s: SectorWeights, rows: readonly ScenarioRow[], growth: Float64Array, factorDraws: readonly Float64Array[], n: number): GroupResult {
  const values = new Float64Array(n);
  let baseline = 0;
  let scenario = 0;
  let hoursSaved = 0;
  let taskMixWorkers = 0;
  for (const [i, workers] of s.cells) {
    const row = rows[i]!;
    const b = workers * growth[i]!;
    const factor = 1 + row.demandChange;
    baseline += b;
    scenario += b * factor;
    hoursSaved += b * row.timeSaved;
    if (row.taskMixWorkers > 0) taskMixWorkers += b * factor;
    const f = factorDraws[i]!;
    for (let k = 0; k < n; k++) values[k] = values[k]! + b * f[k]!;
  }
  return { key: s.naics, title: s.title, baseline, scenario, ...bandOf(values), change: scenario - baseline, hoursSaved, taskMixWorkers };
}
