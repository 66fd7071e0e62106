import { describe, expect, it } from 'vitest';
import { skillConcentration, skillShift } from '@/lib/analytics/skills';

const r = (code: string, elementId: string, value: number) => ({
  code,
  elementId,
  name: elementId.toUpperCase(),
  value,
});

describe('skill shift', () => {
  it('compares employment-weighted importance between releases, by hand', () => {
    // S before: (3·100 + 5·300)/400 = 4.5; after: (4·100 + 4·100)/200 = 4 → −0.5
    // T before: only occ1 rated → 2; after: (2·100 + 4·100)/200 = 3 → +1
    const before = [r('occ1', 's', 3), r('occ2', 's', 5), r('occ1', 't', 2)];
    const after = [r('occ1', 's', 4), r('occ2', 's', 4), r('occ1', 't', 2), r('occ2', 't', 4), r('occ3', 't', 5)];
    const shift = skillShift(
      before,
      new Map([
        ['occ1', 100],
        ['occ2', 300],
      ]),
      after,
      new Map([
        ['occ1', 100],
        ['occ2', 100],
      ]), // occ3 has no employment: left out
    );
    expect(shift).toMatchObject([
      { elementId: 't', name: 'T', before: 2, after: 3, change: 1 },
      { elementId: 's', name: 'S', before: 4.5, after: 4, change: -0.5 },
    ]);
  });
  it('finds skills concentrated in exposed employment', () => {
    // exposed: occ1 (4, w100) + occ3 (1, w300) → 1.75; sheltered: occ2 → 2
    const c = skillConcentration(
      [r('occ1', 's', 4), r('occ2', 's', 2), r('occ3', 's', 1)],
      new Map([
        ['occ1', 100],
        ['occ2', 100],
        ['occ3', 300],
      ]),
      (code) => (code === 'occ2' ? 'sheltered' : 'exposed'),
    );
    expect(c).toHaveLength(1);
    expect(c[0]!.exposed).toBeCloseTo(1.75, 12);
    expect(c[0]!.sheltered).toBe(2);
    expect(c[0]!.difference).toBeCloseTo(-0.25, 12);
  });
});
