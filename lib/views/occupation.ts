import { z } from 'zod';
import { occupationCode, occupationsQuery } from './filters';
import type { Db } from '../db/client';
import { fetchCatalogue } from '../db/queries/catalogue';
import type { OccupationExportRow } from '../db/scores';
import { fetchOccupationDetail, type OccupationDetail } from '../db/queries/occupation-detail';
import { fetchMatchingOccupations, type OccupationListItem } from '../db/queries/occupations';
import type { Column } from './columns';
import { OCCUPATION_COLUMNS } from './occupation-columns';
import { type AnyView, defineView, ViewNotFound } from './view';

/**
 * Columns of the occupations export: the model engineer's OCCUPATION_COLUMNS (shared with
 * `npm run export -- occupations`), then the explorer's own columns.
 */
export function occupationColumns(modelVersion: string | null): Column<OccupationListItem>[] {
  const asExportRow = (o: OccupationListItem) =>
    ({ ...o, modelVersion: modelVersion ?? '' }) as unknown as OccupationExportRow;
  return [
    ...OCCUPATION_COLUMNS.map((c) => ({ header: c.header, value: (o: OccupationListItem) => c.value(asExportRow(o)) })),
    { header: 'soc_code', value: (o) => o.socCode },
    { header: 'major_group', value: (o) => o.majorGroup },
    { header: 'job_zone', value: (o) => o.jobZone },
    { header: 'model_beta', value: (o) => o.modelBeta },
    { header: 'human_beta', value: (o) => o.humanBeta },
    // Workers as BLS counts them, for the SOC code (or OEWS aggregate), shared with `shared_with` other O*NET occupations.
    { header: 'soc_employment_code', value: (o) => o.employmentCode },
    { header: 'soc_employment', value: (o) => o.socEmployment },
    { header: 'shared_with', value: (o) => o.sharedWith },
    { header: 'median_wage', value: (o) => o.medianWage },
  ];
}

/** Occupations export query: the explorer's filters; without `page` every matching row, with it that page. */
const occupationsExportQuery = z.object({ paged: z.boolean() }).and(occupationsQuery);

const codeParams = z.object({ code: occupationCode });

async function detailOf(db: Db, code: string): Promise<OccupationDetail> {
  const d = await fetchOccupationDetail(code, db);
  if (!d) throw new ViewNotFound(`No current occupation ${code}`);
  return d;
}

/** The occupations view (GET /api/export/occupations.csv). */
export const occupationsView = defineView({
  name: 'occupations',
  params: occupationsExportQuery,
  prepare: (raw) => ({ ...raw, paged: raw.page !== undefined }),
  columns: async (db) => occupationColumns((await fetchCatalogue(db)).modelVersion),
  rows: async (db, p) => {
    const { rows } = await fetchMatchingOccupations(p, db);
    return p.paged ? rows.slice((p.page - 1) * p.pageSize, p.page * p.pageSize) : rows;
  },
  cacheable: true, // at most the 1,016 current occupations (≈ 200 KB), from the per-stamp catalogue
});

/** The tasks view (GET /api/export/tasks.csv). */
export const tasksView = defineView({
  name: 'tasks',
  params: codeParams,
  columns: [
    { header: 'onet_soc_code', value: (t: OccupationDetail['tasks'][number] & { code: string }) => t.code },
    { header: 'task_id', value: (t) => t.taskId },
    { header: 'task', value: (t) => t.text },
    { header: 'task_type', value: (t) => t.taskType },
    { header: 'exposure', value: (t) => t.exposure },
    { header: 'exposure_low', value: (t) => t.exposureLow },
    { header: 'exposure_high', value: (t) => t.exposureHigh },
    { header: 'attention', value: (t) => t.attention },
    { header: 'automation', value: (t) => t.automation },
    { header: 'ai_mode', value: (t) => t.aiMode },
    { header: 'top_tokens', value: (t) => t.topTokens.map((k) => k.token).join(' ') },
    // "Title (0.69); Title (0.49)": the O*NET work activities behind the score, most exposed first.
    {
      header: 'work_activities',
      value: (t) => t.topActivities.map((a) => `${a.title.replace(/\.$/, '')} (${a.exposure.toFixed(2)})`).join('; '),
    },
    { header: 'human_label', value: (t) => t.humanLabel },
  ],
  rows: async (db, p) => (await detailOf(db, p.code)).tasks.map((t) => ({ ...t, code: p.code })),
});

