/** Employment of one code in one year. */
export interface YearValue {
  year: number;
  code: string;
  value: number;
}

/** Sums values per year and group (groups from `groupOf`; codes without a group are left out). */
export function sumByYearAndGroup(
  rows: readonly YearValue[],
  groupOf: (code: string) => string | undefined,
): Map<number, Map<string, number>> {
  const out = new Map<number, Map<string, number>>();
  for (const r of rows) {
    const g = groupOf(r.code);
    if (g === undefined) continue;
    let year = out.get(r.year);
    if (!year) {
      year = new Map();
      out.set(r.year, year);
    }
    year.set(g, (year.get(g) ?? 0) + r.value);
  }
  return out;
}

/** Re-expresses a series as an index with the base year = 100; null where the base is missing or 0. */
export function indexSeries(
  series: readonly { year: number; value: number }[],
  baseYear: number,
): { year: number; value: number | null }[] {
  const base = series.find((p) => p.year === baseYear)?.value;
  return series.map((p) => ({ year: p.year, value: base ? (p.value / base) * 100 : null }));
}

/**
 * Occupational-mix dissimilarity index between two years (Duncan index, as the Yale Budget Lab
 * uses): ½ · Σ |share_b − share_a| over codes present in both years, so codes that appear or
 * vanish through reclassification do not count as change. 0 = same mix; 1 = no overlap.
 */
export function dissimilarityIndex(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number | null {
  const common = [...a.keys()].filter((k) => b.has(k));
  const totalA = common.reduce((s, k) => s + a.get(k)!, 0);
  const totalB = common.reduce((s, k) => s + b.get(k)!, 0);
  if (totalA <= 0 || totalB <= 0) return null;
  const sum = common.reduce((s, k) => s + Math.abs(b.get(k)! / totalB - a.get(k)! / totalA), 0);
  return sum / 2;
}

/** Year-over-year dissimilarity index for each pair of consecutive years in the rows. */
export function dissimilaritySeries(rows: readonly YearValue[]): { year: number; index: number | null }[] {
  const byYear = new Map<number, Map<string, number>>();
  for (const r of rows) {
    let m = byYear.get(r.year);
    if (!m) {
      m = new Map();
      byYear.set(r.year, m);
    }
    m.set(r.code, (m.get(r.code) ?? 0) + r.value);
  }
  const years = [...byYear.keys()].sort((x, y) => x - y);
  const out: { year: number; index: number | null }[] = [];
  for (let i = 1; i < years.length; i++) {
    out.push({ year: years[i]!, index: dissimilarityIndex(byYear.get(years[i - 1]!)!, byYear.get(years[i]!)!) });
  }
  return out;
}
