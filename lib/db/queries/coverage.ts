import { yearCoverage, type YearCoverage } from '../../analytics/soc-employment';
import { type Db, getDb } from '../client';
import { cached } from './cache';
import { fetchCatalogue } from './catalogue';
import { fetchSeries } from './employment';
import { readOewsTotals } from './soc-codes';

/** A published code with workers but no O*NET occupation at or beneath it. */
export interface UncoveredCode {
  code: string;
  title: string | null;
  employment: number;
}

/** How much of OEWS employment the dashboard counts, per year, and what is left out. */
export interface CoverageView {
  years: YearCoverage[];
  /** Codes with workers in the latest year that no O*NET occupation maps to, largest first. */
  uncovered: UncoveredCode[];
  employmentYear: number | null;
}

/**
 * Coverage of the employment the dashboard counts (codes with at least one O*NET occupation at
 * or beneath them) against the OEWS all-occupations total, for every year (cached).
 */
export function fetchCoverage(db: Db = getDb()): Promise<CoverageView> {
  return cached('coverage', db, async () => {
    const [rows, catalogue, totals] = await Promise.all([fetchSeries(db), fetchCatalogue(db), readOewsTotals(db)]);
    const socs = [...catalogue.socs.values()];
    const covered = new Set(socs.filter((s) => s.occupations.length > 0).map((s) => s.code));
    return {
      years: yearCoverage(rows, covered, totals),
      uncovered: socs
        .filter((s) => s.occupations.length === 0 && s.employment > 0)
        .map((s) => ({ code: s.code, title: s.title, employment: s.employment }))
        .sort((a, b) => b.employment - a.employment || a.code.localeCompare(b.code)),
      employmentYear: catalogue.employmentYear,
    };
  });
}
