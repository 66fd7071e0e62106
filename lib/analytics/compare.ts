import { pearson, spearman } from './correlation';
import { thinScatter } from './lttb';

/** One occupation's model exposure (x) and a published index value (y). */
export interface Pair {
  code: string;
  title: string;
  x: number;
  y: number;
}

/** How one published index compares with the model over the occupations both cover. */
export interface IndexComparison {
  indexName: string;
  matched: number;
  pearson: number | null;
  spearman: number | null;
  /** At most `maxPoints` points for the scatter (thinned evenly along x when there are more). */
  points: { x: number; y: number; label: string; code: string }[];
}

/** Correlates each index with the model and prepares a scatter of at most `maxPoints` points. */
export function compareIndex(indexName: string, pairs: readonly Pair[], maxPoints = 800): IndexComparison {
  const xs = pairs.map((p) => p.x);
  const ys = pairs.map((p) => p.y);
  return {
    indexName,
    matched: pairs.length,
    pearson: pearson(xs, ys),
    spearman: spearman(xs, ys),
    points: thinScatter(
      pairs.map((p) => ({ x: p.x, y: p.y, label: p.title, code: p.code })),
      maxPoints,
    ),
  };
}

/** Flattens a nested metrics object into dotted key → value rows for a report table. */
export function flattenMetrics(value: unknown, prefix = ''): { key: string; value: string | number | boolean | null }[] {
  if (value === null || typeof value !== 'object') {
    return [{ key: prefix || 'value', value: value as string | number | boolean | null }];
  }
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v === 'number')) return [{ key: prefix, value: value.map((v) => +(v as number).toFixed(3)).join(', ') }];
    return value.flatMap((v, i) => flattenMetrics(v, `${prefix}[${i}]`));
  }
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => flattenMetrics(v, prefix ? `${prefix}.${k}` : k));
}
