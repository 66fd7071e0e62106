import Link from 'next/link';
import type { ModelCard } from '@/lib/analytics/model-card';
import { CsvLinks } from '../csv-links';
import { fmt } from '../format';
import { TableScroll } from '../table-scroll';

const f3 = (v: number | null) => (v === null ? '—' : v.toFixed(3));
const LABELS = ['E0 no exposure', 'E1 directly exposed', 'E2 exposed with tools'];

/** Held-out confusion matrix: rows are the human label, columns the model's label. */
export function ConfusionTable({ confusion }: { confusion: number[][] }) {
  return (
    <section className="panel">
      <figcaption>
        <h2>Confusion matrix (test tasks)</h2>
        <CsvLinks href="/api/export/model-confusion.csv" of="the confusion matrix" />
      </figcaption>
      <p className="summary">Rows: the human annotators&apos; label; columns: the model&apos;s most likely label. The diagonal is agreement.</p>
      <TableScroll label="Confusion matrix">
        <table data-testid="model-confusion">
          <thead>
            <tr>
              <th scope="col">Human label</th>
              {LABELS.map((l) => (
                <th key={l} scope="col" className="num">
                  Model: {l}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {confusion.map((row, i) => (
              <tr key={LABELS[i]}>
                <th scope="row">{LABELS[i]}</th>
                {row.map((n, j) => (
                  <td key={LABELS[j]} className="num">
                    {i === j ? <strong>{fmt(n)}</strong> : fmt(n)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}

/** The ablation: every predictor on the same held-out occupations and tasks. */
export function AblationTable({ rows, occupations }: { rows: ModelCard['ablation']; occupations: number | null }) {
  return (
    <section className="panel">
      <figcaption>
        <h2>What each part contributes</h2>
        <CsvLinks href="/api/export/model-ablation.csv" of="the ablation" />
      </figcaption>
      <p className="summary">
        The same {fmt(occupations)} held-out occupations for every row, each scored against the human labels: the network (task text and occupation title), the work-activity prior (labels of training tasks sharing each O*NET detailed work activity), the two combined as the dashboard scores them, a bag-of-words logistic regression, and GPT-4. Task columns score the E0/E1/E2 label of
        each task (ECE: calibration error); occupation columns score each occupation&apos;s score against its human β (MAE: mean absolute error).
        GPT-4 gives hard labels, so it has no ECE; its occupation β has no task labels.
      </p>
      <TableScroll label="Ablation">
        <table data-testid="model-ablation">
          <thead>
            <tr>
              <th scope="col">Predictor</th>
              <th scope="col" className="num">Task accuracy</th>
              <th scope="col" className="num">Task macro-F1</th>
              <th scope="col" className="num">Task ECE</th>
              <th scope="col" className="num">Occ. Spearman</th>
              <th scope="col" className="num">Occ. Pearson</th>
              <th scope="col" className="num">Occ. MAE</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.key === 'model' ? <strong>{r.predictor}</strong> : r.predictor}</th>
                <td className="num">{f3(r.accuracy)}</td>
                <td className="num">{f3(r.macroF1)}</td>
                <td className="num">{f3(r.ece)}</td>
                <td className="num">{f3(r.spearman)}</td>
                <td className="num">{f3(r.pearson)}</td>
                <td className="num">{f3(r.mae)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}

/** Rank agreement of the model's occupation scores with each published index, by its human name. */
export function IndexAgreement({ indices }: { indices: ModelCard['indices'] }) {
  return (
    <section className="panel">
      <figcaption>
        <h2>Agreement with published indices</h2>
        <CsvLinks href="/api/export/model-indices.csv" of="the index agreement" />
      </figcaption>
      <p className="summary">
        Spearman rank and Pearson correlation over the labelled occupations, recorded when the model was evaluated. Indices on SOC or ISCO codes repeat one value
        over several occupations, so these are approximate; <Link href="/indices">Indices</Link> compares them with the scores in the database.
      </p>
      <TableScroll label="Agreement with published indices">
        <table data-testid="model-indices">
          <thead>
            <tr>
              <th scope="col">Index</th>
              <th scope="col" className="num">Occupations matched</th>
              <th scope="col" className="num">Spearman</th>
              <th scope="col" className="num">Pearson</th>
            </tr>
          </thead>
          <tbody>
            {indices.map((i) => (
              <tr key={i.key}>
                <th scope="row">{i.label}</th>
                <td className="num">{fmt(i.matched)}</td>
                <td className="num">{f3(i.spearman)}</td>
                <td className="num">{f3(i.pearson)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
