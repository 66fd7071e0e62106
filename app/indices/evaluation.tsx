import { type EvaluationRow, flattenMetrics } from '@/lib/analytics/compare';
import { indexLabel } from '@/lib/analytics/index-info';
import type { CurrentModel } from '@/lib/db/queries/model';
import { CsvLinks } from '../ui/csv-links';
import { csvHref } from '../ui/view-rows';
import { fmt } from '../ui/format';
import { TableScroll } from '../ui/table-scroll';

const cell = (x: number | null) => (x === null ? '—' : Number.isInteger(x) ? fmt(x) : x.toFixed(3));

/** A recorded figure for display: index keys stored in the metrics (e.g. `indices[2].name`) shown by their human names. */
const shown = (key: string, value: unknown) =>
  /(^|\.)indices\[\d+\]\.name$/.test(key) && typeof value === 'string' ? indexLabel(value) : typeof value === 'number' ? cell(value) : String(value);

/** The held-out report: model and baseline and GPT-4 ratings, each scored against the human labels. */
export function EvaluationReport({ model, scoredOccupations, view }: { model: CurrentModel; scoredOccupations: number; view: { name: string; query: Record<string, string>; rows: EvaluationRow[] } }) {
  // The summary table draws the evaluation view's rows, the rows of its CSV link.
  const summary = view.rows;
  // Reliability bins are hundreds of numbers: the model card draws them as a diagram instead.
  const all = flattenMetrics(model.metrics).filter((r) => !r.key.startsWith('epochs') && !r.key.includes('.reliability['));
  return (
    <section className="panel">
      <figcaption>
        <h2>Model evaluation report ({model.version})</h2>
        <CsvLinks href={csvHref(view)} of="Model evaluation" />
      </figcaption>
      <p className="summary">
        Held-out test occupations (never seen in training). The reference is the human annotators&apos; labels of Eloundou et al.
        (task E0/E1/E2 labels and each occupation&apos;s human β): the model, a bag-of-words baseline and Eloundou et al.&apos;s
        GPT-4 ratings are each scored against them. {fmt(scoredOccupations)} occupations are scored.
      </p>
      {summary.length === 0 ? (
        <p>This model version recorded no held-out metrics.</p>
      ) : (
        <TableScroll label="Model evaluation">
          <table data-testid="evaluation-table">
            <caption className="small">Each column is compared with the human labels.</caption>
            <thead>
              <tr>
                <th>Level</th>
                <th>Measure</th>
                <th className="num">Model</th>
                <th className="num">Baseline</th>
                <th className="num">GPT-4 ratings (Eloundou et al.)</th>
              </tr>
            </thead>
            <tbody>
              {summary.map((r) => (
                <tr key={`${r.level}-${r.measure}`}>
                  <td>{r.level}</td>
                  <td>{r.measure}</td>
                  <td className="num">{cell(r.model)}</td>
                  <td className="num">{cell(r.baseline)}</td>
                  <td className="num">{cell(r.gpt4)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <details>
        <summary>All {all.length} recorded figures (as stored in the model&apos;s metrics file; the reliability bins are drawn on the model card)</summary>
        <TableScroll label="All recorded figures">
          <table>
            <tbody>
              {all.map((r) => (
                <tr key={r.key}>
                  <td>
                    <code>{r.key}</code>
                  </td>
                  <td className="num">{shown(r.key, r.value)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </details>
    </section>
  );
}
