import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalDraws, quantileSorted } from '@/lib/analytics/scenario/draws';
import type { ScenarioInputs } from '@/lib/analytics/scenario/inputs';
import { baselineAt, exposureAtDraw, type ScenarioOccupation } from '@/lib/analytics/scenario/model';
import { drawExposures, type SectorWeights, simulate } from '@/lib/analytics/scenario/simulate';

const occ = (
  code: string,
  base: number,
  projected: number,
  exposure: number,
  automationShare: number,
  spread = 0.1,
): ScenarioOccupation => ({
  code,
  title: code,
  majorGroup: code.slice(0, 2),
  base,
  projected,
  exposure,
  exposureLow: Math.max(0, exposure - spread),
  exposureHigh: Math.min(1, exposure + spread),
  automationShare,
  onetCodes: [`${code}.00`],
});

describe('scenario formula, worked by hand', () => {
  // A: 1,000 → 1,210 over 2024–34, E = 0.5, α = 0.4. B: 2,000 → 1,800, E = 0.1, α = 1.
  const A = occ('15-1252', 1000, 1210, 0.5, 0.4);
  const B = occ('43-4051', 2000, 1800, 0.1, 1);
  const inputs: ScenarioInputs = { horizon: 2029, adoption: 50, substitution: 50, productivity: 20, demand: 0.25 };
  const sectors: SectorWeights[] = [
    {
      naics: '51',
      title: 'Information',
      cells: [
        [0, 100],
        [1, 50],
      ],
      unmatchedWorkers: 7,
    },
  ];
  const result = simulate([A, B], sectors, drawExposures([A, B], normalDraws(101)), inputs);
  const [a, b] = result.occupations;

  it('interpolates the BLS projection at a constant annual growth rate', () => {
    // Half-way (2029): 1,000 · 1.21^0.5 = 1,100.
    expect(baselineAt(1000, 1210, 2029)).toBeCloseTo(1100, 9);
    expect(baselineAt(1000, 1210, 2024)).toBe(1000);
    expect(baselineAt(1000, 1210, 2034)).toBeCloseTo(1210, 9);
    expect(baselineAt(0, 100, 2029)).toBe(50); // linear where a level is 0
  });

  it('applies a·E, τ = a·E·(α·s + (1−α)·p) and δ = −(1−d)·τ', () => {
    // A: a·E = 0.5·0.5 = 0.25; τ = 0.25·(0.4·0.5 + 0.6·0.2) = 0.08; δ = −0.75·0.08 = −0.06.
    expect(a!.aiTimeShare).toBeCloseTo(0.25, 12);
    expect(a!.timeSaved).toBeCloseTo(0.08, 12);
    expect(a!.demandChange).toBeCloseTo(-0.06, 12);
    expect(a!.baseline).toBeCloseTo(1100, 9);
    expect(a!.scenario).toBeCloseTo(1034, 9); // 1,100 · 0.94
    expect(a!.taskMixWorkers).toBeCloseTo(1034, 9); // AI in use on 25% ≥ 10% of its time
    // B: a·E = 0.05; τ = 0.05·0.5 = 0.025; δ = −0.01875; below the 10% task-mix threshold.
    expect(b!.demandChange).toBeCloseTo(-0.01875, 12);
    expect(b!.scenario).toBeCloseTo(2000 * Math.sqrt(0.9) * 0.98125, 9);
    expect(b!.taskMixWorkers).toBe(0);
  });

  it('carries a sector\u2019s OEWS workers by each occupation\u2019s national growth and scenario factor', () => {
    const s = result.industries[0]!;
    // 100 A workers → 110 baseline → 103.4; 50 B workers → 50·√0.9 → ·0.98125.
    expect(s.baseline).toBeCloseTo(110 + 50 * Math.sqrt(0.9), 9);
    expect(s.scenario).toBeCloseTo(103.4 + 50 * Math.sqrt(0.9) * 0.98125, 9);
    expect(s.hoursSaved).toBeCloseTo(110 * 0.08 + 50 * Math.sqrt(0.9) * 0.025, 9);
  });

  it('groups by major group and totals', () => {
    expect(result.majorGroups.map((g) => g.key)).toEqual(['15', '43']);
    expect(result.total.scenario).toBeCloseTo(1034 + 2000 * Math.sqrt(0.9) * 0.98125, 9);
    expect(result.total.hoursSaved).toBeCloseTo(1100 * 0.08 + 2000 * Math.sqrt(0.9) * 0.025, 9);
  });

  it('draws exposure on the asymmetric 80% interval: z = ±1.2816 lands on its bounds', () => {
    const o = { exposure: 0.5, exposureLow: 0.3, exposureHigh: 0.55 };
    expect(exposureAtDraw(o, -1.2816)).toBeCloseTo(0.3, 12);
    expect(exposureAtDraw(o, 1.2816)).toBeCloseTo(0.55, 12);
    expect(exposureAtDraw(o, 0)).toBe(0.5);
    expect(exposureAtDraw(o, 40)).toBe(1);
  });

  it('an occupation\u2019s band equals the 10th–90th percentile of its scenario over the draws, computed by brute force', () => {
    const z = normalDraws(101);
    const perDraw = Float64Array.from(
      z,
      (zk) => 1100 * (1 - 0.75 * 0.5 * exposureAtDraw(A, zk) * (0.4 * 0.5 + 0.6 * 0.2)),
    ).sort();
    expect(a!.scenarioLow).toBeCloseTo(quantileSorted(perDraw, 0.1), 9);
    expect(a!.scenarioHigh).toBeCloseTo(quantileSorted(perDraw, 0.9), 9);
    expect(a!.scenarioLow).toBeLessThan(a!.scenario);
    // The total's band: percentiles of the per-draw sums over both occupations.
    const sums = Float64Array.from(z, (zk) => {
      const fa = 1 - 0.75 * 0.5 * exposureAtDraw(A, zk) * 0.32;
      const fb = 1 - 0.75 * 0.5 * exposureAtDraw(B, zk) * 0.5;
      return 1100 * fa + 2000 * Math.sqrt(0.9) * fb;
    }).sort();
    expect(result.total.scenarioLow).toBeCloseTo(quantileSorted(sums, 0.1), 6);
    expect(result.total.scenarioHigh).toBeCloseTo(quantileSorted(sums, 0.9), 6);
  });

  it('seeded draws are reproducible and standard normal', () => {
    const d = normalDraws(20_000);
    expect(normalDraws(20_000)).toEqual(d);
    const mean = d.reduce((s, x) => s + x, 0) / d.length;
    const sd = Math.sqrt(d.reduce((s, x) => s + (x - mean) ** 2, 0) / d.length);
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(sd).toBeCloseTo(1, 1);
    expect(quantileSorted(Float64Array.from(d).sort(), 0.9)).toBeCloseTo(1.2816, 1);
  });
});

