import type { PublishedCode } from '../../analytics/soc-employment';
import type { Db } from '../client';

/** A code of the employment series with its latest OEWS title and its employment in one year. */
export interface PublishedEmployment extends PublishedCode {
  title: string | null;
  /** Workers in the requested year (0 when the code has no row that year). */
  employment: number;
  medianWage: number | null;
}

/**
 * Every code of the SOC 2018 employment series (detailed codes and BLS aggregates such as
 * 31-1120), flagged as aggregate or not, with its title and its employment in `year`.
 */
export async function readPublishedCodes(db: Db, year: number | null): Promise<PublishedEmployment[]> {
  const rows = await db.prisma.$queryRaw<
    { code: string; aggregate: boolean; title: string | null; employment: number | null; median_wage: number | null }[]
  >`
    SELECT c.code, c.aggregate, t.title, y.employment, y.median_wage
    FROM (SELECT soc_code AS code, bool_or(method = 'aggregate') AS aggregate FROM employment_series GROUP BY soc_code) c
    LEFT JOIN employment_series y ON y.soc_code = c.code AND y.year = ${year ?? -1}
    LEFT JOIN LATERAL (SELECT o.title FROM oews_employment o WHERE o.occ_code = c.code AND o.o_group = 'detailed'
                       ORDER BY o.year DESC LIMIT 1) t ON true
    ORDER BY c.code`;
  return rows.map((r) => ({
    code: r.code,
    aggregate: r.aggregate,
    title: r.title,
    employment: r.employment ?? 0,
    medianWage: r.median_wage,
  }));
}

/** The OEWS all-occupations total (00-0000) per year. */
export async function readOewsTotals(db: Db): Promise<Map<number, number>> {
  const rows = await db.prisma.$queryRaw<{ year: number; total: number }[]>`
    SELECT year, tot_emp AS total FROM oews_employment WHERE occ_code = '00-0000' AND tot_emp IS NOT NULL ORDER BY year`;
  return new Map(rows.map((r) => [r.year, Number(r.total)]));
}
