import { aggregateToSoc } from './soc-aggregate';
import { majorGroupTitle } from './soc';
import {
  type HistogramBin,
  totalWeight,
  type Weighted,
  weightedHistogram,
  weightedMean,
  weightedShareAtLeast,
} from './weighted';

/** What the overview needs to know about one occupation. */
export interface OverviewOccupation {
  code: string;
  title: string;
  majorGroup: string;
  /** The SOC code (or OEWS aggregate) whose workers the occupation belongs to; null without employment. */
  employmentCode: string | null;
  employmentTitle: string | null;
  /** Workers in employmentCode (whole, shared with the sharedWith other O*NET occupations there). */
  socEmployment: number | null;
  sharedWith: number;
  /** Model exposure score (0–1), null when unscored. */
  exposure: number | null;
  /** The score's interval (absent or null: the score itself). */
  exposureLow?: number | null;
  exposureHigh?: number | null;
  /** Model share of the occupation's tasks exposed, β-style: mean over tasks of P(E1) + ½·P(E2). */
  modelBeta: number | null;
  /** Eloundou et al.'s β from the human labels: mean over tasks of E1 = 1, E2 = ½, E0 = 0; null when unlabelled. */
  humanBeta: number | null;
}

/** Headline shares of workers whose occupation has at least 10% / 50% of tasks exposed. */
export interface Headline {
  workers: number;
  atLeast10: number | null;
  atLeast50: number | null;
}

/** Everything the overview page shows, computed from the occupation rows. */
export interface OverviewSummary {
  occupations: number;
  scoredOccupations: number;
  /** Workers in SOC codes with a score, each code counted once. */
  workersCovered: number;
  /** SOC codes (or OEWS aggregates) with a score and employment. */
  socCodes: number;
  meanExposure: number | null;
  /** Interval of meanExposure: the same weighted mean of the SOC codes' lows and highs (errors taken as perfectly correlated). */
  meanExposureInterval: { low: number; high: number } | null;
  model: Headline;
  human: Headline;
  histogram: HistogramBin[];
  byMajorGroup: { group: string; title: string; meanExposure: number | null; workers: number; occupations: number }[];
  mostExposed: OverviewOccupation[];
  leastExposed: OverviewOccupation[];
}

/** One SOC code's mean value (over its O*NET occupations that have one), weighted by the code's workers. */
type SocItem = Weighted & { code: string; majorGroup: string; low: number; high: number };

/**
 * Aggregates a per-occupation value to the SOC codes that carry employment (aggregateToSoc:
 * the mean over the code's O*NET occupations) and weights it by the code's workers, so a code's
 * workers count once however many O*NET occupations share it.
 */
export function socItems(
  rows: readonly OverviewOccupation[],
  value: (o: OverviewOccupation) => number | null,
  bounds: (o: OverviewOccupation) => [number | null | undefined, number | null | undefined] = () => [null, null],
): SocItem[] {
  const workers = new Map<string, number>();
  const groups = new Map<string, string>();
  const scored: { code: string; socCode: string; score: number; low: number; high: number }[] = [];
  for (const o of rows) {
    const v = value(o);
    if (o.employmentCode === null || o.socEmployment === null || v === null) continue;
    workers.set(o.employmentCode, o.socEmployment);
    groups.set(o.employmentCode, o.majorGroup); // a SOC code and its O*NET occupations share the major group
    const [low, high] = bounds(o);
    scored.push({ code: o.code, socCode: o.employmentCode, score: v, low: low ?? v, high: high ?? v });
  }
  return [...aggregateToSoc(scored).values()].map((s) => ({
    code: s.socCode,
    majorGroup: groups.get(s.socCode)!,
    value: s.score,
    low: s.low,
    high: s.high,
    weight: workers.get(s.socCode)!,
  }));
}

function headline(items: readonly SocItem[]): Headline {
  return {
    workers: totalWeight(items),
    atLeast10: weightedShareAtLeast(items, 0.1),
    atLeast50: weightedShareAtLeast(items, 0.5),
  };
}

/** Per major group: the SOC-level exposure mean and workers, and the number of O*NET occupations. */
function byMajorGroup(
  rows: readonly OverviewOccupation[],
  exposure: readonly SocItem[],
): OverviewSummary['byMajorGroup'] {
  const groups = [...new Set(rows.map((o) => o.majorGroup))].sort();
  return groups.map((group) => {
    const items = exposure.filter((i) => i.majorGroup === group);
    return {
      group,
      title: majorGroupTitle(group),
      meanExposure: weightedMean(items),
      workers: totalWeight(items),
      occupations: rows.filter((o) => o.majorGroup === group).length,
    };
  });
}

/**
 * Builds the overview. Every employment-weighted figure aggregates the O*NET scores to their SOC
 * code first (aggregateToSoc) and weights by the SOC code's workers; the top/bottom lists rank
 * O*NET occupations and carry their SOC code's workers as a shared figure.
 */
export function overviewSummary(rows: readonly OverviewOccupation[], n = 10, bins = 20): OverviewSummary {
  const exposure = socItems(
    rows,
    (o) => o.exposure,
    (o) => [o.exposureLow, o.exposureHigh],
  );
  const low = weightedMean(exposure.map((i) => ({ value: i.low, weight: i.weight })));
  const high = weightedMean(exposure.map((i) => ({ value: i.high, weight: i.weight })));
  const scored = rows.filter((o) => o.exposure !== null);
  const ranked = scored
    .filter((o) => (o.socEmployment ?? 0) > 0)
    .sort((a, b) => b.exposure! - a.exposure! || a.code.localeCompare(b.code));
  return {
    occupations: rows.length,
    scoredOccupations: scored.length,
    workersCovered: totalWeight(exposure),
    socCodes: exposure.filter((i) => (i.weight ?? 0) > 0).length,
    meanExposure: weightedMean(exposure),
    meanExposureInterval: low === null || high === null ? null : { low, high },
    model: headline(socItems(rows, (o) => o.modelBeta)),
    human: headline(socItems(rows, (o) => o.humanBeta)),
    histogram: weightedHistogram(exposure, bins),
    byMajorGroup: byMajorGroup(rows, exposure),
    mostExposed: ranked.slice(0, n),
    leastExposed: ranked.slice(-n).reverse(),
  };
}