const occupationArb = fc
  .record({
    group: fc.constantFrom('11', '15', '43', '53'),
    n: fc.integer({ min: 1000, max: 9999 }),
    base: fc.double({ min: 0, max: 1e6, noNaN: true }),
    growth: fc.double({ min: 0.5, max: 1.5, noNaN: true }),
    exposure: fc.double({ min: 0, max: 1, noNaN: true }),
    down: fc.double({ min: 0, max: 0.3, noNaN: true }),
    up: fc.double({ min: 0, max: 0.3, noNaN: true }),
    alpha: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map(
    (r): ScenarioOccupation => ({
      code: `${r.group}-${r.n}`,
      title: 'x',
      majorGroup: r.group,
      base: r.base,
      projected: r.base * r.growth,
      exposure: r.exposure,
      exposureLow: Math.max(0, r.exposure - r.down),
      exposureHigh: Math.min(1, r.exposure + r.up),
      automationShare: r.alpha,
      onetCodes: [],
    }),
  );
const inputsArb = fc.record({
  horizon: fc.integer({ min: 2025, max: 2034 }),
  adoption: fc.double({ min: 0, max: 100, noNaN: true }),
  substitution: fc.double({ min: 0, max: 100, noNaN: true }),
  productivity: fc.double({ min: 0, max: 100, noNaN: true }),
  demand: fc.double({ min: 0, max: 1, noNaN: true }),
});
const sectorsOf = (n: number): SectorWeights[] => [
  {
    naics: '51',
    title: 'S',
    cells: Array.from({ length: n }, (_, i) => [i, 10 + i] as [number, number]),
    unmatchedWorkers: 0,
  },
];
const z64 = normalDraws(64);
const close = (x: number, y: number) => Math.abs(x - y) <= 1e-7 * Math.max(1, Math.abs(x), Math.abs(y));

describe('scenario properties', () => {
  it('with demand response < 1, more adoption never raises employment (per occupation, group, sector, total)', () => {
    fc.assert(
      fc.property(
        fc.array(occupationArb, { minLength: 1, maxLength: 12 }),
        inputsArb,
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 0.999, noNaN: true }),
        (occs, inputs, more, demand) => {
          const lo = simulate(occs, sectorsOf(occs.length), drawExposures(occs, z64), { ...inputs, demand });
          const hi = simulate(occs, sectorsOf(occs.length), drawExposures(occs, z64), {
            ...inputs,
            demand,
            adoption: Math.min(100, inputs.adoption + more),
          });
          const le = (x: number, y: number) => x <= y + 1e-9 * Math.max(1, Math.abs(y));
          lo.occupations.forEach((o, i) => {
            expect(le(hi.occupations[i]!.scenario, o.scenario)).toBe(true);
          });
          lo.majorGroups.forEach((g, i) => {
            expect(le(hi.majorGroups[i]!.scenario, g.scenario)).toBe(true);
          });
          expect(le(hi.industries[0]!.scenario, lo.industries[0]!.scenario)).toBe(true);
          expect(le(hi.total.scenario, lo.total.scenario)).toBe(true);
          expect(le(hi.total.scenarioHigh, lo.total.scenarioHigh)).toBe(true);
        },
      ),
    );
  });

  it('with adoption 0 the scenario equals the baseline everywhere, bands included', () => {
    fc.assert(
      fc.property(fc.array(occupationArb, { minLength: 1, maxLength: 12 }), inputsArb, (occs, inputs) => {
        const r = simulate(occs, sectorsOf(occs.length), drawExposures(occs, z64), { ...inputs, adoption: 0 });
        for (const g of [...r.occupations, ...r.majorGroups, ...r.industries, r.total]) {
          expect(g.scenario).toBe(g.baseline);
          expect(close(g.scenarioLow, g.baseline) && close(g.scenarioHigh, g.baseline)).toBe(true);
        }
      }),
    );
  });

  it('totals equal the sum of their parts, and each band holds its central figure', () => {
    fc.assert(
      fc.property(fc.array(occupationArb, { minLength: 1, maxLength: 12 }), inputsArb, (occs, inputs) => {
        const r = simulate(occs, sectorsOf(occs.length), drawExposures(occs, normalDraws(400)), inputs);
        const sum = (xs: readonly { scenario: number }[]) => xs.reduce((s, x) => s + x.scenario, 0);
        const sumB = (xs: readonly { baseline: number }[]) => xs.reduce((s, x) => s + x.baseline, 0);
        expect(close(r.total.scenario, sum(r.occupations))).toBe(true);
        expect(close(r.total.scenario, sum(r.majorGroups))).toBe(true);
        expect(close(r.total.baseline, sumB(r.majorGroups))).toBe(true);
        expect(
          close(
            r.total.taskMixWorkers,
            r.majorGroups.reduce((s, g) => s + g.taskMixWorkers, 0),
          ),
        ).toBe(true);
        expect(close(r.total.change, r.total.scenario - r.total.baseline)).toBe(true);
        for (const g of [...r.occupations, r.total]) {
          expect(g.scenarioLow <= g.scenario + 1e-6 * Math.max(1, g.scenario)).toBe(true);
          expect(g.scenario <= g.scenarioHigh + 1e-6 * Math.max(1, g.scenario)).toBe(true);
        }
      }),
    );
  });
});
