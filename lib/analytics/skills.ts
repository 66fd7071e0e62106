import { weightedMean } from './weighted';

export { skillShift, type SkillShift } from './skill-shift';

/** One occupation's rating of one element (skill or knowledge area). */
export interface ElementRating {
  code: string;
  elementId: string;
  name: string;
  value: number;
  /** O*NET's standard error of the rating, where known. */
  standardError?: number | null;
  /** O*NET's data date (MM/YYYY); equal dates across releases mean a rating carried forward. */
  date?: string | null;
}

/** Employment-weighted mean rating of each element over occupations that have a weight. */
export function weightedElementMeans(
  ratings: readonly ElementRating[],
  weights: ReadonlyMap<string, number>,
): Map<string, { name: string; mean: number | null }> {
  const byElement = new Map<string, { name: string; items: { value: number; weight: number }[] }>();
  for (const r of ratings) {
    const w = weights.get(r.code);
    if (w === undefined) continue;
    let e = byElement.get(r.elementId);
    if (!e) {
      e = { name: r.name, items: [] };
      byElement.set(r.elementId, e);
    }
    e.items.push({ value: r.value, weight: w });
  }
  const out = new Map<string, { name: string; mean: number | null }>();
  for (const [id, e] of byElement) out.set(id, { name: e.name, mean: weightedMean(e.items) });
  return out;
}

/** How much more an element matters in exposed than in sheltered employment. */
export interface SkillConcentration {
  elementId: string;
  name: string;
  exposed: number;
  sheltered: number;
  difference: number;
}

/**
 * Employment-weighted mean importance of each element among exposed occupations and among
 * sheltered ones (`groupOf` says which; others are left out); sorted by exposed − sheltered.
 */
export function skillConcentration(
  ratings: readonly ElementRating[],
  weights: ReadonlyMap<string, number>,
  groupOf: (code: string) => 'exposed' | 'sheltered' | undefined,
): SkillConcentration[] {
  const exposedW = new Map<string, number>();
  const shelteredW = new Map<string, number>();
  for (const [code, w] of weights) {
    const g = groupOf(code);
    if (g === 'exposed') exposedW.set(code, w);
    else if (g === 'sheltered') shelteredW.set(code, w);
  }
  const e = weightedElementMeans(ratings, exposedW);
  const s = weightedElementMeans(ratings, shelteredW);
  const out: SkillConcentration[] = [];
  for (const [id, ex] of e) {
    const sh = s.get(id);
    if (!sh || ex.mean === null || sh.mean === null) continue;
    out.push({ elementId: id, name: ex.name, exposed: ex.mean, sheltered: sh.mean, difference: ex.mean - sh.mean });
  }
  return out.sort((x, y) => y.difference - x.difference || x.name.localeCompare(y.name));
}
