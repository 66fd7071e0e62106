import { weightedQuantileGroups } from './quintiles';
import { aggregateToSoc } from './soc-aggregate';
import { indexSeries, sumByYearAndGroup, type YearValue } from './series';

/** Employment per year for each group, absolute and indexed to the base year = 100. */
export interface GroupSeries {
  baseYear: number | null;
  groups: string[];
  absolute: Record<string, number | null>[];
  indexed: Record<string, number | null>[];
}

/** Sums employment per year and group and indexes each group's series to the first year. */
export function groupSeries(
  rows: readonly YearValue[],
  groupOf: (code: string) => string | undefined,
  groups: readonly string[],
): GroupSeries {
  const sums = sumByYearAndGroup(rows, groupOf);
  const years = [...sums.keys()].sort((a, b) => a - b);
  const baseYear = years[0] ?? null;
  const absolute = years.map((year) => {
    const row: Record<string, number | null> = { year };
    // Workers are whole numbers (apportioned SOC 2010 years carry fractions in the series).
    for (const g of groups) {
      const sum = sums.get(year)?.get(g);
      row[g] = sum === undefined ? null : Math.round(sum);
    }
    return row;
  });
  const indexed = years.map((year) => ({ year }) as Record<string, number | null>);
  for (const g of groups) {
    const series = absolute.filter((r) => r[g] !== null).map((r) => ({ year: r.year!, value: r[g]! }));
    const idx = new Map(indexSeries(series, baseYear ?? 0).map((p) => [p.year, p.value]));
    for (const row of indexed) row[g] = idx.get(row.year!) ?? null;
  }
  return { baseYear, groups: [...groups], absolute, indexed };
}

/**
 * Assigns SOC codes to exposure quintiles weighted by base-year employment, so each quintile
 * holds about a fifth of base-year workers; codes without exposure or base-year employment
 * get no quintile (and are left out of every year, keeping the series comparable).
 */
export function exposureQuintiles(
  rows: readonly YearValue[],
  exposureBySoc: ReadonlyMap<string, number>,
  baseYear: number,
): Map<string, string> {
  const items = rows
    .filter((r) => r.year === baseYear && exposureBySoc.has(r.code))
    .map((r) => ({ key: r.code, value: exposureBySoc.get(r.code)!, weight: r.value }));
  const groups = weightedQuantileGroups(items, 5);
  return new Map([...groups].map(([code, q]) => [code, `Q${q}`]));
}

/** Share of the total held by one group in each year (e.g. the top exposure quintile). */
export function groupShare(
  absolute: readonly Record<string, number | null>[],
  group: string,
  groups: readonly string[],
) {
  return absolute.map((row) => {
    const total = groups.reduce((s, g) => s + (row[g] ?? 0), 0);
    return { year: row.year!, share: total > 0 ? (row[group] ?? 0) / total : null };
  });
}

/**
 * Exposure per employment code (SOC code or OEWS aggregate): the mean over the O*NET occupations
 * beneath it (aggregateToSoc), so aggregates such as 31-1120 get a score and a quintile.
 */
export function socExposure(
  occupations: readonly { code: string; employmentCode: string | null; exposure: number | null }[],
): Map<string, number> {
  const rows = occupations.flatMap((o) =>
    o.employmentCode === null || o.exposure === null
      ? []
      : [{ code: o.code, socCode: o.employmentCode, score: o.exposure, low: o.exposure, high: o.exposure }],
  );
  return new Map([...aggregateToSoc(rows)].map(([k, s]) => [k, s.score]));
}
