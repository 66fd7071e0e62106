import { rng } from '../models/random';
import { quantileSorted } from './scenario/draws';
import { weightedQuantileGroups } from './quintiles';

/** One SOC code's employment and median wage in one OEWS year. */
export interface SeriesPoint {
  year: number;
  code: string;
  employment: number;
  medianWage: number | null;
}

/** Two spans compared: before and after ChatGPT's release (Nov 2022), skipping the pandemic years. */
export interface Periods {
  pre: [number, number];
  post: [number, number];
}
export const DEFAULT_PERIODS: Periods = { pre: [2017, 2019], post: [2022, 2024] };

export type MeasureKey = 'employment' | 'employmentWithinGroup' | 'wage' | 'wageWithinGroup';
export const MEASURES: readonly { key: MeasureKey; label: string }[] = [
  { key: 'employment', label: 'Employment growth' },
  { key: 'employmentWithinGroup', label: 'Employment growth within major group' },
  { key: 'wage', label: 'Median wage growth' },
  { key: 'wageWithinGroup', label: 'Median wage growth within major group' },
];

/** One exposure quintile under one measure: annual log growth before and after, and the change. */
export interface QuintileGrowth {
  quintile: number;
  occupations: number;
  /** Base-year workers in the quintile's sample (the weights). */
  workers: number;
  /** null where the quintile holds no occupation with this measure (too little data). */
  pre: number | null;
  post: number | null;
  change: number | null;
  changeLow: number | null;
  changeHigh: number | null;
}

/** One measure: its quintiles and the difference in differences, most vs least exposed quintile. */
export interface MeasureResult {
  key: MeasureKey;
  label: string;
  occupations: number;
  quintiles: QuintileGrowth[];
  /** (post − pre) in Q5 minus (post − pre) in Q1; the interval is the bootstrap's 2.5th–97.5th percentile. */
  did: number | null;
  didLow: number | null;
  didHigh: number | null;
}

/** An occupation in the sample: its quintile, major group, weight and per-measure growth (pre, post). */
interface Item {
  quintile: number;
  group: string;
  weight: number;
  growth: Record<'employment' | 'wage', [number, number] | null>;
}

/** Annual log growth from a to b over `years`. */
const annual = (a: number, b: number, years: number) => Math.log(b / a) / years;

/**
 * Occupations with employment in all four years and an exposure; quintiles weighted by workers in
 * the first year (so each holds about a fifth of them); wage growth where all four wages exist.
 */
function sampleOf(points: readonly SeriesPoint[], exposure: ReadonlyMap<string, number>, p: Periods): Item[] {
  const years = [p.pre[0], p.pre[1], p.post[0], p.post[1]];
  const byCode = new Map<string, Map<number, SeriesPoint>>();
  for (const x of points)
    if (years.includes(x.year)) byCode.set(x.code, (byCode.get(x.code) ?? new Map()).set(x.year, x));
  const full = [...byCode].filter(
    ([code, ys]) => exposure.has(code) && years.every((y) => (ys.get(y)?.employment ?? 0) > 0),
  );
  const quintiles = weightedQuantileGroups(
    full.map(([code, ys]) => ({ key: code, value: exposure.get(code)!, weight: ys.get(p.pre[0])!.employment })),
    5,
  );
  return full.map(([code, ys]) => {
    const at = (y: number) => ys.get(y)!;
    const span = (k: 'employment' | 'medianWage', [a, b]: [number, number]) => annual(at(a)[k]!, at(b)[k]!, b - a);
    const wages = years.every((y) => (at(y).medianWage ?? 0) > 0);
    return {
      quintile: quintiles.get(code)!,
      group: code.slice(0, 2),
      weight: at(p.pre[0]).employment,
      growth: {
        employment: [span('employment', p.pre), span('employment', p.post)],
        wage: wages ? [span('medianWage', p.pre), span('medianWage', p.post)] : null,
      },
    };
  });
}

