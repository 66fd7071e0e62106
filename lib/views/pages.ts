import { z } from 'zod';
import { employmentQuery, emptyQuery } from './filters';
import { evaluationSummary, type EvaluationRow } from '../analytics/compare';
import type { OverviewOccupation } from '../analytics/overview';
import { fetchEmployment } from '../db/queries/employment';
import { fetchImportRuns, type ImportRunRow } from '../db/queries/imports';
import { fetchCoverage } from '../db/queries/coverage';
import type { YearCoverage } from '../analytics/soc-employment';
import { fetchIndexPoints, fetchIndices } from '../db/queries/indices-view';
import { fetchOverview } from '../db/queries/overview';
import { streamRatings, type RatingRow } from '../db/queries/ratings';
import type { SkillShift } from '../analytics/skill-shift';
import { fetchSkills } from '../db/queries/skills';
import { type AnyView, defineView } from './view';

type Row = Record<string, number | null>;

/** Columns for a year-by-group table: year, then one column per group. */
function yearColumns(groups: readonly string[]) {
  return [{ header: 'year', value: (r: Row) => r.year }, ...groups.map((g) => ({ header: g, value: (r: Row) => r[g] }))];
}

/** The overview-histogram view (GET /api/export/overview-histogram.csv). */
export const overviewHistogramView = defineView({
  name: 'overview-histogram',
  params: emptyQuery,
  columns: [
    { header: 'exposure_from', value: (b: { from: number; to: number; weight: number; share: number }) => b.from },
    { header: 'exposure_to', value: (b) => b.to },
    { header: 'workers', value: (b) => b.weight },
    { header: 'share_of_workers', value: (b) => b.share },
  ],
  rows: async (db) => {
    const o = await fetchOverview(db);
    return o.model ? o.summary.histogram : [];
  },
});

/** The overview-groups view (GET /api/export/overview-groups.csv). */
export const overviewGroupsView = defineView({
  name: 'overview-groups',
  params: emptyQuery,
  columns: [
    { header: 'major_group', value: (g: { group: string; title: string; meanExposure: number | null; workers: number; occupations: number }) => g.group },
    { header: 'title', value: (g) => g.title },
    { header: 'mean_exposure', value: (g) => g.meanExposure },
    { header: 'workers', value: (g) => g.workers },
    { header: 'occupations', value: (g) => g.occupations },
  ],
  rows: async (db) => {
    const o = await fetchOverview(db);
    return o.summary.byMajorGroup.filter((g) => g.meanExposure !== null).sort((a, b) => b.meanExposure! - a.meanExposure!);
  },
});

/** The overview-top view (GET /api/export/overview-top.csv). */
export const overviewTopView = defineView({
  name: 'overview-top',
  params: emptyQuery,
  columns: [
    { header: 'list', value: (r: OverviewOccupation & { list: string }) => r.list },
    { header: 'onet_soc_code', value: (r) => r.code },
    { header: 'title', value: (r) => r.title },
    { header: 'exposure', value: (r) => r.exposure },
    { header: 'soc_employment_code', value: (r) => r.employmentCode },
    { header: 'soc_employment', value: (r) => r.socEmployment },
    { header: 'shared_with', value: (r) => r.sharedWith },
  ],
  rows: async (db) => {
    const o = await fetchOverview(db);
    if (!o.model) return [];
    return [...o.summary.mostExposed.map((r) => ({ ...r, list: 'most' })), ...o.summary.leastExposed.map((r) => ({ ...r, list: 'least' }))];
  },
});

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

/** The skills-shift view (GET /api/export/skills-shift.csv). */
export const skillsShiftView = defineView({
  name: 'skills-shift',
  params: emptyQuery,
  columns: [
    { header: 'element_id', value: (s: SkillShift & { beforeYear: number | null; afterYear: number | null }) => s.elementId },
    { header: 'skill', value: (s) => s.name },
    { header: 'importance_23x', value: (s) => s.before },
    { header: 'importance_30_1', value: (s) => s.after },
    { header: 'change', value: (s) => s.change },
    { header: 'change_from_ratings', value: (s) => s.ratings },
    { header: 'change_from_mix', value: (s) => s.mix },
    { header: 'change_interaction', value: (s) => s.interaction },
    { header: 'change_from_coverage', value: (s) => s.coverage },
    { header: 'standard_error', value: (s) => s.standardError },
    { header: 'distinguishable_from_zero', value: (s) => s.distinguishable },
    { header: 'occupations', value: (s) => s.occupations },
    // The OEWS years weighting each release, so a downloaded file still says what it compares.
    { header: 'oews_year_23x', value: (s) => s.beforeYear },
    { header: 'oews_year_30_1', value: (s) => s.afterYear },
  ],
  rows: async (db) => {
    const v = await fetchSkills(db);
    return v.shift.map((s) => ({ ...s, beforeYear: v.period.before.employmentYear, afterYear: v.period.after.employmentYear }));
  },
});

