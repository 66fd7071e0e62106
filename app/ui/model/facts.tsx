import type { ModelCard } from '@/lib/analytics/model-card';
import { CsvLinks } from '../csv-links';
import { fmt } from '../format';
import { type Column, DataTable, defineTable } from '../data-table';
import { f3 } from './figure-table';
import { ReliabilityDiagram } from './reliability';

/** The held-out figures an analyst quotes first. */
export function HeadlineFigures({ card }: { card: ModelCard }) {
  const h = card.headline;
  return (
    <div className="cards" data-testid="model-headline">
      <div className="card">
        <div className="label">Task accuracy · macro-F1</div>
        <div className="value">
          {f3(h.accuracy)} · {f3(h.macroF1)}
        </div>
        <div className="sub">E0/E1/E2 label of {fmt(h.tasks)} held-out tasks against the human label</div>
      </div>
      <div className="card">
        <div className="label">Occupation Spearman · Pearson</div>
        <div className="value">
          {f3(h.spearman)} · {f3(h.pearson)}
        </div>
        <div className="sub">
          Score of {fmt(h.occupations)} held-out occupations against their human β; mean absolute error {f3(h.mae)}
        </div>
      </div>
      <div className="card">
        <div className="label">80% interval coverage</div>
        <div className="value">{fmt(h.coverage80, 'pct1')}</div>
        <div className="sub">
          of held-out occupations whose human β lies inside the 80% interval (mean width {f3(h.meanWidth)})
        </div>
      </div>
      <div className="card">
        <div className="label">Calibration error (ECE)</div>
        <div className="value">{f3(h.ece)}</div>
        <div className="sub">Mean gap between how sure the model is and how often it is right, over the test tasks</div>
      </div>
    </div>
  );
}

const BIN_COLUMNS: readonly Column<ModelCard['reliability'][number]>[] = [
  { key: 'bin', label: 'Confidence', rowHeader: true, cell: (b) => `${fmt(b.low, 'pct')}–${fmt(b.high, 'pct')}` },
  { key: 'tasks', label: 'Tasks', numeric: true, cell: (b) => fmt(b.tasks) },
  { key: 'confidence', label: 'Mean confidence', numeric: true, cell: (b) => fmt(b.confidence, 'pct1') },
  { key: 'accuracy', label: 'Share right', numeric: true, cell: (b) => fmt(b.accuracy, 'pct1') },
];

const BIN_TABLE = defineTable(BIN_COLUMNS, (b) => b.low);

/** The reliability diagram with its bins as a table (the diagram's text alternative). */
export function Calibration({ bins, ece }: { bins: ModelCard['reliability']; ece: number | null }) {
  const title = 'Reliability diagram (test tasks)';
  const under = bins.filter((b) => b.accuracy > b.confidence).reduce((s, b) => s + b.tasks, 0);
  const total = bins.reduce((s, b) => s + b.tasks, 0);
  const summary = `Expected calibration error ${f3(ece)}. In bins holding ${fmt(under)} of ${fmt(total)} test tasks the model is right more often than its confidence says (under-confident); bars under the diagonal mean over-confident.`;
  return (
    <figure className="panel" aria-labelledby="reliability-title">
      <figcaption>
        <h2 id="reliability-title">{title}</h2>
        <CsvLinks href="/api/export/model-reliability.csv" of="the reliability diagram" />
      </figcaption>
      <p className="summary">{summary}</p>
      {bins.length === 0 ? (
        <p>
          This model version recorded no reliability bins; re-run <code>npm run evaluate</code> to add them.
        </p>
      ) : (
        <div className="grid2">
          <ReliabilityDiagram bins={bins} title={title} summary={summary} />
          <DataTable label="Reliability bins" testId="model-reliability" table={BIN_TABLE} rows={bins} />
        </div>
      )}
    </figure>
  );
}
