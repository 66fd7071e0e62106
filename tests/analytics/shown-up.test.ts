import { describe, expect, it } from 'vitest';
import { type SeriesPoint, shownUp } from '@/lib/analytics/shown-up';

/**
 * Ten occupations of 100 workers in 2017, exposure 0.1 … 1.0, so two fall in each employment-weighted
 * quintile (Q5 = exposure 0.9 and 1.0). Every one grows 2%/yr (log) before; after, Q1–Q4 keep 2%/yr
 * and Q5 shrinks 3%/yr, so the difference in differences is (−3 − 2) − (2 − 2) = −5 points a year.
 * Q5's two occupations are alone in major group 43: within groups the gap vanishes (it is a sector shift).
 * Wages grow 3%/yr before and 5%/yr after, except Q5's after: 1%/yr → wage DiD −4 points.
 */
function constructed(): { points: SeriesPoint[]; exposure: Map<string, number> } {
  const points: SeriesPoint[] = [];
  const exposure = new Map<string, number>();
  for (let k = 0; k < 10; k++) {
    const code = `${k >= 8 ? '43' : '11'}-10${k}0`;
    exposure.set(code, (k + 1) / 10);
    const q5 = k >= 8;
    const emp = (y: number) =>
      y <= 2019 ? 100 * Math.exp(0.02 * (y - 2017)) : 150 * Math.exp((q5 ? -0.03 : 0.02) * (y - 2022));
    const wage = (y: number) =>
      y <= 2019 ? 50_000 * Math.exp(0.03 * (y - 2017)) : 60_000 * Math.exp((q5 ? 0.01 : 0.05) * (y - 2022));
    for (const year of [2017, 2019, 2022, 2024])
      points.push({ year, code, employment: emp(year), medianWage: wage(year) });
  }
  // Missing 2022: left out of the sample entirely, so it cannot move any quintile.
  exposure.set('15-9990', 0.95);
  points.push(
    { year: 2017, code: '15-9990', employment: 10_000, medianWage: 1 },
    { year: 2019, code: '15-9990', employment: 1, medianWage: 1 },
    { year: 2024, code: '15-9990', employment: 1, medianWage: 1 },
  );
  return { points, exposure };
}

describe('has it shown up yet? (constructed data with a known answer)', () => {
  const { points, exposure } = constructed();
  const result = Object.fromEntries(shownUp(points, exposure, undefined, 300).map((m) => [m.key, m]));

  it('finds the known employment difference in differences, with a degenerate interval when quintiles are uniform', () => {
    const e = result.employment!;
    expect(e.occupations).toBe(10);
    expect(e.quintiles.map((q) => q.occupations)).toEqual([2, 2, 2, 2, 2]);
    expect(e.quintiles[0]!.pre).toBeCloseTo(0.02, 12);
    expect(e.quintiles[4]!.post).toBeCloseTo(-0.03, 12);
    expect(e.quintiles[4]!.change).toBeCloseTo(-0.05, 12);
    expect(e.did).toBeCloseTo(-0.05, 12);
    expect(e.didLow).toBeCloseTo(-0.05, 12);
    expect(e.didHigh).toBeCloseTo(-0.05, 12);
  });

  it('within major groups the sector shift is not taken for an AI effect', () => {
    expect(result.employmentWithinGroup!.did).toBeCloseTo(0, 12);
    expect(result.wageWithinGroup!.did).toBeCloseTo(0, 12);
  });

  it('measures wages the same way', () => {
    expect(result.wage!.quintiles[2]!.change).toBeCloseTo(0.02, 12);
    expect(result.wage!.did).toBeCloseTo(-0.04, 12);
  });

  it('gives a bootstrap interval around the estimate when growth varies within quintiles, the same on every run', () => {
    const noisy = points.map((p) =>
      p.year === 2024 ? { ...p, employment: p.employment * (1 + (Number(p.code.slice(-2)) % 3) * 0.04) } : p,
    );
    const [a] = shownUp(noisy, exposure, undefined, 500);
    const [b] = shownUp(noisy, exposure, undefined, 500);
    expect(a).toEqual(b);
    expect(a!.didLow!).toBeLessThan(a!.did!);
    expect(a!.did!).toBeLessThan(a!.didHigh!);
    expect(a!.quintiles[4]!.changeLow).toBeLessThanOrEqual(a!.quintiles[4]!.change!);
  });
});
