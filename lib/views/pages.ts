import { z } from 'zod';
import { evaluationSummary, type EvaluationRow } from '../analytics/compare';
import type { SkillShift } from '../analytics/skill-shift';
import { fetchImportRuns, type ImportRunRow } from '../db/queries/imports';
import { fetchIndexPoints, fetchIndices } from '../db/queries/indices-view';
import { streamRatings, type RatingRow } from '../db/queries/ratings';
import { fetchSkills } from '../db/queries/skills';
import { emptyQuery } from './filters';
import {
  coverageView,
  dissimilarityView,
  employmentIndexedView,
  employmentTopShareView,
  employmentView,
} from './employment';
import { overviewGroupsView, overviewHistogramView, overviewTopView } from './overview';
import { type AnyView, defineView } from './view';

// The skills, indices and data pages' views; pageViews lists every view of the pages without their own module.

/** The skills-shift view (GET /api/export/skills-shift.csv). */
export const skillsShiftView = defineView({
  name: 'skills-shift',
  params: emptyQuery,
  columns: [
    {
      header: 'element_id',
      value: (s: SkillShift & { beforeYear: number | null; afterYear: number | null }) => s.elementId,
    },
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
    return v.shift.map((s) => ({
      ...s,
      beforeYear: v.period.before.employmentYear,
      afterYear: v.period.after.employmentYear,
    }));
  },
});

/** The skills-concentration view (GET /api/export/skills-concentration.csv). */
export const skillsConcentrationView = defineView({
  name: 'skills-concentration',
  params: emptyQuery,
  columns: [
    {
      header: 'element_id',
      value: (s: { elementId: string; name: string; exposed: number; sheltered: number; difference: number }) =>
        s.elementId,
    },
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
