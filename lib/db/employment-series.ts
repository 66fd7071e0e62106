import type { Db } from './client';

/** One detailed OEWS row: the input of the SOC 2018 employment series. */
export interface OewsDetail {
  year: number;
  occCode: string;
  socVintage: string;
  totEmp: number | null;
  aMedian: number | null;
}

/** One crosswalk pair (from code → to code). */
export interface CodePair {
  from: string;
  to: string;
}

/** How a series row was made (lib/ingest/employment-mapping.ts). direct: published as-is under a SOC 2018 code; mapped: renamed or merged whole; apportioned: gets a share of a split code; aggregate: a BLS aggregate code. */
export type SeriesMethod = 'direct' | 'mapped' | 'apportioned' | 'aggregate';

/** One employment_series row. */
export interface SeriesRow {
  year: number;
  socCode: string;
  employment: number;
  medianWage: number | null;
  method: SeriesMethod;
}

/** Rows per INSERT … unnest() statement. */
const BATCH = 5_000;

/** Detailed OEWS rows of every year, the input of the SOC 2018 employment series. */
export async function readOewsDetails(db: Db): Promise<OewsDetail[]> {
  return db.prisma.$queryRaw<OewsDetail[]>`
    SELECT year, occ_code AS "occCode", soc_vintage AS "socVintage", tot_emp AS "totEmp", a_median AS "aMedian"
    FROM oews_employment WHERE o_group = 'detailed' ORDER BY year, occ_code`;
}

/** The pairs of one crosswalk kind, e.g. 'soc2010_soc2018'. */
export async function readCrosswalkPairs(db: Db, kind: string): Promise<CodePair[]> {
  return db.prisma.$queryRaw<CodePair[]>`
    SELECT from_code AS "from", to_code AS "to" FROM crosswalk WHERE kind = ${kind} ORDER BY from_code, to_code`;
}

/**
 * Replaces the whole employment_series table in one transaction, under the same advisory lock
 * as its inputs' imports would take for this derived source, so readers never see a half series.
 */
export async function replaceEmploymentSeries(db: Db, rows: readonly SeriesRow[]): Promise<number> {
  return db.prisma.$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(hashtext('taskshift:ingest:employment_series'))`;
      await tx.$executeRaw`DELETE FROM employment_series`;
      let written = 0;
      for (let i = 0; i < rows.length; i += BATCH) {
        const batch = rows.slice(i, i + BATCH);
        written += await tx.$executeRaw`
          INSERT INTO employment_series (year, soc_code, employment, median_wage, method)
          SELECT * FROM unnest(
            ${batch.map((r) => r.year)}::int[], ${batch.map((r) => r.socCode)}::text[],
            ${batch.map((r) => r.employment)}::float8[], ${batch.map((r) => r.medianWage)}::float8[],
            ${batch.map((r) => r.method)}::text[])`;
      }
      return written;
    },
    { timeout: 120_000, maxWait: 120_000 },
  );
}

/** Sum of employment per year: in the series, and in the detailed OEWS rows it came from. */
export async function employmentTotals(db: Db): Promise<{ year: number; series: number; oews: number }[]> {
  return db.prisma.$queryRaw<{ year: number; series: number; oews: number }[]>`
    SELECT o.year, COALESCE(s.total, 0)::float8 AS series, o.total::float8 AS oews
    FROM (SELECT year, SUM(tot_emp) AS total FROM oews_employment WHERE o_group = 'detailed' GROUP BY year) o
    LEFT JOIN (SELECT year, SUM(employment) AS total FROM employment_series GROUP BY year) s ON s.year = o.year
    ORDER BY o.year`;
}
