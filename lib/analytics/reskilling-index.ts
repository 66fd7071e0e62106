import { type Profile, profileSimilarity, type ProfileScore, type ReskillingPath, reskillingPaths } from './reskilling';
import type { SimilarityIndex } from './similarity/combine';

/** Reskilling paths over a fixed candidate list, scored by one similarity. */
export interface ReskillingIndex {
  /** Same result as `reskillingPaths(source, candidates, n, zoneSpan, similarity)`. */
  paths(source: Profile, n?: number, zoneSpan?: number): ReskillingPath[];
}

/**
 * A profile score read from a precomputed occupation similarity (lib/analytics/similarity); pairs
 * it does not know (a profile outside it) fall back to the raw importance cosine.
 */
export function scoreFromIndex(similarity: SimilarityIndex): ProfileScore {
  return (a, b) => similarity.score(a.code, b.code) ?? profileSimilarity(a, b);
}

/**
 * The reskilling paths of any source over `candidates` (the occupations with a skill profile).
 * With a precomputed similarity each source costs one scan of the candidates.
 */
export function buildReskillingIndex(
  candidates: readonly Profile[],
  similarity: ProfileScore = profileSimilarity,
): ReskillingIndex {
  const list = [...candidates];
  return { paths: (source, n = 5, zoneSpan = 1) => reskillingPaths(source, list, n, zoneSpan, similarity) };
}
