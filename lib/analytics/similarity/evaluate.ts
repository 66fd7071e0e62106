import type { Component, ComponentMatrices, SimilarityInput } from './components';
import { combineMatrices, SIMILARITY_WEIGHTS, type SimilarityWeights } from './combine';

/** Indices of row i's `k` largest finite entries (excluding i and rows `skip` rejects), largest first, ties by index. */
export function topK(
  matrix: Float32Array,
  n: number,
  i: number,
  k: number,
  skip: (j: number) => boolean = () => false,
): number[] {
  const js: number[] = [];
  for (let j = 0; j < n; j++) if (j !== i && !skip(j) && Number.isFinite(matrix[i * n + j]!)) js.push(j);
  return js.sort((a, b) => matrix[i * n + b]! - matrix[i * n + a]! || a - b).slice(0, k);
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0
    ? Number.NaN
    : s.length % 2
      ? s[(s.length - 1) / 2]!
      : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** Median over occupations of the 1st and the k-th neighbour's similarity: a similarity that discriminates has a clear gap. */
export function neighbourSpread(
  matrix: Float32Array,
  n: number,
  k = 10,
): { first: number; kth: number; occupations: number } {
  const first: number[] = [];
  const kth: number[] = [];
  for (let i = 0; i < n; i++) {
    const top = topK(matrix, n, i, k);
    if (top.length < k) continue;
    first.push(matrix[i * n + top[0]!]!);
    kth.push(matrix[i * n + top[k - 1]!]!);
  }
  return { first: median(first), kth: median(kth), occupations: first.length };
}

/**
 * How well a similarity finds the neighbours of a component it did not see: for every occupation
 * with that component, the share of its `k` nearest neighbours under `predicted` that are among
 * its `k` nearest under the held-out component alone (overlap@k), and the held-out component's
 * mean similarity to those predicted neighbours. Only occupations with the component are ranked.
 */
export function heldOutAgreement(
  predicted: Float32Array,
  heldOut: Float32Array,
  n: number,
  k = 10,
): { overlap: number; heldOutSimilarity: number; occupations: number } {
  const has = (j: number) => Number.isFinite(heldOut[j * n + j]!);
  let overlap = 0;
  let similarity = 0;
  let count = 0;
  for (let i = 0; i < n; i++) {
    if (!has(i)) continue;
    const truth = new Set(topK(heldOut, n, i, k));
    const guess = topK(predicted, n, i, k, (j) => !has(j));
    if (guess.length === 0) continue;
    overlap += guess.filter((j) => truth.has(j)).length / k;
    similarity += guess.reduce((s, j) => s + heldOut[i * n + j]!, 0) / guess.length;
    count++;
  }
  return {
    overlap: overlap / Math.max(1, count),
    heldOutSimilarity: similarity / Math.max(1, count),
    occupations: count,
  };
}

/** The similarity with one component left out (its weight 0; the rest of its group takes its share). */
export function withoutComponent(
  m: ComponentMatrices,
  left: Component,
  weights: SimilarityWeights = SIMILARITY_WEIGHTS,
): Float32Array {
  return combineMatrices(m, { ...weights, [left]: 0 });
}

/** The old baseline: plain cosine of raw skill/knowledge importance over the elements both rate (NaN when either has none). */
export function rawImportanceCosine(inputs: readonly SimilarityInput[]): Float32Array {
  const n = inputs.length;
  const m = new Float32Array(n * n).fill(Number.NaN);
  for (let i = 0; i < n; i++) {
    const a = inputs[i]!.ratings;
    if (a.size === 0) continue;
    for (let j = i; j < n; j++) {
      const b = inputs[j]!.ratings;
      if (b.size === 0) continue;
      let dot = 0;
      let na = 0;
      let nb = 0;
      for (const [id, x] of a) {
        const y = b.get(id);
        if (!y) continue;
        dot += x.importance * y.importance;
        na += x.importance ** 2;
        nb += y.importance ** 2;
      }
      m[i * n + j] = m[j * n + i] = na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
    }
  }
  return m;
}
