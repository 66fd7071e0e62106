import { tokenize } from '../../models/tokenizer';
import { isStopword } from '../../models/stopwords';
import { denseDot, sparseGram, standardisedRows, tfidfVectors } from './vectors';

/** What O*NET says about one occupation's work: the inputs of the similarity. */
export interface SimilarityInput {
  code: string;
  title: string;
  jobZone: number | null;
  /** Skill and knowledge ratings by element id (importance 1–5, level 0–7); empty when unrated. */
  ratings: ReadonlyMap<string, { importance: number; level: number }>;
  /** Detailed work activity (DWA) ids of the occupation's tasks, one entry per task link. */
  activities: readonly string[];
  /** The occupation's task statements. */
  tasks: readonly string[];
}

/** The similarity's components; the first three describe the work, the last two where it sits. */
export const COMPONENTS = ['skills', 'activities', 'tasks', 'soc', 'jobZone'] as const;
export type Component = (typeof COMPONENTS)[number];

/** One matrix per component: n × n, row-major, NaN where either occupation lacks the data. */
export type ComponentMatrices = Record<Component, Float32Array>;

/** Job-zone closeness: 1 for the same zone, 0 for zones 1 and 5 (a linear step of 0.25 per zone). */
export function jobZoneSimilarity(a: number | null, b: number | null): number {
  return a === null || b === null ? Number.NaN : 1 - Math.abs(a - b) / 4;
}

/**
 * Closeness in the SOC 2018 hierarchy of two O*NET-SOC codes (`15-1252.00`): 1 for the same
 * detailed occupation (`15-1252`), 0.75 same broad group (`15-125`), 0.5 same minor group
 * (`15-12`), 0.25 same major group (`15`), else 0.
 */
export function socSimilarity(a: string, b: string): number {
  for (const [length, score] of [
    [7, 1],
    [6, 0.75],
    [5, 0.5],
    [2, 0.25],
  ] as const)
    if (a.slice(0, length) === b.slice(0, length)) return score;
  return 0;
}

/** Words of the task statements that say something: stopwords, single letters and bare numbers dropped. */
export function taskTerms(tasks: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of tasks)
    for (const t of tokenize(text))
      if (t.length > 1 && !/^\d+$/.test(t) && !isStopword(t)) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

/** Work-activity terms: each DWA (`4.A.1.a.1.I01.D01`) and its intermediate activity (IWA, `4.A.1.a.1.I01`), counted per task link. */
export function activityTerms(dwaIds: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (t: string) => counts.set(t, (counts.get(t) ?? 0) + 1);
  for (const id of dwaIds) {
    add(id);
    const iwa = id.replace(/\.D\d+$/, '');
    if (iwa !== id) add(iwa);
  }
  return counts;
}

/** Each occupation's ratings as one row (importance and level per element), NaN where unrated; null when it has none. */
function ratingRows(inputs: readonly SimilarityInput[]): (Float64Array | null)[] {
  const slots = new Map<string, number>();
  for (const o of inputs) for (const id of [...o.ratings.keys()].sort()) if (!slots.has(id)) slots.set(id, slots.size);
  return inputs.map((o) => {
    if (o.ratings.size === 0) return null;
    const row = new Float64Array(2 * slots.size).fill(Number.NaN);
    for (const [id, r] of o.ratings) {
      row[2 * slots.get(id)!] = r.importance;
      row[2 * slots.get(id)! + 1] = r.level;
    }
    return row;
  });
}

/** Fills an n × n matrix from a symmetric pair function; NaN when a row's vector is missing. */
function pairMatrix<V>(vectors: readonly (V | null)[], similarity: (a: V, b: V) => number): Float32Array {
  const n = vectors.length;
  const m = new Float32Array(n * n).fill(Number.NaN);
  for (let i = 0; i < n; i++) {
    const a = vectors[i];
    if (a == null) continue;
    for (let j = i; j < n; j++) {
      const b = vectors[j];
      if (b == null) continue;
      const s = similarity(a, b);
      m[i * n + j] = s;
      m[j * n + i] = s;
    }
  }
  return m;
}

/**
 * Every component's pairwise similarity over the occupations, in input order: cosine of the
 * standardised skill/knowledge ratings (importance and level), cosine of the TF-IDF work-activity
 * and task-word vectors, SOC closeness and job-zone closeness.
 */
export function componentMatrices(inputs: readonly SimilarityInput[]): ComponentMatrices {
  return {
    skills: pairMatrix(standardisedRows(ratingRows(inputs)), denseDot),
    activities: sparseGram(tfidfVectors(inputs.map((o) => activityTerms(o.activities)))),
    tasks: sparseGram(tfidfVectors(inputs.map((o) => taskTerms(o.tasks)))),
    soc: pairMatrix(
      inputs.map((o) => o.code),
      socSimilarity,
    ),
    jobZone: pairMatrix(
      inputs.map((o) => o.jobZone),
      jobZoneSimilarity,
    ),
  };
}
