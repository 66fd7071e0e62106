import { rng } from '../../models/random';

/** The seed of the scenario's Monte Carlo draws: the same bands on every request and machine. */
export const SCENARIO_SEED = 20_241_034;

/** `n` standard-normal draws (Box–Muller over the seeded mulberry32 PRNG). */
export function normalDraws(n: number, seed = SCENARIO_SEED): Float64Array {
  const random = rng(seed);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i += 2) {
    const u = 1 - random(); // in (0, 1], so the log is finite
    const v = random();
    const r = Math.sqrt(-2 * Math.log(u));
    out[i] = r * Math.cos(2 * Math.PI * v);
    if (i + 1 < n) out[i + 1] = r * Math.sin(2 * Math.PI * v);
  }
  return out;
}

/** The q-quantile (0–1) of ascending values, interpolating between neighbours (Hyndman–Fan type 7). */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/** The 10th and 90th percentiles of values (sorted in place). */
export function band(values: Float64Array): { low: number; high: number } {
  values.sort();
  return { low: quantileSorted(values, 0.1), high: quantileSorted(values, 0.9) };
}
