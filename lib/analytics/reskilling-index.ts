import { type Profile, type ReskillingPath, skillsToGain } from './reskilling';

/** Profiles laid out once as dense vectors so one occupation's paths cost a scan, not map lookups. */
export interface ReskillingIndex {
  /** Same result as `reskillingPaths(source, profiles, n, zoneSpan)` over the indexed profiles. */
  paths(source: Profile, n?: number, zoneSpan?: number): ReskillingPath[];
}

interface Dense {
  profile: Profile;
  /** Importance per element slot, NaN where the occupation has no rating for that element. */
  importance: Float64Array;
}

/**
 * Builds the reskilling index over every candidate profile: element ids get fixed slots and each
 * profile an importance vector, so the cosine over shared elements is a tight loop over numbers.
 */
export function buildReskillingIndex(candidates: readonly Profile[]): ReskillingIndex {
  const slots = new Map<string, number>();
  for (const p of candidates) for (const id of p.elements.keys()) if (!slots.has(id)) slots.set(id, slots.size);
  const width = slots.size;
  const vectorOf = (p: Profile): Float64Array => {
    const v = new Float64Array(width).fill(Number.NaN);
    for (const [id, e] of p.elements) {
      const slot = slots.get(id);
      if (slot !== undefined) v[slot] = e.importance;
    }
    return v;
  };
  const dense: Dense[] = candidates.map((profile) => ({ profile, importance: vectorOf(profile) }));

  return {
    paths(source, n = 5, zoneSpan = 1) {
      if (source.exposure === null) return [];
      const srcExposure = source.exposure;
      // The source's own element order, so sums run in the same order as profileSimilarity (bit-identical results).
      const srcSlots: number[] = [];
      const srcValues: number[] = [];
      for (const [id, e] of source.elements) {
        const slot = slots.get(id);
        if (slot === undefined) continue; // no candidate rates it, so it never enters the cosine
        srcSlots.push(slot);
        srcValues.push(e.importance);
      }
      const scored: { c: Profile; similarity: number }[] = [];
      for (const { profile: c, importance: b } of dense) {
        if (c.code === source.code || c.exposure === null || c.exposure >= srcExposure) continue;
        if (source.jobZone !== null && c.jobZone !== null && Math.abs(c.jobZone - source.jobZone) > zoneSpan) continue;
        let dot = 0;
        let na = 0;
        let nb = 0;
        for (let k = 0; k < srcSlots.length; k++) {
          const y = b[srcSlots[k]!]!;
          if (Number.isNaN(y)) continue;
          const x = srcValues[k]!;
          dot += x * y;
          na += x * x;
          nb += y * y;
        }
        scored.push({ c, similarity: na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0 });
      }
      return scored
        .sort((x, y) => y.similarity - x.similarity || x.c.code.localeCompare(y.c.code))
        .slice(0, n)
        .map(({ c, similarity }) => ({ code: c.code, title: c.title, similarity, exposure: c.exposure!, jobZone: c.jobZone, gain: skillsToGain(source, c) }));
    },
  };
}
