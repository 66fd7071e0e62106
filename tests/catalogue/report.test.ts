import { describe, expect, it } from 'vitest';
import {
  byDepartment,
  catalogueHeadline,
  type OccupationFigures,
  reviewOrder,
  type UsOccupation,
} from '@/lib/analytics/catalogue-report';

const occ = (
  code: string,
  exposure: number | null,
  shareExposed: number | null,
  automation: number | null,
  low = exposure,
  high = exposure,
): OccupationFigures => ({
  code,
  title: code,
  exposure,
  exposureLow: low,
  exposureHigh: high,
  shareExposed,
  automation,
});
const OCCUPATIONS = new Map([
  ['A', occ('A', 0.9, 0.8, 0.7, 0.8, 1.0)],
  ['B', occ('B', 0.3, 0.2, 0.2, 0.1, 0.5)],
  ['U', occ('U', null, null, null)], // unscored
]);

describe('catalogue headline, worked by hand', () => {
  const jobs = [
    { position: 0, department: 'Ops', headcount: 3, code: 'A' },
    { position: 1, department: 'Ops', headcount: 1, code: 'B' },
    { position: 2, department: null, headcount: null, code: 'B' }, // counts as one person
    { position: 3, department: 'Ops', headcount: 5, code: 'U' }, // unscored: not covered
    { position: 4, department: 'Lab', headcount: 7, code: null }, // unmatched: not covered
  ];

  it('weights by headcount and leaves unscored and unmatched jobs out of covered figures', () => {
    const h = catalogueHeadline(jobs, OCCUPATIONS, []);
    expect(h.headcount).toBe(17);
    expect(h.headcountCovered).toBe(5);
    expect(h.jobsWithoutHeadcount).toBe(1);
    expect(h.exposure.value).toBeCloseTo((3 * 0.9 + 2 * 0.3) / 5, 12);
    expect(h.exposure.low).toBeCloseTo((3 * 0.8 + 2 * 0.1) / 5, 12);
    expect(h.exposure.high).toBeCloseTo((3 * 1.0 + 2 * 0.5) / 5, 12);
    expect(h.exposed50).toEqual({ headcount: 3, share: 3 / 5 });
    expect(h.automationShare).toBeCloseTo(3 / 5, 12);
    expect(h.us).toEqual({
      workers: 0,
      exposure: { value: null, low: null, high: null },
      exposed50Share: null,
      automationShare: null,
    });
  });

  it('gives the US figures per SOC code once, averaging the O*NET occupations that share it', () => {
    const us: UsOccupation[] = [
      {
        code: '1.00',
        title: '',
        majorGroup: '11',
        employmentCode: 'S1',
        employmentTitle: null,
        socEmployment: 100,
        sharedWith: 1,
        exposure: 0.2,
        exposureLow: 0.1,
        exposureHigh: 0.3,
        modelBeta: null,
        humanBeta: null,
        shareExposed: 0.4,
        automation: 0.9,
      },
      {
        code: '1.01',
        title: '',
        majorGroup: '11',
        employmentCode: 'S1',
        employmentTitle: null,
        socEmployment: 100,
        sharedWith: 1,
        exposure: 0.6,
        exposureLow: 0.5,
        exposureHigh: 0.7,
        modelBeta: null,
        humanBeta: null,
        shareExposed: 0.8,
        automation: 0.3,
      },
      {
        code: '2.00',
        title: '',
        majorGroup: '13',
        employmentCode: 'S2',
        employmentTitle: null,
        socEmployment: 300,
        sharedWith: 0,
        exposure: 0.8,
        exposureLow: 0.8,
        exposureHigh: 0.8,
        modelBeta: null,
        humanBeta: null,
        shareExposed: 0.1,
        automation: 0.1,
      },
    ];
    const h = catalogueHeadline([], OCCUPATIONS, us);
    // S1: exposure (0.2+0.6)/2 = 0.4, share (0.4+0.8)/2 = 0.6, automation (0.9+0.3)/2 = 0.6, 100 workers once.
    expect(h.us.workers).toBe(400);
    expect(h.us.exposure.value).toBeCloseTo((100 * 0.4 + 300 * 0.8) / 400, 12);
    expect(h.us.exposure.low).toBeCloseTo((100 * 0.3 + 300 * 0.8) / 400, 12);
    expect(h.us.exposed50Share).toBeCloseTo(100 / 400, 12);
    expect(h.us.automationShare).toBeCloseTo(100 / 400, 12);
    expect(h.exposure.value).toBeNull();
  });

  it('groups departments (none under "(none)"), most exposed first, unscored last', () => {
    const d = byDepartment(jobs, OCCUPATIONS);
    expect(d.map((x) => [x.department, x.headcount, x.headcountCovered])).toEqual([
      ['Ops', 9, 4],
      ['(none)', 1, 1],
      ['Lab', 7, 0],
    ]);
    expect(d[0]!.exposure.value).toBeCloseTo((3 * 0.9 + 0.3) / 4, 12);
    expect(d[2]!.exposure.value).toBeNull();
  });
});

describe('review order', () => {
  it('puts unmatched jobs first, then lowest confidence, and the user-coded or reviewed ones last', () => {
    const j = (
      position: number,
      confidence: number | null,
      extra: Partial<{ reviewedCode: string; userCode: string }> = {},
    ) => ({
      position,
      confidence,
      needsReview: true,
      reviewedCode: extra.reviewedCode ?? null,
      userCode: extra.userCode ?? null,
    });
    const order = reviewOrder([
      j(0, 0.9),
      j(1, 0.2),
      j(2, null),
      j(3, 0.1, { reviewedCode: 'X' }),
      j(4, 0.5, { userCode: 'Y' }),
      j(5, 0.2),
    ]);
    expect(order.map((x) => x.position)).toEqual([2, 1, 5, 0, 3, 4]);
  });
});
