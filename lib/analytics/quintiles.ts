/** An item ranked by a value and weighted by employment, e.g. an occupation's exposure. */
export interface RankedItem {
  key: string;
  value: number;
  weight: number;
}

/**
 * Employment-weighted quantile groups (quintiles by default): items are sorted by value and
 * each is placed by the midpoint of its cumulative weight, so every group holds about
 * 1/n of the weight. Items with equal values share the group of their tie-block's midpoint.
 * @returns key → group number, 1 (lowest values) … n (highest)
 */
export function weightedQuantileGroups(items: readonly RankedItem[], n = 5): Map<string, number> {
  const rows = items
    .filter((i) => Number.isFinite(i.value) && i.weight > 0)
    .sort((a, b) => a.value - b.value || a.key.localeCompare(b.key));
  const total = rows.reduce((s, i) => s + i.weight, 0);
  const groups = new Map<string, number>();
  let before = 0;
  let start = 0;
  while (start < rows.length) {
    let end = start;
    let blockWeight = rows[start]!.weight;
    while (end + 1 < rows.length && rows[end + 1]!.value === rows[start]!.value) {
      end++;
      blockWeight += rows[end]!.weight;
    }
    const midpoint = (before + blockWeight / 2) / total;
    const group = Math.min(n, Math.max(1, Math.floor(midpoint * n) + 1));
    for (let k = start; k <= end; k++) groups.set(rows[k]!.key, group);
    before += blockWeight;
    start = end + 1;
  }
  return groups;
}