/** Per-quintile weighted mean (pre, post) of a measure over the given item indices; NaN where a quintile is empty. */
function quintileMeans(
  items: readonly Item[],
  idx: ArrayLike<number>,
  measure: MeasureKey,
): { pre: number[]; post: number[]; n: number[]; w: number[] } {
  const base = measure.startsWith('employment') ? 'employment' : 'wage';
  const within = measure.endsWith('WithinGroup');
  const groupMean = new Map<string, [number, number, number]>();
  if (within) {
    for (let j = 0; j < idx.length; j++) {
      const it = items[idx[j]!]!;
      const g = it.growth[base];
      if (!g) continue;
      const m = groupMean.get(it.group) ?? [0, 0, 0];
      groupMean.set(it.group, [m[0] + it.weight * g[0], m[1] + it.weight * g[1], m[2] + it.weight]);
    }
  }
  const acc = [0, 1, 2, 3, 4, 5].map(() => [0, 0, 0, 0]);
  for (let j = 0; j < idx.length; j++) {
    const it = items[idx[j]!]!;
    const g = it.growth[base];
    if (!g) continue;
    const m = within ? groupMean.get(it.group)! : [0, 0, 1];
    const a = acc[it.quintile]!;
    a[0]! += it.weight * (g[0] - m[0]! / m[2]!);
    a[1]! += it.weight * (g[1] - m[1]! / m[2]!);
    a[2]! += it.weight;
    a[3]! += 1;
  }
  const q = [1, 2, 3, 4, 5];
  return {
    pre: q.map((k) => acc[k]![0]! / acc[k]![2]!),
    post: q.map((k) => acc[k]![1]! / acc[k]![2]!),
    n: q.map((k) => acc[k]![3]!),
    w: q.map((k) => acc[k]![2]!),
  };
}

/** A figure, or null where it could not be computed (an empty quintile gives NaN). */
const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);

const did = (m: { pre: number[]; post: number[] }) => m.post[4]! - m.pre[4]! - (m.post[0]! - m.pre[0]!);

/**
 * "Has it shown up yet?": for each measure, employment-weighted annual log growth per exposure
 * quintile before and after, the change, and the difference in differences (Q5 vs Q1), with 95%
 * intervals from `replicates` bootstrap resamples of occupations (seeded; quintiles kept).
 */
export function shownUp(
  points: readonly SeriesPoint[],
  exposure: ReadonlyMap<string, number>,
  periods: Periods = DEFAULT_PERIODS,
  replicates = 1000,
  seed = 2022,
): MeasureResult[] {
  const items = sampleOf(points, exposure, periods);
  if (items.length === 0) return []; // none of the compared years, or no exposure: nothing to say
  const random = rng(seed);
  const all = Int32Array.from(items.keys());
  const boot = MEASURES.map(() => ({ did: [] as number[], change: [[], [], [], [], []] as number[][] }));
  const idx = new Int32Array(items.length);
  for (let r = 0; r < replicates; r++) {
    for (let j = 0; j < idx.length; j++) idx[j] = Math.floor(random() * items.length);
    MEASURES.forEach((m, mi) => {
      const q = quintileMeans(items, idx, m.key);
      const d = did(q);
      if (Number.isFinite(d)) boot[mi]!.did.push(d); // a resample missing Q1 or Q5 says nothing about their gap
      q.pre.forEach((pre, k) => {
        if (Number.isFinite(q.post[k]! - pre)) boot[mi]!.change[k]!.push(q.post[k]! - pre);
      });
    });
  }
  const ci = (xs: number[]) => {
    const s = Float64Array.from(xs).sort();
    return [finite(quantileSorted(s, 0.025)), finite(quantileSorted(s, 0.975))] as const;
  };
  return MEASURES.map((m, mi) => {
    const q = quintileMeans(items, all, m.key);
    const [didLow, didHigh] = ci(boot[mi]!.did);
    return {
      key: m.key,
      label: m.label,
      occupations: q.n.reduce((s, n) => s + n, 0),
      quintiles: q.pre.map((pre, k) => {
        const [changeLow, changeHigh] = ci(boot[mi]!.change[k]!);
        return {
          quintile: k + 1,
          occupations: q.n[k]!,
          workers: q.w[k]!,
          pre: finite(pre),
          post: finite(q.post[k]!),
          change: finite(q.post[k]! - pre),
          changeLow,
          changeHigh,
        };
      }),
      did: finite(did(q)),
      didLow,
      didHigh,
    };
  });
}
