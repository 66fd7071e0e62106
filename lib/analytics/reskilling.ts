/** An occupation's skill/knowledge profile: element id → importance and level. */
export interface Profile {
  code: string;
  title: string;
  exposure: number | null;
  jobZone: number | null;
  elements: ReadonlyMap<string, { name: string; importance: number; level: number }>;
}

/**
 * Cosine similarity of two profiles' raw importance vectors over the elements both rate. Kept as
 * the baseline the occupation similarity (lib/analytics/similarity) is evaluated against: raw
 * ratings all point the same way, so nearly every pair scores about 0.99.
 */
export function profileSimilarity(a: Profile, b: Profile): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [id, x] of a.elements) {
    const y = b.elements.get(id);
    if (!y) continue;
    dot += x.importance * y.importance;
    na += x.importance * x.importance;
    nb += y.importance * y.importance;
  }
  return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
}

/** A skill the target occupation needs at a higher level than the source one. */
export interface SkillGap {
  elementId: string;
  name: string;
  from: number;
  to: number;
}

/** Importance (1–5) from which an element matters for an occupation ("important" on O*NET's scale). */
export const MIN_GAIN_IMPORTANCE = 3;

/**
 * Elements that matter for the target (importance ≥ `minImportance`) where its level exceeds the
 * source's by at least `minGap`, largest gap first (at most `max`).
 */
export function skillsToGain(
  source: Profile,
  target: Profile,
  minGap = 0.5,
  max = 3,
  minImportance = MIN_GAIN_IMPORTANCE,
): SkillGap[] {
  const gaps: SkillGap[] = [];
  for (const [id, t] of target.elements) {
    if (t.importance < minImportance) continue; // a level the job barely uses is not worth training for
    const from = source.elements.get(id)?.level ?? 0;
    if (t.level - from >= minGap) gaps.push({ elementId: id, name: t.name, from, to: t.level });
  }
  return gaps.sort((x, y) => y.to - y.from - (x.to - x.from) || x.name.localeCompare(y.name)).slice(0, max);
}

/** One suggested move from an occupation to a less exposed one. */
export interface ReskillingPath {
  code: string;
  title: string;
  similarity: number;
  exposure: number;
  jobZone: number | null;
  gain: SkillGap[];
}

/** How similar two occupations are (higher is closer). */
export type ProfileScore = (a: Profile, b: Profile) => number;

/** Same SOC 2018 code (the first 7 characters of the O*NET-SOC code): O*NET breakouts of one BLS occupation, e.g. 11-1011.00 and 11-1011.03. */
export const sameSoc = (a: string, b: string): boolean => a.slice(0, 7) === b.slice(0, 7);

/**
 * Reskilling paths: the `n` occupations most similar to the source by `similarity` that are less
 * exposed than it and within `zoneSpan` job zones of it, each with the skills to gain. Siblings
 * sharing the source's SOC code are left out: they are near-identical breakouts of the same job, not a move.
 */
export function reskillingPaths(
  source: Profile,
  candidates: readonly Profile[],
  n = 5,
  zoneSpan = 1,
  similarity: ProfileScore = profileSimilarity,
): ReskillingPath[] {
  if (source.exposure === null) return [];
  const srcExposure = source.exposure;
  return candidates
    .filter((c) => !sameSoc(c.code, source.code) && c.exposure !== null && c.exposure < srcExposure)
    .filter((c) => source.jobZone === null || c.jobZone === null || Math.abs(c.jobZone - source.jobZone) <= zoneSpan)
    .map((c) => ({ c, similarity: similarity(source, c) }))
    .sort((x, y) => y.similarity - x.similarity || x.c.code.localeCompare(y.c.code))
    .slice(0, n)
    .map(({ c, similarity }) => ({
      code: c.code,
      title: c.title,
      similarity,
      exposure: c.exposure!,
      jobZone: c.jobZone,
      gain: skillsToGain(source, c),
    }));
}
