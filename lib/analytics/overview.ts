import { majorGroupTitle } from './soc';
import { type HistogramBin, totalWeight, weightedHistogram, weightedMean, weightedMeanByGroup, weightedShareAtLeast } from './weighted';

/** What the overview needs to know about one occupation. */
export interface OverviewOccupation {
  code: string;
  title: string;
  majorGroup: string;
  employment: number | null;
  /** Model exposure score (0–1), null when unscored. */
  exposure: number | null;
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
  workersCovered: number;
  meanExposure: number | null;
  model: Headline;
  human: Headline;
  histogram: HistogramBin[];
  byMajorGroup: { group: string; title: string; meanExposure: number | null; workers: number; occupations: number }[];
  mostExposed: OverviewOccupation[];
  leastExposed: OverviewOccupation[];
}

function headline(rows: readonly OverviewOccupation[], share: (o: OverviewOccupation) => number | null): Headline {
  const items = rows.map((o) => ({ value: share(o), weight: o.employment }));
  return {
    workers: totalWeight(items),
    atLeast10: weightedShareAtLeast(items, 0.1),
    atLeast50: weightedShareAtLeast(items, 0.5),
  };
}

/** Builds the overview: employment-weighted means, headline shares, histogram, groups, top/bottom n. */
export function overviewSummary(rows: readonly OverviewOccupation[], n = 10, bins = 20): OverviewSummary {
  const exposureItems = rows.map((o) => ({ value: o.exposure, weight: o.employment }));
  const scored = rows.filter((o) => o.exposure !== null);
  const ranked = scored
    .filter((o) => (o.employment ?? 0) > 0)
    .sort((a, b) => b.exposure! - a.exposure! || a.code.localeCompare(b.code));
  return {
    occupations: rows.length,
    scoredOccupations: scored.length,
    workersCovered: totalWeight(exposureItems),
    meanExposure: weightedMean(exposureItems),
    model: headline(rows, (o) => o.modelBeta),
    human: headline(rows, (o) => o.humanBeta),
    histogram: weightedHistogram(exposureItems, bins),
    byMajorGroup: weightedMeanByGroup(
      rows.map((o) => ({ ...o, value: o.exposure, weight: o.employment })),
      (o) => o.majorGroup,
    ).map((g) => ({ group: g.key, title: majorGroupTitle(g.key), meanExposure: g.mean, workers: g.weight, occupations: g.count })),
    mostExposed: ranked.slice(0, n),
    leastExposed: ranked.slice(-n).reverse(),
  };
}