/** The occupation-employment view (GET /api/export/occupation-employment.csv). */
export const occupationEmploymentView = defineView({
  name: 'occupation-employment',
  params: codeParams,
  columns: [
    { header: 'year', value: (e: OccupationDetail['employment'][number]) => e.year },
    { header: 'employment', value: (e) => e.employment },
    { header: 'median_wage', value: (e) => e.medianWage },
  ],
  rows: async (db, p) => (await detailOf(db, p.code)).employment,
});

/** The occupation-skills view (GET /api/export/occupation-skills.csv). */
export const occupationSkillsView = defineView({
  name: 'occupation-skills',
  params: codeParams,
  columns: [
    { header: 'element_id', value: (e: OccupationDetail['profile'][number]) => e.elementId },
    { header: 'element', value: (e) => e.name },
    { header: 'domain', value: (e) => e.domain },
    { header: 'importance', value: (e) => e.importance },
    { header: 'level', value: (e) => e.level },
  ],
  rows: async (db, p) => (await detailOf(db, p.code)).profile,
});

/** The occupation-indices view (GET /api/export/occupation-indices.csv). */
export const occupationIndicesView = defineView({
  name: 'occupation-indices',
  params: codeParams,
  columns: [
    {
      header: 'measure',
      value: (e: { key: string; label: string; value: number | null; percentile: number | null }) => e.key,
    },
    { header: 'measure_label', value: (e) => e.label },
    { header: 'value', value: (e) => e.value },
    { header: 'percentile', value: (e) => e.percentile },
  ],
  rows: async (db, p) => {
    const d = await detailOf(db, p.code);
    return [
      { key: 'taskshift_model', label: 'Taskshift model', value: d.occupation.exposure, percentile: d.modelPercentile },
      ...d.indices.map((i) => ({ key: i.indexName, label: i.label, value: i.value, percentile: i.percentile })),
    ].filter((r) => r.value !== null);
  },
});

/** The reskilling view (GET /api/export/reskilling.csv). */
export const reskillingView = defineView({
  name: 'reskilling',
  params: codeParams,
  columns: [
    { header: 'onet_soc_code', value: (r: OccupationDetail['reskilling'][number]) => r.code },
    { header: 'title', value: (r) => r.title },
    { header: 'similarity', value: (r) => r.similarity },
    { header: 'exposure', value: (r) => r.exposure },
    { header: 'job_zone', value: (r) => r.jobZone },
    {
      header: 'skills_to_gain',
      value: (r) => r.gain.map((g) => `${g.name} ${g.from.toFixed(1)}->${g.to.toFixed(1)}`).join('; '),
    },
  ],
  rows: async (db, p) => (await detailOf(db, p.code)).reskilling,
});

/** The occupation-similar view (GET /api/export/occupation-similar.csv). */
export const occupationSimilarView = defineView({
  name: 'occupation-similar',
  params: codeParams,
  columns: [
    { header: 'rank', value: (r: OccupationDetail['similar'][number] & { rank: number }) => r.rank },
    { header: 'onet_soc_code', value: (r) => r.code },
    { header: 'title', value: (r) => r.title },
    { header: 'similarity', value: (r) => r.similarity },
    { header: 'exposure', value: (r) => r.exposure },
    { header: 'job_zone', value: (r) => r.jobZone },
  ],
  rows: async (db, p) => (await detailOf(db, p.code)).similar.map((r, i) => ({ ...r, rank: i + 1 })),
});

export const occupationViews: AnyView[] = [
  occupationsView,
  tasksView,
  occupationEmploymentView,
  occupationSkillsView,
  occupationIndicesView,
  reskillingView,
  occupationSimilarView,
];
