import type { AblationRow, ModelCard, ReliabilityRow } from '../analytics/model-card';
import type { TitleCoderRow } from '../analytics/title-coder-card';
import { fetchModelCard } from '../analytics/model-card-load';
import { emptyQuery } from './filters';
import type { Db } from '../db/client';
import { type AnyView, defineView } from './view';

/** The card's rows of one table; none when there is no model. */
const cardRows =
  <Row>(pick: (card: ModelCard) => Row[]) =>
  async (db: Db): Promise<Row[]> => {
    const card = await fetchModelCard(db);
    return card ? pick(card) : [];
  };

/** A card fact as a CSV row: the model version, what it is, its value. */
interface FactRow {
  version: string;
  measure: string;
  value: string | number | null;
}

// The model card's tables as CSV, from the same view function as the /model page and /api/model.
/** The model-summary view (GET /api/export/model-summary.csv). */
export const modelSummaryView = defineView({
  name: 'model-summary',
  params: emptyQuery,
  columns: [
    { header: 'model_version', value: (r: FactRow) => r.version },
    { header: 'measure', value: (r) => r.measure },
    { header: 'value', value: (r) => r.value },
  ],
  rows: cardRows((c) => [
    ...Object.entries(c.headline).map(([measure, value]) => ({
      version: c.version,
      measure: `test.${measure}`,
      value,
    })),
    ...Object.entries(c.training).map(([measure, value]) => ({
      version: c.version,
      measure: `training.${measure}`,
      value,
    })),
    { version: c.version, measure: 'source', value: c.source },
  ]),
});

/** The model-ablation view (GET /api/export/model-ablation.csv). */
export const modelAblationView = defineView({
  name: 'model-ablation',
  params: emptyQuery,
  columns: [
    { header: 'predictor_key', value: (r: AblationRow) => r.key },
    { header: 'predictor', value: (r) => r.predictor },
    { header: 'test_tasks', value: (r) => r.tasks },
    { header: 'task_accuracy', value: (r) => r.accuracy },
    { header: 'task_macro_f1', value: (r) => r.macroF1 },
    { header: 'task_ece', value: (r) => r.ece },
    { header: 'test_occupations', value: (r) => r.occupations },
    { header: 'occupation_spearman', value: (r) => r.spearman },
    { header: 'occupation_pearson', value: (r) => r.pearson },
    { header: 'occupation_mae', value: (r) => r.mae },
  ],
  rows: cardRows((c) => c.ablation),
});

/** The model-confusion view (GET /api/export/model-confusion.csv). */
export const modelConfusionView = defineView({
  name: 'model-confusion',
  params: emptyQuery,
  columns: [
    { header: 'human_label', value: (r: { label: string; counts: number[] }) => r.label },
    { header: 'predicted_E0', value: (r) => r.counts[0] },
    { header: 'predicted_E1', value: (r) => r.counts[1] },
    { header: 'predicted_E2', value: (r) => r.counts[2] },
  ],
  rows: cardRows((c) => (c.confusion ?? []).map((counts, i) => ({ label: `E${i}`, counts }))),
});

/** The model-reliability view (GET /api/export/model-reliability.csv). */
export const modelReliabilityView = defineView({
  name: 'model-reliability',
  params: emptyQuery,
  columns: [
    { header: 'confidence_from', value: (r: ReliabilityRow) => r.low },
    { header: 'confidence_to', value: (r) => r.high },
    { header: 'test_tasks', value: (r) => r.tasks },
    { header: 'mean_confidence', value: (r) => r.confidence },
    { header: 'accuracy', value: (r) => r.accuracy },
  ],
  rows: cardRows((c) => c.reliability),
});

/** The model-indices view (GET /api/export/model-indices.csv). */
export const modelIndicesView = defineView({
  name: 'model-indices',
  params: emptyQuery,
  columns: [
    { header: 'index_key', value: (r: ModelCard['indices'][number]) => r.key },
    { header: 'index', value: (r) => r.label },
    { header: 'matched_occupations', value: (r) => r.matched },
    { header: 'spearman', value: (r) => r.spearman },
    { header: 'pearson', value: (r) => r.pearson },
  ],
  rows: cardRows((c) => c.indices),
});

/** The model-title-coder view (GET /api/export/model-title-coder.csv). */
export const modelTitleCoderView = defineView({
  name: 'model-title-coder',
  params: emptyQuery,
  columns: [
    { header: 'title_coder_version', value: (r: TitleCoderRow & { version: string }) => r.version },
    { header: 'matcher_key', value: (r) => r.key },
    { header: 'matcher', value: (r) => r.predictor },
    { header: 'held_out_titles', value: (r) => r.titles },
    { header: 'top1', value: (r) => r.top1 },
    { header: 'top5', value: (r) => r.top5 },
    { header: 'top1_soc', value: (r) => r.top1Soc },
    { header: 'top5_soc', value: (r) => r.top5Soc },
    { header: 'ece', value: (r) => r.ece },
  ],
  // No rows while no title coder is committed (the card's slot says "not yet available").
  rows: cardRows((c) => {
    const coder = c.titleCoder;
    return coder.available ? coder.rows.map((r) => ({ ...r, version: coder.version })) : [];
  }),
});

export const modelViews: AnyView[] = [
  modelSummaryView,
  modelAblationView,
  modelConfusionView,
  modelReliabilityView,
  modelIndicesView,
  modelTitleCoderView,
];
