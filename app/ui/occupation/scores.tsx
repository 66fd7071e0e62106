import { BarList } from '../charts-client';
import { ChartFrame } from '../chart-frame';
import { NoScores } from '../empty-state';
import { fmt } from '../format';
import { fetchWidgetDetail, type OccupationSummary } from './data';
import { IndexTableSkeleton } from './skeletons';
import { Widget } from '../widget';
import { type Column, DataTable, defineTable } from '../data-table';
import { HowComputed } from '../how-computed';
import { occupationIndicesView } from '@/lib/views/occupation';
import { csvHref, drawView } from '../view-rows';

/** The model's score with its interval (from the catalogue, so it shows first), then the published indices as they load. */
export function ScorePanel({ summary }: { summary: OccupationSummary }) {
  const o = summary.occupation;
  return (
    <section className="panel">
      <h2>Exposure score</h2>
      {o.exposure === null ? (
        <NoScores />
      ) : (
        <p>
          <span className="value" style={{ fontSize: '2rem', fontWeight: 650 }} data-testid="exposure-score">
            {fmt(o.exposure, 'score')}
          </span>{' '}
          interval {fmt(o.exposureLow, 'score')}–{fmt(o.exposureHigh, 'score')} · {fmt(o.shareExposed, 'pct')} of tasks
          predicted exposed (model {summary.modelVersion}) · <HowComputed />
        </p>
      )}
      {o.automation === null ? null : (
        <p className="small" data-testid="automation-score">
          Automation score {fmt(o.automation, 'score')}: the attention-weighted expected automation level of its tasks
          (0 = T0, no automation … 1 = T4, AI does the whole task).
        </p>
      )}
      <Widget what="the index table" fallback={<IndexTableSkeleton />}>
        <IndexTable code={o.code} />
      </Widget>
    </section>
  );
}

/** One measure of this occupation's exposure: its value and, for a published index, its percentile. */
interface Measure {
  key: string;
  label: string;
  value: number | null;
  percentile: number | null;
}

const MEASURE_COLUMNS: readonly Column<Measure>[] = [
  { key: 'measure', label: 'Measure', cell: (m) => m.label },
  { key: 'value', label: 'Value', numeric: true, cell: (m) => fmt(m.value, 'score') },
  { key: 'percentile', label: 'Percentile', numeric: true, cell: (m) => fmt(m.percentile, 'pct') },
];

const MEASURE_TABLE = defineTable(MEASURE_COLUMNS, (m) => m.key);

/** Eloundou et al.'s two β (no percentile) and then every published index reaching the occupation. */
function measureRows(detail: Awaited<ReturnType<typeof fetchWidgetDetail>>): Measure[] {
  const e = detail.eloundou;
  return [
    ...(e
      ? [
          { key: 'human', label: 'Eloundou et al. human β', value: e.humanBeta, percentile: null },
          { key: 'gpt4', label: 'Eloundou et al. GPT-4 β', value: e.gpt4Beta, percentile: null },
        ]
      : []),
    ...detail.indices.map((i) => ({
      key: i.indexName,
      label: `${i.label}${i.year ? ` (${i.year})` : ''}`,
      value: i.value,
      percentile: i.percentile,
    })),
  ];
}

/** Eloundou's labels and every published index that reaches this occupation, with percentiles. */
export async function IndexTable({ code }: { code: string }) {
  const detail = await fetchWidgetDetail(code);
  return (
    <>
      <DataTable label="Exposure measures and published indices" table={MEASURE_TABLE} rows={measureRows(detail)} />
      {detail.indices.length === 0 && !detail.eloundou ? (
        <p className="small">No published index covers this occupation.</p>
      ) : null}
    </>
  );
}

/** Percentile rank of this occupation on the model and on each published index: the occupation-indices view's rows. */
export async function RanksChart({ code }: { code: string }) {
  const view = await drawView(occupationIndicesView, { code });
  const bars = view.rows.map((r) => ({ label: r.label, value: r.percentile }));
  if (bars.length === 0) return null;
  return (
    <ChartFrame
      title="Where this occupation ranks"
      summary={`Percentile among current occupations on each measure (0% = least exposed): ${bars.map((b) => `${b.label} ${fmt(b.value, 'pct')}`).join(', ')}.`}
      csv={csvHref(view)}
      note="Indices use different scales, so they are compared by rank. They reach this occupation through the SOC and O*NET-SOC crosswalks."
    >
      <BarList data={bars} xLabel="Percentile rank" xFormat="pct" />
    </ChartFrame>
  );
}
