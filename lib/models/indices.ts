import type { IndexValue } from '../db/model-data';
import { r3, spearman } from './metrics';

/** How an O*NET-SOC 2019 code maps into an index's code system; undefined = not comparable without a crosswalk. */
function keyFor(codeSystem: string, onetCode: string): string | undefined {
  if (codeSystem === 'onetsoc2019' || codeSystem === 'onetsoc2010') return onetCode;
  if (codeSystem === 'soc2018' || codeSystem === 'soc2010') return onetCode.slice(0, 7);
  return undefined;
}

/**
 * Spearman correlation of occupation scores with each published index, for information only:
 * O*NET codes are matched exactly, SOC codes by their 7-character prefix (scores averaged per
 * SOC code); ISCO indices are skipped. 2010-taxonomy matches are approximate.
 */
export function correlateIndices(scores: Map<string, number>, values: readonly IndexValue[]): { name: string; n: number; spearman: number }[] {
  const byIndex = new Map<string, IndexValue[]>();
  for (const v of values) byIndex.set(v.indexName, [...(byIndex.get(v.indexName) ?? []), v]);
  const out: { name: string; n: number; spearman: number }[] = [];
  for (const [name, list] of byIndex) {
    const system = list[0]!.codeSystem;
    const grouped = new Map<string, number[]>();
    for (const [code, score] of scores) {
      const key = keyFor(system, code);
      if (key) grouped.set(key, [...(grouped.get(key) ?? []), score]);
    }
    const pairs = list.flatMap((v) => {
      const s = grouped.get(v.code);
      return s ? [[s.reduce((a, b) => a + b, 0) / s.length, v.value] as const] : [];
    });
    if (pairs.length >= 10) out.push({ name: `${name} (${system})`, n: pairs.length, spearman: r3(spearman(pairs.map((p) => p[0]), pairs.map((p) => p[1]))) });
  }
  return out.sort((a, b) => a.name.localeCompare(b.name));
}
