import { describe, expect, it } from 'vitest';
import {
  activityTerms,
  componentMatrices,
  jobZoneSimilarity,
  type SimilarityInput,
  socSimilarity,
  taskTerms,
} from '@/lib/analytics/similarity/components';
import {
  buildSimilarityIndex,
  combineMatrices,
  combineParts,
  indexOfMatrix,
  SIMILARITY_WEIGHTS,
} from '@/lib/analytics/similarity/combine';
import { COMPONENTS } from '@/lib/analytics/similarity/components';
import { denseDot, sparseDot, sparseGram, standardisedRows, tfidfVectors } from '@/lib/analytics/similarity/vectors';

const row = (...xs: number[]) => Float64Array.from(xs);

describe('standardised profile vectors', () => {
  it('z-scores each column across occupations, then scales rows to unit length (worked by hand)', () => {
    // column 1: 1, 2, 3 → mean 2, sd √(2/3) → z −√1.5, 0, √1.5; column 2: 2, 2, 5 → mean 3, sd √2 → z −1/√2, −1/√2, √2
    const [a, b, c] = standardisedRows([row(1, 2), row(2, 2), row(3, 5)]);
    expect(a![0]).toBeCloseTo(-Math.sqrt(3) / 2, 12); // (−√1.5, −√0.5) / √2
    expect(a![1]).toBeCloseTo(-0.5, 12);
    expect([...b!]).toEqual([0, -1]);
    expect(c![0]).toBeCloseTo(Math.sqrt(1.5 / 3.5), 12);
    expect(denseDot(a!, b!)).toBeCloseTo(0.5, 12);
    expect(denseDot(a!, c!)).toBeCloseTo(
      -(Math.sqrt(1.5) * Math.sqrt(1.5) + Math.sqrt(0.5) * Math.sqrt(2)) / (Math.sqrt(2) * Math.sqrt(3.5)),
      12,
    ); // −0.9449
    // The raw cosine of the same rows says they are nearly the same: (1·2 + 2·2) / (√5·√8) = 0.9487.
    expect((1 * 2 + 2 * 2) / Math.sqrt(5 * 8)).toBeCloseTo(0.9487, 4);
  });

  it('fills a missing value with the column mean (z = 0), drops constant columns and keeps null rows', () => {
    // column 1 over 1, 3, 5: mean 3, sd √(8/3); column 2 over 4, 8 only: mean 6, sd 2; column 3 constant
    const [a, b, c, d] = standardisedRows([row(1, Number.NaN, 7), row(3, 4, 7), row(5, 8, 7), null]);
    expect([...a!]).toEqual([-1, 0, 0]);
    expect([...b!]).toEqual([0, -1, 0]);
    expect(c![0]).toBeCloseTo(Math.sqrt(1.5) / Math.sqrt(2.5), 12);
    expect(c![1]).toBeCloseTo(1 / Math.sqrt(2.5), 12);
    expect(d).toBeNull();
  });
});