/** The skills-concentration view (GET /api/export/skills-concentration.csv). */
export const skillsConcentrationView = defineView({
  name: 'skills-concentration',
  params: emptyQuery,
  columns: [
    { header: 'element_id', value: (s: { elementId: string; name: string; exposed: number; sheltered: number; difference: number }) => s.elementId },
    { header: 'skill', value: (s) => s.name },
    { header: 'importance_exposed', value: (s) => s.exposed },
    { header: 'importance_sheltered', value: (s) => s.sheltered },
    { header: 'difference', value: (s) => s.difference },
  ],
  rows: async (db) => (await fetchSkills(db)).concentration,
});

/** The indices view (GET /api/export/indices.csv). */
export const indicesView = defineView({
  name: 'indices',
  params: emptyQuery,
  columns: [
    { header: 'index', value: (c: Awaited<ReturnType<typeof fetchIndices>>['comparisons'][number]) => c.indexName },
    { header: 'index_label', value: (c) => c.label },
    { header: 'code_system', value: (c) => c.codeSystem },
    { header: 'year', value: (c) => c.year },
    { header: 'source_codes', value: (c) => c.sourceCodes },
    { header: 'occupations_reached', value: (c) => c.covered },
    { header: 'matched_with_scores', value: (c) => c.matched },
    { header: 'pearson', value: (c) => c.pearson },
    { header: 'spearman', value: (c) => c.spearman },
    { header: 'scale', value: (c) => c.about.scale },
    { header: 'citation', value: (c) => c.about.citation },
  ],
  rows: async (db) => (await fetchIndices(db)).comparisons,
});

/** The index-points view (GET /api/export/index-points.csv). */
export const indexPointsView = defineView({
  name: 'index-points',
  params: z.object({ index: z.string().min(1, 'is required').max(100) }),
  columns: [
    { header: 'onet_soc_code', value: (p: { code: string; label: string; x: number; y: number }) => p.code },
    { header: 'title', value: (p) => p.label },
    { header: 'model_exposure', value: (p) => p.x },
    { header: 'index_value', value: (p) => p.y },
  ],
  // Every matched occupation, not only the points the scatter draws.
  rows: (db, p) => fetchIndexPoints(p.index, db),
});

/** The evaluation view (GET /api/export/evaluation.csv). */
export const evaluationView = defineView({
  name: 'evaluation',
  params: emptyQuery,
  columns: [
    { header: 'level', value: (r: EvaluationRow) => r.level },
    { header: 'measure', value: (r) => r.measure },
    { header: 'model', value: (r) => r.model },
    { header: 'baseline', value: (r) => r.baseline },
    { header: 'gpt4_labels_eloundou', value: (r) => r.gpt4 },
    { header: 'reference', value: () => 'human labels (Eloundou et al.)' },
  ],
  rows: async (db) => {
    const v = await fetchIndices(db);
    return v.model ? evaluationSummary(v.model.metrics) : [];
  },
});

/** The imports view (GET /api/export/imports.csv). */
export const importsView = defineView({
  name: 'imports',
  params: emptyQuery,
  columns: [
    { header: 'id', value: (r: ImportRunRow) => r.id },
    { header: 'started_at', value: (r) => r.startedAt },
    { header: 'source', value: (r) => r.source },
    { header: 'file', value: (r) => r.file },
    { header: 'status', value: (r) => r.status },
    { header: 'rows_read', value: (r) => r.rowsRead },
    { header: 'rows_loaded', value: (r) => r.rowsLoaded },
    { header: 'rows_rejected', value: (r) => r.rowsRejected },
    { header: 'duration_ms', value: (r) => r.durationMs },
    { header: 'message', value: (r) => r.message },
    { header: 'errors', value: (r) => r.errors.length },
  ],
  rows: (db) => fetchImportRuns(300, db),
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

/** The ratings view (GET /api/export/ratings.csv). */
export const ratingsView = defineView({
  name: 'ratings',
  params: emptyQuery,
  columns: [
    { header: 'onet_soc_code', value: (r: RatingRow) => r.code },
    { header: 'domain', value: (r) => r.domain },
    { header: 'element_id', value: (r) => r.elementId },
    { header: 'scale', value: (r) => r.scaleId },
    { header: 'value', value: (r) => r.value },
  ],
  rows: (db) => streamRatings(db),
});

export const pageViews: AnyView[] = [
  overviewHistogramView,
  overviewGroupsView,
  overviewTopView,
  employmentView,
  employmentIndexedView,
  employmentTopShareView,
  dissimilarityView,
  skillsShiftView,
  skillsConcentrationView,
  indicesView,
  indexPointsView,
  evaluationView,
  importsView,
  coverageView,
  ratingsView,
];
