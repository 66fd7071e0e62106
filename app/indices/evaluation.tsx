import { type EvaluationRow, flattenMetrics } from '@/lib/analytics/compare';
import { csvHref } from '../ui/view-rows';
import { indexLabel } from '@/lib/analytics/index-info';
import type { CurrentModel } from '@/lib/db/queries/model';
import { TablePanel } from '../ui/table-panel';
import { fmt } from '../ui/format';
import { type Column, DataTable, defineTable } from '../ui/data-table';

const cell = (x: number | null) => (x === null ? '—' : Number.isInteger(x) ? fmt(x) : x.toFixed(3));

/** A recorded figure for display: index keys stored in the metrics (e.g. `indices[2].name`) shown by their human names. */
const shown = (key: string, value: unknown) =>
  /(^|\.)indices\[\d+\]\.name$/.test(key) && typeof value === 'string'
    ? indexLabel(value)
    : typeof value === 'number'
      ? cell(value)
      : String(value);

const SUMMARY_COLUMNS: readonly Column<EvaluationRow>[] = [
  { key: 'level', label: 'Level', cell: (r) => r.level },
  { key: 'measure', label: 'Measure', cell: (r) => r.measure },
  { key: 'model', label: 'Model', numeric: true, cell: (r) => cell(r.model) },
  { key: 'baseline', label: 'Baseline', numeric: true, cell: (r) => cell(r.baseline) },
  { key: 'gpt4', label: 'GPT-4 ratings (Eloundou et al.)', numeric: true, cell: (r) => cell(r.gpt4) },
];

const SUMMARY_TABLE = defineTable(SUMMARY_COLUMNS, (r) => `${r.level}-${r.measure}`);

/** A recorded figure: its key as stored, then its value (the table has no header row). */
const FIGURE_COLUMNS: readonly Column<ReturnType<typeof flattenMetrics>[number]>[] = [
  { key: 'key', label: 'Figure', cell: (r) => <code>{r.key}</code> },
  { key: 'value', label: 'Value', numeric: true, cell: (r) => shown(r.key, r.value) },
];

const FIGURE_TABLE = defineTable(FIGURE_COLUMNS, (r) => r.key);

/** The held-out report: model and baseline and GPT-4 ratings, each scored against the human labels. */
export function EvaluationReport({
  model,
  scoredOccupations,
  view,
}: {
  model: CurrentModel;
  scoredOccupations: number;
  view: { name: string; query: Record<string, string>; rows: EvaluationRow[] };
}) {
  // The summary table draws the evaluation view's rows, the rows of its CSV link.
  const summary = view.rows;
  // Reliability bins are hundreds of numbers: the model card draws them as a diagram instead.
  const all = flattenMetrics(model.metrics).filter(
    (r) => !r.key.startsWith('epochs') && !r.key.includes('.reliability['),
  );
  return (
    <TablePanel
      title={<>Model evaluation report ({model.version})</>}
      csv={csvHref(view)}
      csvOf="Model evaluation"
      summary={
        <>
          Held-out test occupations (never seen in training). The reference is the human annotators&apos; labels of
          Eloundou et al. (task E0/E1/E2 labels and each occupation&apos;s human β): the model, a bag-of-words baseline
          and Eloundou et al.&apos;s GPT-4 ratings are each scored against them. {fmt(scoredOccupations)} occupations
          are scored.
        </>
      }
    >
      <DataTable
        label="Model evaluation"
        testId="evaluation-table"
        caption="Each column is compared with the human labels."
        captionClass="small"
        table={SUMMARY_TABLE}
        rows={summary}
        empty={<p>This model version recorded no held-out metrics.</p>}
      />
      <details>
        <summary>
          All {all.length} recorded figures (as stored in the model&apos;s metrics file; the reliability bins are drawn
          on the model card)
        </summary>
        <DataTable label="All recorded figures" head={false} table={FIGURE_TABLE} rows={all} />
      </details>
    </TablePanel>
  );
}
