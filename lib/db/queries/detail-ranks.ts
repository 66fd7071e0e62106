import { indexLabel } from '../../analytics/index-info';
import { buildReskillingIndex, type ReskillingIndex, scoreFromIndex } from '../../analytics/reskilling-index';
import { type Db, getDb } from '../client';
import { cached } from './cache';
import { fetchCatalogue } from './catalogue';
import { fetchIndexMatches } from './indices';
import { fetchProfiles } from './profiles';
import { fetchSimilarity } from './similarity';

/** An occupation's value in one published index and its share of matched occupations below it. */
export interface IndexRank {
  indexName: string;
  /** The index's human name (the key stays in `indexName`). */
  label: string;
  value: number;
  percentile: number;
  year: number | null;
}

/** Number of entries in ascending `sorted` strictly below `value` (binary search). */
export function countBelow(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function ascending(values: number[]): Float64Array {
  return Float64Array.from(values).sort();
}

/** Per occupation, its rank in every index it is matched in (index names in the matches' order); cached per data stamp. */
export function fetchIndexRanks(db: Db = getDb()): Promise<Map<string, IndexRank[]>> {
  return cached('detail-index-ranks', db, async () => {
    const { matches } = await fetchIndexMatches(db);
    const names = [...new Set(matches.map((m) => m.indexName))];
    const out = new Map<string, IndexRank[]>();
    for (const name of names) {
      const all = matches.filter((m) => m.indexName === name);
      const sorted = ascending(all.map((m) => m.value));
      const seen = new Set<string>();
      for (const m of all) {
        if (seen.has(m.code)) continue; // the first match of a code is the one the detail shows
        seen.add(m.code);
        const rank = {
          indexName: name,
          label: indexLabel(name),
          value: m.value,
          percentile: all.length > 1 ? countBelow(sorted, m.value) / (all.length - 1) : 0.5,
          year: m.year,
        };
        out.set(m.code, [...(out.get(m.code) ?? []), rank]);
      }
    }
    return out;
  });
}

/** Exposures of the scored current occupations in ascending order, for model percentiles; cached per data stamp. */
export function fetchScoredExposures(db: Db = getDb()): Promise<Float64Array> {
  return cached('detail-scored-exposures', db, async () =>
    ascending((await fetchCatalogue(db)).occupations.flatMap((o) => (o.exposure === null ? [] : [o.exposure]))),
  );
}

/** Reskilling paths over every current occupation with a skill profile, ranked by the occupation similarity; cached per data stamp. */
export function fetchReskillingIndex(db: Db = getDb()): Promise<ReskillingIndex> {
  return cached('detail-reskilling-index', db, async () => {
    const [profiles, similarity] = await Promise.all([fetchProfiles(db), fetchSimilarity(db)]);
    return buildReskillingIndex([...profiles.values()], scoreFromIndex(similarity));
  });
}
