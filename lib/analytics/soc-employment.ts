import type { YearValue } from './series';

/** A code of the employment series and whether it is a BLS aggregate rather than a SOC 2018 detailed code. */
export interface PublishedCode {
  code: string;
  aggregate: boolean;
}

/** The first six characters of a SOC code: its broad group (e.g. 31-112 for 31-1120, 31-1121 and 31-1122). */
const broadGroup = (code: string) => code.slice(0, 6);

/**
 * The code BLS publishes each SOC code's employment under: the code itself when OEWS publishes it,
 * else the OEWS aggregate of its broad group (31-1122 → 31-1120, 25-9042 → 25-9045, 13-1021 →
 * 13-1020), so occupations beneath an aggregate share its workers. Codes with neither (military
 * 55-xxxx, which OEWS does not survey) are absent from the result.
 */
export function employmentCodes(socCodes: Iterable<string>, published: readonly PublishedCode[]): Map<string, string> {
  const all = new Set(published.map((p) => p.code));
  const aggregates = new Map<string, string>();
  for (const p of published)
    if (p.aggregate && !aggregates.has(broadGroup(p.code))) aggregates.set(broadGroup(p.code), p.code);
  const out = new Map<string, string>();
  for (const soc of socCodes) {
    const code = all.has(soc) ? soc : aggregates.get(broadGroup(soc));
    if (code !== undefined) out.set(soc, code);
  }
  return out;
}

/** One published code's employment and the O*NET occupations that share it. */
export interface SocEmployment {
  /** The SOC 2018 code (or OEWS aggregate) BLS publishes the employment for. */
  code: string;
  title: string | null;
  /** Workers, a whole number, as BLS counts them for the code (never split). */
  employment: number;
  /** O*NET-SOC codes whose SOC code is, or sits beneath, this code (sorted). */
  occupations: string[];
}

/**
 * Employment per published code with the O*NET occupations beneath it. Codes with no O*NET
 * occupation are kept with an empty list, so callers can list what is left uncovered.
 */
export function socEmployment(
  occupations: readonly { code: string; socCode: string }[],
  codeOf: ReadonlyMap<string, string>,
  published: readonly { code: string; title: string | null; employment: number }[],
): Map<string, SocEmployment> {
  const out = new Map<string, SocEmployment>();
  for (const p of published)
    out.set(p.code, { code: p.code, title: p.title, employment: Math.round(p.employment), occupations: [] });
  for (const o of occupations) {
    const code = codeOf.get(o.socCode);
    if (code !== undefined) out.get(code)?.occupations.push(o.code);
  }
  for (const s of out.values()) s.occupations.sort();
  return out;
}

/** One year's employment counted by the dashboard against the OEWS all-occupations total. */
export interface YearCoverage {
  year: number;
  /** Workers in codes that at least one O*NET occupation maps to (whole number). */
  counted: number;
  /** Workers in published codes that no O*NET occupation reaches (whole number). */
  uncovered: number;
  /** OEWS all-occupations total (00-0000), null when the file lacks it. */
  total: number | null;
  /** counted / total, null without a total. */
  share: number | null;
}

/** Per year: workers in covered codes against the OEWS total (00-0000). */
export function yearCoverage(
  rows: readonly YearValue[],
  covered: ReadonlySet<string>,
  totals: ReadonlyMap<number, number>,
): YearCoverage[] {
  const counted = new Map<number, number>();
  const uncovered = new Map<number, number>();
  for (const r of rows) {
    const into = covered.has(r.code) ? counted : uncovered;
    if (!counted.has(r.year)) counted.set(r.year, 0);
    into.set(r.year, (into.get(r.year) ?? 0) + r.value);
  }
  return [...counted.keys()]
    .sort((a, b) => a - b)
    .map((year) => {
      const total = totals.get(year) ?? null;
      const c = Math.round(counted.get(year)!);
      return {
        year,
        counted: c,
        uncovered: Math.round(uncovered.get(year) ?? 0),
        total,
        share: total ? c / total : null,
      };
    });
}
