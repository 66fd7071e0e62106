import type { IndexValue } from '../db/model-data';
import { pearson, r3, spearman } from './metrics';

/** Fewer matched occupations than this and a correlation says little: the index is left out. */
const MIN_MATCHED = 10;

/**
 * Spearman (and Pearson) correlation of occupation scores with each published index, for information only.
 * Index values arrive already mapped to O*NET 30.1 codes (readExposureIndices); an index reached
 * through a coarser code system (SOC, ISCO) repeats one value over several occupations, so its
 * correlation is approximate.
 */
export function correlateIndices(
  scores: Map<string, number>,
  values: readonly IndexValue[],
): { name: string; n: number; spearman: number; pearson: number }[] {
  const byIndex = new Map<string, [number, number][]>();
  for (const v of values) {
    const score = scores.get(v.code);
    if (score === undefined) continue;
    const pairs = byIndex.get(v.indexName) ?? [];
    pairs.push([score, v.value]);
    byIndex.set(v.indexName, pairs);
  }
  return [...byIndex]
    .filter(([, pairs]) => pairs.length >= MIN_MATCHED)
    .map(([name, pairs]) => {
      const [model, index] = [pairs.map((p) => p[0]), pairs.map((p) => p[1])];
      return { name, n: pairs.length, spearman: r3(spearman(model, index)), pearson: r3(pearson(model, index)) };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}
