import type { YearCoverage } from '../analytics/soc-employment';
import { fetchCoverage } from '../db/queries/coverage';
import { fetchEmployment } from '../db/queries/employment';
import { employmentQuery, emptyQuery } from './filters';
import { defineView } from './view';

// The employment page's series and the data page's coverage table (workers per year).

type Row = Record<string, number | null>;

/** Columns for a year-by-group table: year, then one column per group. */
function yearColumns(groups: readonly string[]) {
  return [
    { header: 'year', value: (r: Row) => r.year },
    ...groups.map((g) => ({ header: g, value: (r: Row) => r[g] })),
  ];
}

/** Workers (`employment`) or the series indexed to the base year (`employment-indexed`) per year and group. */
const employmentSeries = (name: 'employment' | 'employment-indexed') =>
  defineView({
    name,
    params: employmentQuery,
    counts: name === 'employment' ? 'all' : undefined, // absolute workers per group; the indexed series are ratios
    columns: async (db, p) => yearColumns((await fetchEmployment(p.groupBy, db)).groups),
    rows: async (db, p) => {
      const v = await fetchEmployment(p.groupBy, db);
      return v[name === 'employment' ? 'absolute' : 'indexed'];
    },
  });

/** The employment view (GET /api/export/employment.csv). */
export const employmentView = employmentSeries('employment');

/** The employment-indexed view (GET /api/export/employment-indexed.csv). */
export const employmentIndexedView = employmentSeries('employment-indexed');

/** The employment-top-share view (GET /api/export/employment-top-share.csv). */
export const employmentTopShareView = defineView({
  name: 'employment-top-share',
  params: emptyQuery,
  columns: [
    { header: 'year', value: (r: { year: number; share: number | null }) => r.year },
    { header: 'top_quintile_share', value: (r) => r.share },
  ],
  rows: async (db) => (await fetchEmployment('quintile', db)).topShare,
});

/** The dissimilarity view (GET /api/export/dissimilarity.csv). */
export const dissimilarityView = defineView({
  name: 'dissimilarity',
  params: emptyQuery,
  columns: [
    { header: 'year', value: (r: { year: number; index: number | null }) => r.year },
    { header: 'dissimilarity_vs_previous_year', value: (r) => r.index },
  ],
  rows: async (db) => (await fetchEmployment('majorGroup', db)).dissimilarity,
});

/** The coverage view (GET /api/export/coverage.csv). */
export const coverageView = defineView({
  name: 'coverage',
  params: emptyQuery,
  columns: [
    { header: 'year', value: (r: YearCoverage) => r.year },
    { header: 'workers_counted', value: (r) => r.counted },
    { header: 'workers_uncovered', value: (r) => r.uncovered },
    { header: 'oews_total', value: (r) => r.total },
    { header: 'share', value: (r) => r.share },
  ],
  rows: async (db) => (await fetchCoverage(db)).years,
});
