import { majorGroupTitle } from '../soc';
import { band, quantileSorted } from './draws';
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

/**
 * Every occupation's exposure at every draw, and its 10th/90th percentile over the draws: they
 * depend only on the data, so they are computed once per data stamp, not per scenario.
 */
export interface ExposureDraws {
  n: number;
  /** Row-major: occupation i's draws at [i·n, (i+1)·n). */
  values: Float64Array;
  p10: Float64Array;
  p90: Float64Array;
}

/**
 * Draws each occupation's exposure at the standard-normal draws z: draw k puts every occupation at
 * z_k on its own interval (errors treated as fully correlated, as in aggregateToSoc), so group
 * bands are not narrowed by an independence nobody has shown.
 */
export function drawExposures(occupations: readonly ScenarioOccupation[], z: Float64Array): ExposureDraws {
  const n = z.length;
  const values = new Float64Array(occupations.length * n);
  const p10 = new Float64Array(occupations.length);
  const p90 = new Float64Array(occupations.length);
  const sorted = new Float64Array(n);
  occupations.forEach((o, i) => {
    for (let k = 0; k < n; k++) values[i * n + k] = exposureAtDraw(o, z[k]!);
    sorted.set(values.subarray(i * n, (i + 1) * n));
    sorted.sort();
    p10[i] = quantileSorted(sorted, 0.1);
    p90[i] = quantileSorted(sorted, 0.9);
  });
  return { n, values, p10, p90 };
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

/** Adds weight · (1 − c·E_k) for every draw k of occupation i to `into`. */
function addDraws(into: Float64Array, d: ExposureDraws, i: number, weight: number, c: number): void {
  const off = i * d.n;
  const v = d.values;
  const wc = weight * c;
  for (let k = 0; k < d.n; k++) into[k] = into[k]! + weight - wc * v[off + k]!;
}

/**
 * Runs the scenario for every occupation at the inputs' horizon. An occupation's scenario is
 * baseline · (1 − c·E) with c = (1 − d)·a·(α·s + (1 − α)·p) ≥ 0, so its 10th/90th percentile over
 * the draws is exactly baseline · (1 − c·E at the 90th/10th percentile); groups sum the draws.
 */
export function simulate(
  occupations: readonly ScenarioOccupation[],
  sectors: readonly SectorWeights[],
  draws: ExposureDraws,
  inputs: ScenarioInputs,
): ScenarioResult {
  const r = ratesOf(inputs);
  const n = draws.n;
  const groupKeys = [...new Set(occupations.map((o) => o.majorGroup))].sort();
  const groupIndex = new Map(groupKeys.map((g, i) => [g, i]));
  const groupDraws = groupKeys.map(() => new Float64Array(n));
  const totalDraws = new Float64Array(n);
  const growth = new Float64Array(occupations.length);
  const slope = new Float64Array(occupations.length);
  const rows: ScenarioRow[] = occupations.map((o, i) => {
    const baseline = baselineAt(o.base, o.projected, inputs.horizon);
    growth[i] = o.base > 0 ? baseline / o.base : 0;
    const effect = effectOf(o.exposure, o.automationShare, r);
    const c = (1 - r.d) * r.a * (o.automationShare * r.s + (1 - o.automationShare) * r.p);
    slope[i] = c;
    const scenario = baseline * (1 + effect.demandChange);
    addDraws(groupDraws[groupIndex.get(o.majorGroup)!]!, draws, i, baseline, c);
    addDraws(totalDraws, draws, i, baseline, c);
    const { base: _b, projected: _p, ...rest } = o;
    return {
      ...rest,
      baseline,
      scenario,
      scenarioLow: baseline * (1 - c * draws.p90[i]!),
      scenarioHigh: baseline * (1 - c * draws.p10[i]!),
      change: scenario - baseline,
      ...effect,
      taskMixWorkers: effect.aiTimeShare >= TASK_MIX_THRESHOLD ? scenario : 0,
    };
  });
  const sum = (list: readonly ScenarioRow[], key: string, title: string, values: Float64Array): GroupResult => {
    const baseline = list.reduce((s, x) => s + x.baseline, 0);
    const scenario = list.reduce((s, x) => s + x.scenario, 0);
    return {
      key,
      title,
      baseline,
      scenario,
      ...bandOf(values),
      change: scenario - baseline,
      hoursSaved: list.reduce((s, x) => s + x.baseline * x.timeSaved, 0),
      taskMixWorkers: list.reduce((s, x) => s + x.taskMixWorkers, 0),
    };
  };
  const majorGroups = groupKeys.map((g, gi) =>
    sum(
      rows.filter((x) => x.majorGroup === g),
      g,
      majorGroupTitle(g),
      groupDraws[gi]!,
    ),
  );
  const industries = sectors.map((s) => sectorResult(s, rows, growth, slope, draws));
  return {
    occupations: rows,
    majorGroups,
    industries,
    total: sum(rows, 'total', 'All occupations', totalDraws),
    draws: n,
  };
}

const bandOf = (values: Float64Array) => {
  const { low, high } = band(values);
  return { scenarioLow: low, scenarioHigh: high };
};

/** A sector's OEWS workers carried to the horizon by each occupation's national baseline growth and scenario factor. */
function sectorResult(
  s: SectorWeights,
  rows: readonly ScenarioRow[],
  growth: Float64Array,
  slope: Float64Array,
  draws: ExposureDraws,
): GroupResult {
  const values = new Float64Array(draws.n);
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
    addDraws(values, draws, i, b, slope[i]!);
  }
  return {
    key: s.naics,
    title: s.title,
    baseline,
    scenario,
    ...bandOf(values),
    change: scenario - baseline,
    hoursSaved,
    taskMixWorkers,
  };
}
