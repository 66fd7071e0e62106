import { describe, expect, it } from 'vitest';
import { overviewSummary } from '@/lib/analytics/overview';
import { reskillingPaths, type Profile } from '@/lib/analytics/reskilling';
import { buildSearchIndex, likePattern, matchDocuments, searchTerms, stem } from '@/lib/analytics/search';
import { socMeanWeights } from '@/lib/analytics/soc-weights';

describe('SOC-first weights for employment-weighted means', () => {
  it("gives each occupation its code's workers over the occupations sharing it, and drops those without employment", () => {
    const out = socMeanWeights(
      [
        { code: '11-1011.00', employmentCode: '11-1011' },
        { code: '11-1011.03', employmentCode: '11-1011' },
        { code: '15-1252.00', employmentCode: '15-1252' },
        { code: '99-9999.00', employmentCode: '99-9999' },
        { code: '55-1011.00', employmentCode: null },
      ],
      new Map([
        ['11-1011', 100],
        ['15-1252', 50],
      ]),
    );
    expect(out).toEqual(
      new Map([
        ['11-1011.00', 50],
        ['11-1011.03', 50],
        ['15-1252.00', 50],
      ]),
    );
  });
  it('makes a weighted mean equal to averaging within the SOC code first', () => {
    const occs = [
      { code: 'a.00', employmentCode: 'a', value: 0.2 },
      { code: 'a.01', employmentCode: 'a', value: 0.6 },
      { code: 'a.02', employmentCode: 'a', value: 0.7 },
      { code: 'b.00', employmentCode: 'b', value: 0.1 },
    ];
    const w = socMeanWeights(
      occs,
      new Map([
        ['a', 300],
        ['b', 100],
      ]),
    );
    const mean = occs.reduce((s, o) => s + o.value * w.get(o.code)!, 0) / [...w.values()].reduce((s, x) => s + x, 0);
    expect(mean).toBeCloseTo((0.5 * 300 + 0.1 * 100) / 400, 12); // a's mean 0.5 weighted by 300, b's 0.1 by 100
  });
});

describe('search terms', () => {
  it('tolerates plurals and case', () => {
    expect(stem('Accountants')).toBe('accountant');
    expect(stem('salaries')).toBe(stem('salary'));
    expect(stem('business')).toBe('business');
    expect(searchTerms('  Accountants & AUDITORS ')).toEqual(['accountant', 'auditor']);
  });
  it('escapes LIKE wildcards', () => expect(likePattern('50%_a')).toBe('%50\\%\\_a%'));
});

// Each occupation alone in its own SOC code unless `soc` says otherwise.
const occ = (
  code: string,
  group: string,
  employment: number | null,
  exposure: number | null,
  share: number | null,
  human: number | null,
  soc = code,
  sharedWith = 0,
) => ({
  code,
  title: code,
  majorGroup: group,
  employmentCode: employment === null ? null : soc,
  employmentTitle: null,
  socEmployment: employment,
  sharedWith,
  exposure,
  modelBeta: share,
  humanBeta: human,
});