describe('TF-IDF vectors', () => {
  it('weighs (1 + ln tf) · ln(N/df), ignores terms every document has, and gives unit vectors', () => {
    const docs = [
      new Map([
        ['a', 1],
        ['b', 1],
        ['all', 4],
      ]),
      new Map([
        ['a', 1],
        ['c', 1],
        ['all', 1],
      ]),
      new Map([
        ['c', 3],
        ['all', 1],
      ]),
      null,
    ];
    const [d1, d2, d3, none] = tfidfVectors(docs);
    // N = 3; idf a = c = ln 1.5, b = ln 3; "all" has idf 0
    const l15 = Math.log(1.5);
    const l3 = Math.log(3);
    expect(d1!.ids.length).toBe(2);
    expect(sparseDot(d1!, d1!)).toBeCloseTo(1, 12);
    expect(sparseDot(d1!, d2!)).toBeCloseTo(l15 / Math.sqrt(l15 ** 2 + l3 ** 2) / Math.SQRT2, 12); // 0.2448
    expect(sparseDot(d1!, d2!)).toBeCloseTo(0.2448, 4);
    expect(sparseDot(d2!, d3!)).toBeCloseTo(1 / Math.SQRT2, 12); // d3 is c alone, whatever its tf
    expect(sparseDot(d1!, d3!)).toBe(0);
    expect(none).toBeNull();
    const gram = sparseGram([d1!, d2!, null, d3!]);
    expect(gram[0 * 4 + 1]).toBeCloseTo(sparseDot(d1!, d2!), 6);
    expect(gram[1 * 4 + 3]).toBeCloseTo(sparseDot(d2!, d3!), 6);
    expect(gram[3 * 4 + 1]).toBe(gram[1 * 4 + 3]);
    expect(Number.isNaN(gram[2 * 4 + 0]!)).toBe(true);
  });

  it('reads task words without stopwords, single letters or numbers, and work activities with their IWA', () => {
    expect(taskTerms(['Prepare and review the reports.', 'File 2 reports, e.g. taxes'])).toEqual(
      new Map([
        ['prepare', 1],
        ['review', 1],
        ['reports', 2],
        ['file', 1],
        ['taxes', 1],
      ]),
    );
    expect(activityTerms(['4.A.1.a.1.I01.D01', '4.A.1.a.1.I01.D02', '4.A.1.a.1.I01.D01'])).toEqual(
      new Map([
        ['4.A.1.a.1.I01.D01', 2],
        ['4.A.1.a.1.I01', 3],
        ['4.A.1.a.1.I01.D02', 1],
      ]),
    );
  });
});

describe('SOC and job-zone closeness', () => {
  it('steps down the SOC hierarchy', () => {
    expect(socSimilarity('15-1252.00', '15-1252.01')).toBe(1); // same detailed SOC occupation
    expect(socSimilarity('15-1252.00', '15-1253.00')).toBe(0.75); // broad group 15-1250
    expect(socSimilarity('15-1252.00', '15-1211.00')).toBe(0.5); // minor group 15-1200
    expect(socSimilarity('15-1252.00', '15-2011.00')).toBe(0.25); // major group 15
    expect(socSimilarity('15-1252.00', '13-2011.00')).toBe(0);
  });
  it('loses a quarter per job zone apart', () => {
    expect(jobZoneSimilarity(4, 4)).toBe(1);
    expect(jobZoneSimilarity(2, 4)).toBe(0.5);
    expect(jobZoneSimilarity(1, 5)).toBe(0);
    expect(jobZoneSimilarity(null, 3)).toBeNaN();
  });
});

