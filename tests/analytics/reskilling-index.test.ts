import { describe, expect, it } from 'vitest';
import { reskillingPaths, type Profile } from '@/lib/analytics/reskilling';
import { buildReskillingIndex } from '@/lib/analytics/reskilling-index';

/** Deterministic pseudo-random numbers (mulberry32) so a failure replays. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomProfiles(n: number, seed: number): Profile[] {
  const r = rng(seed);
  return Array.from({ length: n }, (_, i) => {
    const elements = new Map<string, { name: string; importance: number; level: number }>();
    // Each profile rates a random subset in a random order, some with zero importance.
    for (let e = 0; e < 30; e++) {
      if (r() < 0.25) continue;
      const id = `E${Math.floor(r() * 30)}`;
      elements.set(id, { name: `Element ${id}`, importance: r() < 0.1 ? 0 : 1 + r() * 4, level: r() * 7 });
    }
    const code = `${String(10 + (i % 80)).padStart(2, '0')}-${String(1000 + i).padStart(4, '0')}.00`;
    return {
      code,
      title: `Occupation ${i}`,
      exposure: r() < 0.1 ? null : Math.round(r() * 20) / 20,
      jobZone: r() < 0.1 ? null : 1 + Math.floor(r() * 5),
      elements,
    };
  });
}

describe('reskilling index', () => {
  it('gives exactly the paths of reskillingPaths for every source, n and job-zone span', () => {
    const profiles = randomProfiles(300, 7);
    const index = buildReskillingIndex(profiles);
    let nonEmpty = 0;
    for (const source of profiles) {
      const expected = reskillingPaths(source, profiles);
      if (expected.length) nonEmpty++;
      expect(index.paths(source)).toEqual(expected);
      expect(index.paths(source, 3, 0)).toEqual(reskillingPaths(source, profiles, 3, 0));
    }
    expect(nonEmpty).toBeGreaterThan(200); // the comparison covered real paths, not just empty lists
  });

  it('handles a source outside the index and an empty index', () => {
    const profiles = randomProfiles(50, 11);
    const outsider: Profile = {
      ...profiles[0]!,
      code: '99-9999.00',
      elements: new Map([...profiles[0]!.elements, ['NEW', { name: 'New', importance: 3, level: 4 }]]),
    };
    expect(buildReskillingIndex(profiles).paths(outsider)).toEqual(reskillingPaths(outsider, profiles));
    expect(buildReskillingIndex([]).paths(outsider)).toEqual([]);
  });
});
