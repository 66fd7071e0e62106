import { PROJECTION_BASE_YEAR, PROJECTION_TARGET_YEAR, type ScenarioInputs } from './inputs';

/** One occupation as the scenario needs it: BLS projection and model exposure, all independent of the inputs. */
export interface ScenarioOccupation {
  /** BLS National Employment Matrix code (a SOC 2018 detailed code or the aggregate BLS projects). */
  code: string;
  title: string;
  /** Two-digit SOC major group. */
  majorGroup: string;
  /** Employment in the projection's base year (2024), in workers. */
  base: number;
  /** Employment BLS projects for 2034, in workers. */
  projected: number;
  /** E: exposed share of task time (the model's occupation score), with its 80% interval. */
  exposure: number;
  exposureLow: number;
  exposureHigh: number;
  /** α: share of exposed time in automation mode (exposed tasks the automation head puts above 0.5). */
  automationShare: number;
  /** O*NET-SOC occupations whose scores make up E. */
  onetCodes: string[];
}

/** Share of task time where AI is in use above which a worker's task mix counts as changed. */
export const TASK_MIX_THRESHOLD = 0.1;

/**
 * Baseline employment in `year`: the BLS 2024 and 2034 levels joined by a constant annual growth
 * rate, B(T) = B₂₀₂₄ · (B₂₀₃₄ / B₂₀₂₄)^((T − 2024) / 10); linear where either level is 0.
 */
export function baselineAt(base: number, projected: number, year: number): number {
  const t = (year - PROJECTION_BASE_YEAR) / (PROJECTION_TARGET_YEAR - PROJECTION_BASE_YEAR);
  if (base <= 0 || projected <= 0) return base + (projected - base) * t;
  return base * (projected / base) ** t;
}

/** The inputs as fractions: a, s, p in 0–1 and d. */
export interface Rates {
  a: number;
  s: number;
  p: number;
  d: number;
}

/** Converts the page's percentages to the formula's fractions. */
export function ratesOf(inputs: ScenarioInputs): Rates {
  return { a: inputs.adoption / 100, s: inputs.substitution / 100, p: inputs.productivity / 100, d: inputs.demand };
}

/** What the formula gives for one occupation at one exposure E. */
export interface OccupationEffect {
  /** a·E: share of task time where AI is in use. */
  aiTimeShare: number;
  /** τ = a·E·(α·s + (1 − α)·p): share of the occupation's hours saved. */
  timeSaved: number;
  /** δ = −(1 − d)·τ: change in labour demand, as a share of baseline employment. */
  demandChange: number;
}

/** The scenario formula for one occupation (see the page for each symbol). */
export function effectOf(exposure: number, automationShare: number, r: Rates): OccupationEffect {
  const aiTimeShare = r.a * exposure;
  const timeSaved = aiTimeShare * (automationShare * r.s + (1 - automationShare) * r.p);
  return { aiTimeShare, timeSaved, demandChange: -(1 - r.d) * timeSaved };
}

/** Exposure at a standard-normal draw z, on the occupation's asymmetric 80% interval (z = ±1.2816 gives its bounds), kept in 0–1. */
export function exposureAtDraw(
  o: Pick<ScenarioOccupation, 'exposure' | 'exposureLow' | 'exposureHigh'>,
  z: number,
): number {
  const spread = z < 0 ? o.exposure - o.exposureLow : o.exposureHigh - o.exposure;
  return Math.min(1, Math.max(0, o.exposure + (z / 1.2816) * spread));
}
