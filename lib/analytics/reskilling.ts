/** An occupation's skill/knowledge profile: element id → importance and level. */
export interface Profile {
  code: string;
  title: string;
  exposure: number | null;
  jobZone: number | null;
  elements: ReadonlyMap<string, { name: string; importance: number; level: number }>;
}

/** Cosine similarity of two profiles' importance vectors over the elements both rate. */
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

/** Elements where the target's level exceeds the source's by at least `minGap`, largest first. */
export function skillsToGain(source: Profile, target: Profile, minGap = 0.5, max = 3): SkillGap[] {
  const gaps: SkillGap[] = [];
  for (const [id, t] of target.elements) {
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

/**
 * Reskilling paths: the `n` occupations most similar in skill profile that are less exposed
 * than the source and within `zoneSpan` job zones of it, each with the skills to gain.
 */
export function reskillingPaths(source: Profile, candidates: readonly Profile[], n = 5, zoneSpan = 1): ReskillingPath[] {
  if (source.exposure === null) return [];
  const srcExposure = source.exposure;
  return candidates
    .filter((c) => c.code !== source.code && c.exposure !== null && c.exposure < srcExposure)
    .filter((c) => source.jobZone === null || c.jobZone === null || Math.abs(c.jobZone - source.jobZone) <= zoneSpan)
    .map((c) => ({ c, similarity: profileSimilarity(source, c) }))
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
