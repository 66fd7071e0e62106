import { describe, expect, it } from 'vitest';
import { employmentCodes, socEmployment, yearCoverage } from '@/lib/analytics/soc-employment';

const PUBLISHED = [
  { code: '29-1141', aggregate: false },
  { code: '31-1120', aggregate: true }, // Home Health and Personal Care Aides: 31-1121 + 31-1122
  { code: '25-9044', aggregate: false }, // Teaching Assistants, Postsecondary, published on its own
  { code: '25-9045', aggregate: true }, // Teaching Assistants, Except Postsecondary: 25-9042/43/49
];

describe('employment codes', () => {
  it("keeps a published SOC code and sends unpublished ones to their broad group's OEWS aggregate", () => {
    const codes = employmentCodes(
      ['29-1141', '31-1121', '31-1122', '25-9042', '25-9044', '25-9049', '55-1011'],
      PUBLISHED,
    );
    expect(codes).toEqual(
      new Map([
        ['29-1141', '29-1141'],
        ['31-1121', '31-1120'],
        ['31-1122', '31-1120'],
        ['25-9042', '25-9045'],
        ['25-9044', '25-9044'], // published itself, not folded into 25-9045
        ['25-9049', '25-9045'],
      ]),
    ); // 55-1011 (military): OEWS has no such code, so no employment
  });
  it('never sends a code to a detailed code of its broad group', () => {
    expect(employmentCodes(['29-1142'], [{ code: '29-1141', aggregate: false }])).toEqual(new Map());
  });
});

describe('SOC employment', () => {
  it("keeps each code's whole workers (rounded) and lists every O*NET occupation beneath it", () => {
    const occupations = [
      { code: '29-1141.00', socCode: '29-1141' },
      { code: '29-1141.01', socCode: '29-1141' },
      { code: '31-1122.00', socCode: '31-1122' },
      { code: '31-1121.00', socCode: '31-1121' },
    ];
    const codeOf = employmentCodes(
      occupations.map((o) => o.socCode),
      PUBLISHED,
    );
    const out = socEmployment(occupations, codeOf, [
      { code: '29-1141', title: 'Registered Nurses', employment: 3282010 },
      { code: '31-1120', title: 'Home Health and Personal Care Aides', employment: 3988139.6 },
      { code: '25-9045', title: 'Teaching Assistants, Except Postsecondary', employment: 1375300 },
    ]);
    expect(out.get('29-1141')).toEqual({
      code: '29-1141',
      title: 'Registered Nurses',
      employment: 3282010,
      occupations: ['29-1141.00', '29-1141.01'],
    });
    expect(out.get('31-1120')).toMatchObject({ employment: 3988140, occupations: ['31-1121.00', '31-1122.00'] });
    expect(out.get('25-9045')!.occupations).toEqual([]); // uncovered: kept so /data can list it
  });
});

describe('coverage per year', () => {
  it('sums covered codes against the OEWS total, whole numbers, every year present', () => {
    const rows = [
      { year: 2012, code: 'a', value: 900.4 },
      { year: 2012, code: 'x', value: 100 },
      { year: 2024, code: 'a', value: 1000 },
      { year: 2024, code: 'x', value: 5 },
      { year: 2023, code: 'x', value: 10 },
    ];
    expect(
      yearCoverage(
        rows,
        new Set(['a']),
        new Map([
          [2012, 1000],
          [2024, 1005],
        ]),
      ),
    ).toEqual([
      { year: 2012, counted: 900, uncovered: 100, total: 1000, share: 0.9 },
      { year: 2023, counted: 0, uncovered: 10, total: null, share: null },
      { year: 2024, counted: 1000, uncovered: 5, total: 1005, share: 1000 / 1005 },
    ]);
  });
});
