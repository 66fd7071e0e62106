import { describe, expect, it } from 'vitest';
import { skillShift } from '@/lib/analytics/skill-shift';

const r = (code: string, elementId: string, value: number, standardError: number | null, date: string) => ({
  code,
  elementId,
  name: elementId.toUpperCase(),
  value,
  standardError,
  date,
});

// Occupation A is re-surveyed between releases; B's ratings are carried forward (same date and value).
const before = [
  r('A', 's', 2, 0.1, '07/2014'),
  r('B', 's', 4, 0.2, '07/2016'),
  r('A', 'u', 3, 0.1, '07/2014'),
  r('B', 'u', 3, 0.2, '07/2016'),
];
const after = [
  r('A', 's', 3, 0.1, '08/2023'),
  r('B', 's', 4, 0.2, '07/2016'),
  r('A', 'u', 3.1, 0.1, '08/2023'),
  r('B', 'u', 3, 0.2, '07/2016'),
];
const w0 = new Map([
  ['A', 300],
  ['B', 100],
]); // shares 0.75 / 0.25
const w1 = new Map([
  ['A', 100],
  ['B', 100],
]); // shares 0.5 / 0.5

describe('skill shift, shift-share and standard errors (worked by hand)', () => {
  const [s, u] = skillShift(before, w0, after, w1);

  it('splits the change into ratings, mix and interaction that sum to it', () => {
    // before 0.75·2 + 0.25·4 = 2.5; after 0.5·3 + 0.5·4 = 3.5; change 1
    expect(s!.before).toBeCloseTo(2.5, 12);
    expect(s!.after).toBeCloseTo(3.5, 12);
    expect(s!.change).toBeCloseTo(1, 12);
    expect(s!.ratings).toBeCloseTo(0.75, 12); // Σ s₀·Δr = 0.75·1 + 0.25·0
    expect(s!.mix).toBeCloseTo(0.5, 12); // Σ Δs·r₀ = −0.25·2 + 0.25·4
    expect(s!.interaction).toBeCloseTo(-0.25, 12); // Σ Δs·Δr = −0.25·1 + 0.25·0
    expect(s!.coverage).toBeCloseTo(0, 12);
    expect(s!.ratings + s!.mix + s!.interaction).toBeCloseTo(s!.change, 12);
    expect(s!.occupations).toBe(2);
  });

  it('gives the change a standard error from O*NET’s, counting carried-forward ratings once', () => {
    // Var = (0.75·0.1)² + (0.25·0.2)² + (0.5·0.1)² + (0.5·0.2)² − 2·(0.25·0.5·0.2·0.2) = 0.010625
    expect(s!.standardError).toBeCloseTo(Math.sqrt(0.010625), 12);
    expect(s!.distinguishable).toBe(true); // 1 ≥ 1.96·0.103
    // u: change 0.05 < 1.96·0.103: not distinguishable from zero
    expect(u!.change).toBeCloseTo(0.05, 12);
    expect(u!.standardError).toBeCloseTo(Math.sqrt(0.010625), 12);
    expect(u!.distinguishable).toBe(false);
  });

  it('treats every rating as a new survey when dates differ (no covariance)', () => {
    const resurveyed = after.map((x) => ({ ...x, date: '08/2025' }));
    const [s2] = skillShift(before, w0, resurveyed, w1);
    expect(s2!.standardError).toBeCloseTo(Math.sqrt(0.008125 + 0.0125), 12);
  });

  it('puts occupations rated in only one release into a coverage part, and has no standard error without O*NET’s', () => {
    const plain = (code: string, value: number) => ({ code, elementId: 't', name: 'T', value });
    // before: A 2 (w 100) → 2; after: A 2, C 5 (w 100 each) → 3.5; A alone contributes nothing
    const [t] = skillShift(
      [plain('A', 2)],
      new Map([['A', 100]]),
      [plain('A', 2), plain('C', 5)],
      new Map([
        ['A', 100],
        ['C', 100],
      ]),
    );
    expect(t!.change).toBeCloseTo(1.5, 12);
    expect([t!.ratings, t!.mix, t!.interaction]).toEqual([0, 0, 0]);
    expect(t!.coverage).toBeCloseTo(1.5, 12);
    expect(t!.standardError).toBeNull();
    expect(t!.distinguishable).toBeNull();
  });
});
