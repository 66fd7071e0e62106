/** A value with the employment (or other non-negative weight) it stands for. */
export interface Weighted {
  value: number | null;
  weight: number | null;
}

/** Keeps only items with a finite value and a positive weight. */
function usable(items: readonly Weighted[]): { value: number; weight: number }[] {
  const out: { value: number; weight: number }[] = [];
  for (const { value, weight } of items) {
    if (value === null || weight === null || !Number.isFinite(value) || !(weight > 0)) continue;
    out.push({ value, weight });
  }
  return out;
}

/** Sum of positive weights over items that have a value. */
export function totalWeight(items: readonly Weighted[]): number {
  return usable(items).reduce((s, i) => s + i.weight, 0);
}

/** Weighted mean of the values; null when no item has both a value and a positive weight. */
export function weightedMean(items: readonly Weighted[]): number | null {
  const rows = usable(items);
  const w = rows.reduce((s, i) => s + i.weight, 0);
  if (w === 0) return null;
  return rows.reduce((s, i) => s + i.value * i.weight, 0) / w;
}

/**
 * Share of the total weight held by items whose value is at least `threshold`
 * (e.g. the share of workers in occupations with ≥ 10% of tasks exposed).
 */
export function weightedShareAtLeast(items: readonly Weighted[], threshold: number): number | null {
  const rows = usable(items);
  const w = rows.reduce((s, i) => s + i.weight, 0);
  if (w === 0) return null;
  // A small tolerance so 0.1 computed as 1/10 of tasks counts as "at least 10%".
  const hit = rows.filter((i) => i.value >= threshold - 1e-12).reduce((s, i) => s + i.weight, 0);
  return hit / w;
}

/** One bar of a weighted histogram: [from, to) except the last bin, which includes `to`. */
export interface HistogramBin {
  from: number;
  to: number;
  weight: number;
  share: number;
}

/** Histogram of values in [min, max] with `bins` equal-width bins, each bar holding summed weight. */
export function weightedHistogram(items: readonly Weighted[], bins: number, min = 0, max = 1): HistogramBin[] {
  const width = (max - min) / bins;
  // Edges rounded to 9 decimals, so 3 × 0.1 reads 0.3 rather than 0.30000000000000004 in the API and CSV.
  const edge = (i: number) => Math.round((min + i * width) * 1e9) / 1e9;
  const out: HistogramBin[] = Array.from({ length: bins }, (_, i) => ({
    from: edge(i),
    to: edge(i + 1),
    weight: 0,
    share: 0,
  }));
  const rows = usable(items);
  for (const { value, weight } of rows) {
    const index = Math.min(bins - 1, Math.max(0, Math.floor((value - min) / width + 1e-9)));
    out[index]!.weight += weight;
  }
  const total = rows.reduce((s, i) => s + i.weight, 0);
  for (const bin of out) bin.share = total > 0 ? bin.weight / total : 0;
  return out;
}

/** Weighted mean and total weight per group key, sorted by key. */
export function weightedMeanByGroup<T extends Weighted>(
  items: readonly T[],
  key: (item: T) => string,
): { key: string; mean: number | null; weight: number; count: number }[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, list]) => ({ key: k, mean: weightedMean(list), weight: totalWeight(list), count: list.length }));
}
