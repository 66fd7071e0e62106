import Link from 'next/link';
import type { ModelCard } from '@/lib/analytics/model-card';
import { TablePanel } from '../table-panel';
import { fmt } from '../format';
import { type Column, DataTable } from '../data-table';

const f3 = (v: number | null) => (v === null ? '—' : v.toFixed(3));
const LABELS = ['E0 no exposure', 'E1 directly exposed', 'E2 exposed with tools'];

/** A row per human label, a column per model label; the diagonal (agreement) in bold. */
const CONFUSION_COLUMNS: readonly Column<number[]>[] = [
  { key: 'human', label: 'Human label', rowHeader: true, cell: (_, i) => LABELS[i] },
  ...LABELS.map((l, j) => ({
    key: l,
    label: `Model: ${l}`,
    numeric: true,
    cell: (row: number[], i: number) => (i === j ? <strong>{fmt(row[j])}</strong> : fmt(row[j])),
  })),
];

const ABLATION_COLUMNS: readonly Column<ModelCard['ablation'][number]>[] = [
  {
    key: 'predictor',
    label: 'Predictor',
    rowHeader: true,
    cell: (r) => (r.key === 'model' ? <strong>{r.predictor}</strong> : r.predictor),
  },
  { key: 'accuracy', label: 'Task accuracy', numeric: true, cell: (r) => f3(r.accuracy) },
  { key: 'macroF1', label: 'Task macro-F1', numeric: true, cell: (r) => f3(r.macroF1) },
  { key: 'ece', label: 'Task ECE', numeric: true, cell: (r) => f3(r.ece) },
  { key: 'spearman', label: 'Occ. Spearman', numeric: true, cell: (r) => f3(r.spearman) },
  { key: 'pearson', label: 'Occ. Pearson', numeric: true, cell: (r) => f3(r.pearson) },
  { key: 'mae', label: 'Occ. MAE', numeric: true, cell: (r) => f3(r.mae) },
];

const INDEX_COLUMNS: readonly Column<ModelCard['indices'][number]>[] = [
  { key: 'index', label: 'Index', rowHeader: true, cell: (i) => i.label },
  { key: 'matched', label: 'Occupations matched', numeric: true, cell: (i) => fmt(i.matched) },
  { key: 'spearman', label: 'Spearman', numeric: true, cell: (i) => f3(i.spearman) },
  { key: 'pearson', label: 'Pearson', numeric: true, cell: (i) => f3(i.pearson) },
];

/** Held-out confusion matrix: rows are the human label, columns the model's label. */
export function ConfusionTable({ confusion }: { confusion: number[][] }) {
  return (
    <TablePanel
      title="Confusion matrix (test tasks)"
      csv="/api/export/model-confusion.csv"
      csvOf="the confusion matrix"
      summary={
        <>
          Rows: the human annotators&apos; label; columns: the model&apos;s most likely label. The diagonal is
          agreement.
        </>
      }
    >
      <DataTable
        label="Confusion matrix"
        testId="model-confusion"
        columns={CONFUSION_COLUMNS}
        rows={confusion}
        rowKey={(_, i) => LABELS[i]!}
      />
    </TablePanel>
  );
}

/** The ablation: every predictor on the same held-out occupations and tasks. */
export function AblationTable({ rows, occupations }: { rows: ModelCard['ablation']; occupations: number | null }) {
  return (
    <TablePanel
      title="What each part contributes"
      csv="/api/export/model-ablation.csv"
      csvOf="the ablation"
      summary={
        <>
          The same {fmt(occupations)} held-out occupations for every row, each scored against the human labels: the
          network (task text and occupation title), the work-activity prior (labels of training tasks sharing each O*NET
          detailed work activity), the two combined as the dashboard scores them, a bag-of-words logistic regression,
          and GPT-4. Task columns score the E0/E1/E2 label of each task (ECE: calibration error); occupation columns
          score each occupation&apos;s score against its human β (MAE: mean absolute error). GPT-4 gives hard labels, so
          it has no ECE; its occupation β has no task labels.
        </>
      }
    >
      <DataTable
        label="Ablation"
        testId="model-ablation"
        columns={ABLATION_COLUMNS}
        rows={rows}
        rowKey={(r) => r.key}
      />
    </TablePanel>
  );
}

/** Rank agreement of the model's occupation scores with each published index, by its human name. */
export function IndexAgreement({ indices }: { indices: ModelCard['indices'] }) {
  return (
    <TablePanel
      title="Agreement with published indices"
      csv="/api/export/model-indices.csv"
      csvOf="the index agreement"
      summary={
        <>
          Spearman rank and Pearson correlation over the labelled occupations, recorded when the model was evaluated.
          Indices on SOC or ISCO codes repeat one value over several occupations, so these are approximate;{' '}
          <Link href="/indices">Indices</Link> compares them with the scores in the database.
        </>
      }
    >
      <DataTable
        label="Agreement with published indices"
        testId="model-indices"
        columns={INDEX_COLUMNS}
        rows={indices}
        rowKey={(i) => i.key}
      />
    </TablePanel>
  );
}