describe('combined similarity', () => {
  it('weighs the components, giving a missing one’s weight to the rest of its group (worked by hand)', () => {
    // content: 0.8 · (0.35·0.5 + 0.25·0.2) / 0.6 = 0.3; place: 0.1·0.25 + 0.1·0.75 = 0.1
    expect(combineParts({ skills: 0.5, activities: 0.2, tasks: Number.NaN, soc: 0.25, jobZone: 0.75 })).toBeCloseTo(
      0.4,
      12,
    );
    // no shared content component: the content part is 0, not a free pass
    expect(
      combineParts({ skills: Number.NaN, activities: Number.NaN, tasks: Number.NaN, soc: 1, jobZone: 1 }),
    ).toBeCloseTo(0.2, 12);
    // no job zone: SOC carries the place group's 0.2
    expect(combineParts({ skills: 1, activities: 1, tasks: 1, soc: 0.5, jobZone: Number.NaN })).toBeCloseTo(0.9, 12);
    expect(
      combineParts(
        { skills: 1, activities: 0, tasks: 0, soc: 0, jobZone: 0 },
        { skills: 1, activities: 0, tasks: 0, soc: 0, jobZone: 0 },
      ),
    ).toBe(1);
  });

  it('combines whole matrices by the same rule as one pair, missing values included', () => {
    let seed = 3;
    const next = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const size = 400;
    const m = Object.fromEntries(
      COMPONENTS.map((c) => [
        c,
        Float32Array.from({ length: size }, () => (next() < 0.2 ? Number.NaN : 2 * next() - 1)),
      ]),
    ) as Record<(typeof COMPONENTS)[number], Float32Array>;
    for (const weights of [
      SIMILARITY_WEIGHTS,
      { ...SIMILARITY_WEIGHTS, tasks: 0 },
      { skills: 0.5, activities: 0.2, tasks: 0.1, soc: 0, jobZone: 0.2 },
    ]) {
      const combined = combineMatrices(m, weights);
      for (let k = 0; k < size; k++) {
        const parts = Object.fromEntries(COMPONENTS.map((c) => [c, m[c][k]!])) as Record<
          (typeof COMPONENTS)[number],
          number
        >;
        expect(combined[k]).toBeCloseTo(combineParts(parts, weights), 6);
      }
    }
  });

  const input = (
    code: string,
    jobZone: number | null,
    im: number[],
    tasks: string[],
    activities: string[],
  ): SimilarityInput => ({
    code,
    title: code,
    jobZone,
    tasks,
    activities,
    ratings: new Map(im.map((v, i) => [`2.A.${i}`, { importance: v, level: v + 1 }])),
  });
  const inputs = [
    input(
      '29-1141.00',
      3,
      [5, 4, 2, 1],
      ['Administer medications to patients.', 'Monitor patient vital signs.'],
      ['4.A.2.a.4.I01.D01', '4.A.3.b.4.I02.D01'],
    ),
    input(
      '29-1141.01',
      3,
      [5, 4, 2, 2],
      ['Monitor patients in acute care.', 'Administer medications.'],
      ['4.A.2.a.4.I01.D01'],
    ),
    input('29-1171.00', 5, [5, 5, 3, 1], ['Prescribe medications to patients.'], ['4.A.2.a.4.I01.D02']),
    input('13-2011.00', 4, [2, 2, 5, 4], ['Examine financial records.', 'Prepare tax returns.'], ['4.A.1.a.1.I05.D01']),
    input(
      '13-2082.00',
      3,
      [2, 1, 5, 5],
      ['Prepare tax returns for clients.'],
      ['4.A.1.a.1.I05.D01', '4.A.1.a.1.I05.D02'],
    ),
  ];

  it('ranks neighbours by the combined score, symmetric, excluding the occupation itself', () => {
    const m = componentMatrices(inputs);
    const n = inputs.length;
    expect(m.soc[0 * n + 1]).toBe(1);
    expect(m.jobZone[0 * n + 2]).toBe(0.5);
    expect(m.skills[0 * n + 3]!).toBeLessThan(0); // opposite profiles once standardised
    const index = buildSimilarityIndex(inputs);
    expect(index.neighbours('29-1141.00', 4).map((x) => x.code)).toEqual([
      '29-1141.01',
      '29-1171.00',
      '13-2082.00',
      '13-2011.00',
    ]);
    expect(index.neighbours('13-2011.00', 1).map((x) => x.code)).toEqual(['13-2082.00']);
    expect(index.score('29-1141.00', '13-2011.00')).toBe(index.score('13-2011.00', '29-1141.00'));
    expect(index.score('29-1141.00', '99-9999.00')).toBeNull();
    expect(index.neighbours('29-1141.00', 10, (c) => !c.startsWith('29-1141')).map((x) => x.code)[0]).toBe(
      '29-1171.00',
    );
    expect(index.neighbours('99-9999.00', 3)).toEqual([]);
  });

  it('gives similarities to four decimals and breaks ties by code', () => {
    const index = indexOfMatrix(['b', 'a', 'c'], Float32Array.from([1, 0.123456, 0.5, 0.123456, 1, 0.5, 0.5, 0.5, 1]));
    expect(index.neighbours('c', 2)).toEqual([
      { code: 'a', similarity: 0.5 },
      { code: 'b', similarity: 0.5 },
    ]);
    expect(index.score('a', 'b')).toBe(0.1235);
  });
});
