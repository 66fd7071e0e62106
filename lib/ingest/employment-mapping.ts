/**
 * Builds one SOC 2018 employment series from OEWS years published in SOC 2010, hybrid and SOC 2018
 * codes. Method (also in README, "BLS, projections, crosswalks and indices"):
 *
 * 1. Series codes are the detailed codes OEWS publishes in the reference year, the first SOC 2018
 *    year (2021). Most are SOC 2018 detailed codes; a few are BLS aggregates (13-1020, 29-2010…).
 *    A SOC 2018 code that the reference year only publishes inside such an aggregate is folded
 *    into it (the aggregate whose first six characters it shares), so every year uses one code set.
 * 2. A SOC 2010 code follows the SOC 2010→2018 crosswalk. When it splits into several targets,
 *    its employment is apportioned by the targets' reference-year employment shares (an equal split
 *    when any target's reference employment is unknown). Shares sum to 1, so nothing is
 *    double-counted: each year's total equals the sum of its detailed OEWS rows.
 * 3. An OEWS aggregate code that is not in the crosswalk is expanded to the codes beneath it in
 *    the SOC hierarchy that the same year does not publish on their own: those of its broad group
 *    (same first six characters; all of them if the year publishes every one), else of its minor
 *    group (first four, e.g. hybrid 39-1098 → 39-1014 + 39-1022, since 2019 publishes 39-1013
 *    itself), and apportioned the same way; failing that it is kept as published ('aggregate').
 * 4. Hybrid years (2019–2020) try the code as SOC 2018 first, then as SOC 2010.
 * 5. Median wage: carried through 1:1; where several sources merge into one code, the mean of
 *    their medians weighted by the employment each contributes (an approximation: medians do not
 *    aggregate exactly).
 */

// The shapes are lib/db's (it reads and writes them); re-exported for callers of the mapping.
import type { CodePair, OewsDetail, SeriesMethod, SeriesRow } from '../db/employment-series';

export type { CodePair, OewsDetail, SeriesMethod, SeriesRow } from '../db/employment-series';

interface Contribution {
  employment: number;
  wage: number | null;
  kind: 'whole' | 'share';
}

const group = (code: string) => code.slice(0, 6);

/** Maps codes of any OEWS year to the reference-year SOC 2018 code set (see the module comment). */
export class SocMapper {
  private readonly soc2018 = new Set<string>();
  private readonly targets2010 = new Map<string, string[]>();
  private readonly reference = new Map<string, number>();
  private readonly referenceAggregates: string[];

  constructor(crosswalk: readonly CodePair[], referenceRows: readonly OewsDetail[]) {
    for (const { from, to } of crosswalk) {
      this.soc2018.add(to);
      const list = this.targets2010.get(from) ?? [];
      list.push(to);
      this.targets2010.set(from, list);
    }
    for (const r of referenceRows) if (r.totEmp !== null) this.reference.set(r.occCode, r.totEmp);
    this.referenceAggregates = [...this.reference.keys()].filter((c) => !this.soc2018.has(c));
  }

  /** Whether the code is a SOC 2018 detailed code (per the crosswalk's SOC 2018 side). */
  isSoc2018(code: string): boolean {
    return this.soc2018.has(code);
  }

  /** A SOC 2018 code as the series knows it: itself, or the reference-year aggregate holding it. */
  private resolve(code: string): string {
    if (this.reference.size === 0 || this.reference.has(code)) return code;
    return this.referenceAggregates.find((a) => a !== code && group(a) === group(code)) ?? code;
  }

  private expand2010(codes: Iterable<string>): string[] {
    return [...codes].flatMap((c) => this.targets2010.get(c) ?? []);
  }

  /** The SOC 2018 codes a code maps to without any hierarchy search, or null for an aggregate. */
  directTargets(code: string, vintage: string): string[] | null {
    const as2018 = this.soc2018.has(code) || this.reference.has(code);
    if (vintage !== 'SOC 2010' && as2018) return [code];
    if (vintage !== 'SOC 2018' && this.targets2010.has(code)) return this.targets2010.get(code) ?? [];
    if (as2018) return [code];
    return null;
  }