describe('overview summary', () => {
  it('computes the headline figures by hand', () => {
    const s = overviewSummary(
      [
        occ('a', '11', 100, 0.2, 0.05, 0.2),
        occ('b', '15', 300, 0.6, 0.6, 0.4),
        occ('c', '15', 100, null, null, 0.6),
        occ('d', '43', null, 0.9, 0.9, null),
      ],
      1,
      2,
    );
    expect(s.workersCovered).toBe(400); // a + b; c unscored, d without employment
    expect(s.socCodes).toBe(2);
    expect(s.meanExposure).toBeCloseTo(0.5, 12);
    expect(s.model).toEqual({ workers: 400, atLeast10: 0.75, atLeast50: 0.75 });
    expect(s.human.workers).toBe(500);
    expect(s.human.atLeast10).toBe(1);
    expect(s.human.atLeast50).toBeCloseTo(0.2, 12);
    expect(s.histogram.map((b) => b.weight)).toEqual([100, 300]);
    expect(s.byMajorGroup.map((g) => [g.group, g.meanExposure, g.workers])).toEqual([
      ['11', 0.2, 100],
      ['15', 0.6, 300],
      ['43', null, 0],
    ]);
    expect(s.mostExposed.map((o) => o.code)).toEqual(['b']);
    expect(s.leastExposed.map((o) => o.code)).toEqual(['a']);
  });

  it("counts a shared SOC code's workers once and weights the mean of its occupations' scores", () => {
    // SOC 29-1141 (1,000 workers) holds three O*NET occupations; SOC 31-1120 (an OEWS aggregate) holds one.
    const s = overviewSummary([
      occ('29-1141.00', '29', 1000, 0.2, 0.2, null, '29-1141', 2),
      occ('29-1141.01', '29', 1000, 0.5, 0.5, null, '29-1141', 2),
      occ('29-1141.02', '29', 1000, 0.8, 0.8, null, '29-1141', 2),
      occ('31-1122.00', '31', 3000, 0.1, 0.1, null, '31-1120'),
    ]);
    expect(s.workersCovered).toBe(4000); // not 3 × 1,000 + 3,000
    expect(s.socCodes).toBe(2);
    expect(s.meanExposure).toBeCloseTo((0.5 * 1000 + 0.1 * 3000) / 4000, 12);
    expect(s.model).toEqual({ workers: 4000, atLeast10: 1, atLeast50: 0.25 }); // 29-1141's mean 0.5 reaches 50%
    expect(s.byMajorGroup.map((g) => [g.group, g.workers, g.occupations])).toEqual([
      ['29', 1000, 3],
      ['31', 3000, 1],
    ]);
    expect(s.histogram.reduce((t, b) => t + b.weight, 0)).toBe(4000);
    expect(s.meanExposureInterval).toEqual({
      low: (0.5 * 1000 + 0.1 * 3000) / 4000,
      high: (0.5 * 1000 + 0.1 * 3000) / 4000,
    }); // no bounds given
    expect(s.mostExposed[0]).toMatchObject({ code: '29-1141.02', socEmployment: 1000, sharedWith: 2 });
  });

  it("gives the mean exposure an interval from the SOC codes' mean lows and highs, weighted alike", () => {
    const s = overviewSummary([
      { ...occ('a.00', '29', 1000, 0.2, null, null, 'a', 1), exposureLow: 0.1, exposureHigh: 0.4 },
      { ...occ('a.01', '29', 1000, 0.4, null, null, 'a', 1), exposureLow: 0.3, exposureHigh: 0.6 },
      { ...occ('b.00', '31', 3000, 0.6, null, null, 'b'), exposureLow: 0.5, exposureHigh: 0.9 },
    ]);
    expect(s.meanExposure).toBeCloseTo((0.3 * 1000 + 0.6 * 3000) / 4000, 12);
    expect(s.meanExposureInterval!.low).toBeCloseTo((0.2 * 1000 + 0.5 * 3000) / 4000, 12);
    expect(s.meanExposureInterval!.high).toBeCloseTo((0.5 * 1000 + 0.9 * 3000) / 4000, 12);
  });
});

const profile = (
  code: string,
  exposure: number,
  jobZone: number,
  a: [number, number],
  b: [number, number],
): Profile => ({
  code,
  title: code,
  exposure,
  jobZone,
  elements: new Map([
    ['a', { name: 'A', importance: a[0], level: a[1] }],
    ['b', { name: 'B', importance: b[0], level: b[1] }],
  ]),
});

describe('reskilling paths', () => {
  it('ranks less exposed occupations in a similar job zone by cosine similarity, with skills to gain', () => {
    const src = profile('src', 0.6, 3, [4, 3], [2, 2]);
    const paths = reskillingPaths(src, [
      src,
      profile('same', 0.3, 3, [4, 5], [2, 2]), // similarity 1; gain A 3 → 5
      profile('more', 0.8, 3, [4, 3], [2, 2]), // more exposed: out
      profile('far', 0.2, 5, [4, 3], [2, 2]), // job zone 2 away: out
      profile('diff', 0.1, 2, [2, 3], [4, 2]), // similarity (8+8)/20 = 0.8
    ]);
    expect(paths.map((p) => p.code)).toEqual(['same', 'diff']);
    expect(paths[0]!.similarity).toBeCloseTo(1, 12);
    expect(paths[1]!.similarity).toBeCloseTo(0.8, 12);
    expect(paths[0]!.gain).toEqual([{ elementId: 'a', name: 'A', from: 3, to: 5 }]);
    expect(paths[1]!.gain).toEqual([]);
  });
});

describe('search index', () => {
  const docs = [
    'accountants and auditors examine accounts',
    'software developers write code',
    'auditing clerks check accounts',
  ];
  const index = buildSearchIndex(docs);
  it('matches terms inside words and requires every term', () => {
    expect(matchDocuments(index, ['account'])).toEqual(new Set([0, 2]));
    expect(matchDocuments(index, ['accountant'])).toEqual(new Set([0]));
    expect(matchDocuments(index, ['audit', 'clerk'])).toEqual(new Set([2]));
    expect(matchDocuments(index, ['nurse'])).toEqual(new Set());
    expect(matchDocuments(index, [])).toBeNull();
  });
  it('agrees with a plain substring scan on word boundaries', () => {
    for (const t of ['a', 'co', 'ers', 'write', 'x']) {
      const brute = new Set(docs.flatMap((d, i) => ((d.match(/[a-z]+/g) ?? []).some((w) => w.includes(t)) ? [i] : [])));
      expect(matchDocuments(index, [t])).toEqual(brute);
    }
  });
});
