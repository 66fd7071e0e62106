import Link from 'next/link';
import type { ModelCard } from '@/lib/analytics/model-card';
import { TablePanel } from '../table-panel';
import { fmt } from '../format';
import { type Column, DataTable, defineTable } from '../data-table';
import { figureTable } from './figure-table';

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

const CONFUSION_TABLE = defineTable(CONFUSION_COLUMNS, (_, i) => LABELS[i]!);

const ABLATION_TABLE = figureTable<ModelCard['ablation'][number]>(
  [
    {
      key: 'predictor',
      label: 'Predictor',
      rowHeader: true,
      cell: (r) => (r.key === 'model' ? <strong>{r.predictor}</strong> : r.predictor),
    },
  ],
  {
    accuracy: 'Task accuracy',
    macroF1: 'Task macro-F1',
    ece: 'Task ECE',
    spearman: 'Occ. Spearman',
    pearson: 'Occ. Pearson',
    mae: 'Occ. MAE',
  },
);

const INDEX_TABLE = figureTable<ModelCard['indices'][number]>(
  [
    { key: 'index', label: 'Index', rowHeader: true, cell: (i) => i.label },
    { key: 'matched', label: 'Occupations matched', numeric: true, cell: (i) => fmt(i.matched) },
  ],
  { spearman: 'Spearman', pearson: 'Pearson' },
);

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
      <DataTable label="Confusion matrix" testId="model-confusion" table={CONFUSION_TABLE} rows={confusion} />
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
      <DataTable label="Ablation" testId="model-ablation" table={ABLATION_TABLE} rows={rows} />
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
      <DataTable label="Agreement with published indices" testId="model-indices" table={INDEX_TABLE} rows={indices} />
    </TablePanel>
  );
}
