import { type Component, type ComponentMatrices, componentMatrices, type SimilarityInput } from './components';

/** How much each component counts; they sum to 1. */
export type SimilarityWeights = Record<Component, number>;

/**
 * The weights the dashboard uses: 80% what the work is (skills and knowledge 0.35, work
 * activities 0.25, task words 0.20), 20% where it sits (SOC hierarchy 0.10, job zone 0.10).
 */
export const SIMILARITY_WEIGHTS: SimilarityWeights = {
  skills: 0.35,
  activities: 0.25,
  tasks: 0.2,
  soc: 0.1,
  jobZone: 0.1,
};

/** Components describing the work; the rest (SOC, job zone) describe where it sits. */
const CONTENT: readonly Component[] = ['skills', 'activities', 'tasks'];
const PLACE: readonly Component[] = ['soc', 'jobZone'];

/** Weighted mean of the group's available components scaled by the group's total weight; 0 when none is available. */
function groupScore(group: readonly Component[], value: (c: Component) => number, weights: SimilarityWeights): number {
  let total = 0;
  let used = 0;
  let sum = 0;
  for (const c of group) {
    total += weights[c];
    const v = value(c);
    if (Number.isNaN(v) || weights[c] === 0) continue;
    used += weights[c];
    sum += weights[c] * v;
  }
  return used > 0 ? (total * sum) / used : 0;
}

/**
 * One pair's similarity from its component values (NaN = not available for the pair). Within each
 * group (work content; SOC and job zone) a missing component's weight goes to the others of the
 * group, so an occupation without task statements is compared on what it has; a pair sharing no
 * content component gets 0 for the content part. Range: −0.35 … 1 with the default weights.
 */
export function combineParts(
  parts: Readonly<Record<Component, number>>,
  weights: SimilarityWeights = SIMILARITY_WEIGHTS,
): number {
  return groupScore(CONTENT, (c) => parts[c], weights) + groupScore(PLACE, (c) => parts[c], weights);
}

/** The combined n × n similarity matrix of precomputed component matrices (same rule as combineParts, in one pass). */
export function combineMatrices(m: ComponentMatrices, weights: SimilarityWeights = SIMILARITY_WEIGHTS): Float32Array {
  const out = new Float32Array(m.soc.length);
  const groups = [CONTENT, PLACE].map((g) => {
    const used = g.filter((c) => weights[c] !== 0);
    return {
      total: g.reduce((s, c) => s + weights[c], 0),
      matrices: used.map((c) => m[c]),
      weights: used.map((c) => weights[c]),
    };
  });
  for (let k = 0; k < out.length; k++) {
    let score = 0;
    for (const g of groups) {
      let used = 0;
      let sum = 0;
      for (let c = 0; c < g.matrices.length; c++) {
        const v = g.matrices[c]![k]!;
        if (Number.isNaN(v)) continue;
        used += g.weights[c]!;
        sum += g.weights[c]! * v;
      }
      if (used > 0) score += (g.total * sum) / used;
    }
    out[k] = score;
  }
  return out;
}

/** One neighbour of an occupation. */
export interface Neighbour {
  code: string;
  similarity: number;
}

/** Pairwise occupation similarity, computed once for all occupations. */
export interface SimilarityIndex {
  /** Codes in matrix order. */
  codes: readonly string[];
  /** Similarity of two occupations, null when either is unknown. */
  score(a: string, b: string): number | null;
  /** The `k` most similar other occupations that pass `keep`, most similar first (ties by code). */
  neighbours(code: string, k: number, keep?: (code: string) => boolean): Neighbour[];
}

/** Four decimals: the matrix is single precision, and more digits would only show its rounding noise. */
const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

/** An index over a precomputed n × n matrix (row-major, in `codes` order); similarities are given to four decimals. */
export function indexOfMatrix(codes: readonly string[], matrix: Float32Array): SimilarityIndex {
  const position = new Map(codes.map((c, i) => [c, i]));
  const n = codes.length;
  return {
    codes,
    score(a, b) {
      const i = position.get(a);
      const j = position.get(b);
      return i === undefined || j === undefined ? null : round4(matrix[i * n + j]!);
    },
    neighbours(code, k, keep = () => true) {
      const i = position.get(code);
      if (i === undefined) return [];
      const out: Neighbour[] = [];
      for (let j = 0; j < n; j++)
        if (j !== i && keep(codes[j]!)) out.push({ code: codes[j]!, similarity: round4(matrix[i * n + j]!) });
      return out.sort((x, y) => y.similarity - x.similarity || (x.code < y.code ? -1 : 1)).slice(0, k);
    },
  };
}

/** Builds the similarity of every pair of occupations with the given weights (≈1 s for the 1,016 of O*NET 30.1). */
export function buildSimilarityIndex(
  inputs: readonly SimilarityInput[],
  weights: SimilarityWeights = SIMILARITY_WEIGHTS,
): SimilarityIndex {
  return indexOfMatrix(
    inputs.map((o) => o.code),
    combineMatrices(componentMatrices(inputs), weights),
  );
}