  /**
   * The series codes a published code's employment goes to (before resolution and dedupe). An
   * aggregate goes to the codes beneath it (broad group, else minor group) that `taken`, the
   * codes its year already publishes on their own, does not hold.
   */
  private rawTargets(code: string, vintage: string, taken: ReadonlySet<string>): string[] {
    const direct = this.directTargets(code, vintage);
    if (direct) return direct;
    const search = (len: number, free: (c: string) => boolean) => {
      const same = (c: string) => c.slice(0, len) === code.slice(0, len);
      const of2018 = [...this.soc2018].filter((c) => same(c) && free(c));
      const of2010 = this.expand2010([...this.targets2010.keys()].filter(same)).filter(free);
      return vintage !== 'SOC 2010' && of2018.length ? of2018 : of2010;
    };
    const notTaken = (c: string) => !taken.has(c);
    // Broad group without the codes published on their own, else the whole broad group (a SOC 2010
    // code that splits can take every code of it), else the minor group's untaken codes.
    for (const found of [() => search(6, notTaken), () => search(6, () => true), () => search(4, notTaken)]) {
      const targets = found();
      if (targets.length) return targets;
    }
    return [code];
  }

  /** Target codes with the share of the code's employment each receives (shares sum to 1). */
  shares(code: string, vintage: string, taken: ReadonlySet<string> = new Set()): { code: string; share: number }[] {
    const targets = [...new Set(this.rawTargets(code, vintage, taken).map((t) => this.resolve(t)))].sort();
    if (targets.length === 1) return [{ code: targets[0] as string, share: 1 }];
    const weights = targets.map((t) => this.reference.get(t));
    const total = weights.reduce<number>((sum, w) => sum + (w ?? 0), 0);
    const known = weights.every((w) => w !== undefined) && total > 0;
    return targets.map((t, i) => ({ code: t, share: known ? (weights[i] as number) / total : 1 / targets.length }));
  }
}

/** The first SOC 2018 year present, used for apportioning shares. */
export function referenceYear(rows: readonly OewsDetail[]): number | undefined {
  const years = rows.filter((r) => r.socVintage === 'SOC 2018').map((r) => r.year);
  return years.length ? Math.min(...years) : undefined;
}

/** Per year, the SOC 2018 codes its non-aggregate rows reach directly (an aggregate's employment goes elsewhere). */
function takenByYear(details: readonly OewsDetail[], mapper: SocMapper): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  for (const row of details) {
    if (row.totEmp === null) continue;
    const set = out.get(row.year) ?? new Set<string>();
    for (const t of mapper.directTargets(row.occCode, row.socVintage) ?? []) set.add(t);
    out.set(row.year, set);
  }
  return out;
}

/** Derives the SOC 2018 series from detailed OEWS rows of every year and the SOC 2010→2018 crosswalk. */
export function buildEmploymentSeries(details: readonly OewsDetail[], crosswalk: readonly CodePair[]): SeriesRow[] {
  const refYear = referenceYear(details);
  const mapper = new SocMapper(
    crosswalk,
    details.filter((r) => r.year === refYear),
  );
  const cells = new Map<string, { year: number; code: string; parts: Contribution[]; sources: Set<string> }>();
  const taken = takenByYear(details, mapper);
  for (const row of details) {
    if (row.totEmp === null) continue; // "**": no employment estimate to carry
    const shares = mapper.shares(row.occCode, row.socVintage, taken.get(row.year));
    for (const { code, share } of shares) {
      const key = `${row.year}|${code}`;
      const cell = cells.get(key) ?? { year: row.year, code, parts: [], sources: new Set<string>() };
      cell.parts.push({
        employment: row.totEmp * share,
        wage: row.aMedian,
        kind: shares.length > 1 ? 'share' : 'whole',
      });
      cell.sources.add(row.occCode);
      cells.set(key, cell);
    }
  }
  return [...cells.values()]
    .map(({ year, code, parts, sources }): SeriesRow => {
      const employment = parts.reduce((sum, p) => sum + p.employment, 0);
      const waged = parts.filter((p) => p.wage !== null && p.employment > 0);
      const wagedEmployment = waged.reduce((sum, p) => sum + p.employment, 0);
      const medianWage =
        wagedEmployment > 0
          ? waged.reduce((sum, p) => sum + (p.wage as number) * p.employment, 0) / wagedEmployment
          : null;
      let method: SeriesMethod = 'direct';
      if (!mapper.isSoc2018(code)) method = 'aggregate';
      else if (parts.some((p) => p.kind === 'share')) method = 'apportioned';
      else if (sources.size > 1 || !sources.has(code)) method = 'mapped';
      return { year, socCode: code, employment, medianWage, method };
    })
    .sort((a, b) => a.year - b.year || a.socCode.localeCompare(b.socCode));
}
