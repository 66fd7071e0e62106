import { type Component, componentMatrices, type SimilarityInput } from './components';
import { combineMatrices, SIMILARITY_WEIGHTS, type SimilarityWeights } from './combine';
import { heldOutAgreement, neighbourSpread, rawImportanceCosine, topK, withoutComponent } from './evaluate';
import { denseDot, standardisedRows } from './vectors';

/** One predictor's agreement with a held-out component's own neighbours. */
export interface HeldOutRow {
  heldOut: Component;
  predictor: string;
  overlap: number;
  heldOutSimilarity: number;
  occupations: number;
}

/** Everything `npm run evaluate:similarity` reports. */
export interface SimilarityEvaluation {
  occupations: number;
  k: number;
  spread: { predictor: string; first: number; kth: number; occupations: number }[];
  heldOut: HeldOutRow[];
  /** Share of the k nearest neighbours in the same SOC minor group (e.g. 15-12), by a similarity that does not use SOC codes. */
  sameMinorGroup: { predictor: string; share: number }[];
}

/** Share of each occupation's k nearest neighbours (by `matrix`) in its SOC minor group, over occupations with k neighbours. */
function sameMinorGroupShare(codes: readonly string[], matrix: Float32Array, k: number): number {
  const n = codes.length;
  let hits = 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const top = topK(matrix, n, i, k);
    if (top.length < k) continue;
    hits += top.filter((j) => codes[j]!.slice(0, 5) === codes[i]!.slice(0, 5)).length;
    total += k;
  }
  return total ? hits / total : Number.NaN;
}

/**
 * Evaluates the similarity on what O*NET provides (its Related Occupations table is withheld as
 * the external test): the gap between the 1st and k-th neighbour, and, for each work-content
 * component, how well the similarity built without it finds that component's own neighbours,
 * beside the old baseline (raw cosine of importance ratings) and chance.
 */
export function evaluateSimilarity(
  inputs: readonly SimilarityInput[],
  k = 10,
  weights: SimilarityWeights = SIMILARITY_WEIGHTS,
): SimilarityEvaluation {
  const n = inputs.length;
  const codes = inputs.map((o) => o.code);
  const m = componentMatrices(inputs);
  const combined = combineMatrices(m, weights);
  const raw = rawImportanceCosine(inputs);
  const heldOut: HeldOutRow[] = [];
  const skillsAlone = combineMatrices(m, { skills: 1, activities: 0, tasks: 0, soc: 0, jobZone: 0 });
  for (const left of ['tasks', 'activities', 'skills'] as const) {
    const predictors: [string, Float32Array][] = [[`combined without ${left}`, withoutComponent(m, left, weights)]];
    // The skill-based predictors are no test of the skills component itself.
    if (left !== 'skills')
      predictors.push(
        ['combined without tasks and activities', combineMatrices(m, { ...weights, tasks: 0, activities: 0 })],
        ['standardised skills/knowledge alone', skillsAlone],
        ['baseline: raw cosine of skill/knowledge importance', raw],
      );
    for (const [predictor, matrix] of predictors)
      heldOut.push({ heldOut: left, predictor, ...heldOutAgreement(matrix, m[left], n, k) });
    const withData = codes.filter((_, i) => Number.isFinite(m[left][i * n + i]!)).length;
    heldOut.push({
      heldOut: left,
      predictor: 'chance',
      overlap: k / Math.max(1, withData - 1),
      heldOutSimilarity: meanOffDiagonal(m[left], n),
      occupations: withData,
    });
  }
  return {
    occupations: n,
    k,
    spread: [
      { predictor: 'combined', ...neighbourSpread(combined, n, k) },
      { predictor: 'baseline: raw cosine of skill/knowledge importance', ...neighbourSpread(raw, n, k) },
    ],
    heldOut,
    sameMinorGroup: [
      { predictor: 'combined without SOC', share: sameMinorGroupShare(codes, withoutComponent(m, 'soc', weights), k) },
      { predictor: 'baseline: raw cosine of skill/knowledge importance', share: sameMinorGroupShare(codes, raw, k) },
    ],
  };
}

/** Mean of the finite off-diagonal entries: the held-out similarity of a random neighbour. */
function meanOffDiagonal(matrix: Float32Array, n: number): number {
  let sum = 0;
  let count = 0;
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      const v = matrix[i * n + j]!;
      if (i !== j && Number.isFinite(v)) {
        sum += v;
        count++;
      }
    }
  return count ? sum / count : Number.NaN;
}

/**
 * Two task-text representations side by side: the TF-IDF task-word component and the exposure
 * encoder's mean task vectors (standardised per dimension, then cosine), each asked for the
 * neighbours of the work-activity and skills components it does not use.
 */
export function compareTaskText(
  inputs: readonly SimilarityInput[],
  encoderVectors: ReadonlyMap<string, Float64Array>,
  k = 10,
): HeldOutRow[] {
  const n = inputs.length;
  const m = componentMatrices(inputs);
  const rows = standardisedRows(inputs.map((o) => encoderVectors.get(o.code) ?? null));
  const encoder = new Float32Array(n * n).fill(Number.NaN);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) if (rows[i] && rows[j]) encoder[i * n + j] = denseDot(rows[i]!, rows[j]!);
  const out: HeldOutRow[] = [];
  for (const heldOut of ['activities', 'skills'] as const)
    for (const [predictor, matrix] of [
      ['task words (TF-IDF)', m.tasks],
      ['encoder task vectors', encoder],
    ] as const)
      out.push({ heldOut, predictor, ...heldOutAgreement(matrix, m[heldOut], n, k) });
  return out;
}
