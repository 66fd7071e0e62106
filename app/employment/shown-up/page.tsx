import type { Metadata } from 'next';
import { connection } from 'next/server';
import type { MeasureResult } from '@/lib/analytics/shown-up';
import { fetchShownUp } from '@/lib/db/queries/shown-up';
import { ChartFrame } from '../../ui/chart-frame';
import { CsvLinks } from '../../ui/csv-links';
import { type Column, DataTable, defineTable } from '../../ui/data-table';
import { NoData, NoScores } from '../../ui/empty-state';
import { fmt } from '../../ui/format';
import { RankChart, type RankedBar } from '../../ui/industries/rank-chart';
import { Skeleton } from '../../ui/skeleton';
import { Widget } from '../../ui/widget';

export const metadata: Metadata = { title: 'Has it shown up yet?' };

const CSV = '/api/export/shown-up.csv';
/** Percentage points a year, signed. */
const pts = (x: number | null) => (x === null ? '—' : `${x >= 0 ? '+' : '−'}${Math.abs(x * 100).toFixed(2)}`);
const bar = (label: string, value: number | null, low: number | null, high: number | null): RankedBar[] =>
  value === null
    ? []
    : [
        {
          label,
          value,
          error: low !== null && high !== null ? [Math.max(0, value - low), Math.max(0, high - value)] : undefined,
        },
      ];

/** Whether the interval rules out zero, said plainly. */
function verdict(m: MeasureResult): string {
  if (m.did === null || m.didLow === null || m.didHigh === null) return 'too little data to say';
  if (m.didLow > 0)
    return 'the most exposed fifth did better after late 2022 than the least exposed, beyond sampling noise';
  if (m.didHigh < 0)
    return 'the most exposed fifth did worse after late 2022 than the least exposed, beyond sampling noise';
  return 'no difference distinguishable from sampling noise';
}

const quintileName = (q: number) => `Q${q}${q === 1 ? ' (least exposed)' : q === 5 ? ' (most exposed)' : ''}`;

const QUINTILE_COLUMNS: readonly Column<MeasureResult['quintiles'][number]>[] = [
  { key: 'quintile', label: 'Exposure quintile', cell: (q) => quintileName(q.quintile) },
  { key: 'occupations', label: 'Occupations', numeric: true, cell: (q) => fmt(q.occupations) },
  { key: 'workers', label: 'Workers (base year)', numeric: true, narrow: true, cell: (q) => fmt(q.workers) },
  { key: 'pre', label: 'Before', numeric: true, cell: (q) => pts(q.pre) },
  { key: 'post', label: 'After', numeric: true, cell: (q) => pts(q.post) },
  {
    key: 'change',
    label: 'Change (95% interval)',
    numeric: true,
    cell: (q) => (
      <>
        {pts(q.change)}{' '}
        <span className="small">
          ({pts(q.changeLow)} to {pts(q.changeHigh)})
        </span>
      </>
    ),
  },
];

const QUINTILE_TABLE = defineTable(QUINTILE_COLUMNS, (q) => q.quintile);

function MeasureTable({ m }: { m: MeasureResult }) {
  return (
    <DataTable
      label={m.label}
      testId={`shown-up-${m.key}`}
      caption={`${m.label}, % a year (log points): difference in differences Q5 − Q1 ${pts(m.did)} (95% interval ${pts(m.didLow)} to ${pts(m.didHigh)}): ${verdict(m)}.`}
      table={QUINTILE_TABLE}
      rows={m.quintiles}
    />
  );
}

async function ShownUp() {
  const v = await fetchShownUp();
  if (!v.modelVersion) return <NoScores />;
  if (v.measures.length === 0)
    return <NoData what={`employment for ${v.periods.pre.join(', ')} and ${v.periods.post.join(', ')}`} />;
  const [pre0, pre1] = v.periods.pre;
  const [post0, post1] = v.periods.post;
  const emp = v.measures.find((m) => m.key === 'employment')!;
  const within = v.measures.find((m) => m.key === 'employmentWithinGroup')!;
  return (
    <>
      <section className="panel" data-testid="shown-up-headline">
        <h2>The answer so far</h2>
        <p>
          Employment: the most exposed fifth of jobs grew <strong>{pts(emp.did)}</strong> points a year relative to the
          least exposed after late 2022 ({post0}→{post1}) compared with before ({pre0}→{pre1}); 95% interval{' '}
          {pts(emp.didLow)} to {pts(emp.didHigh)}: {verdict(emp)}. Within major groups (each occupation against its own
          group&apos;s growth): <strong>{pts(within.did)}</strong> ({pts(within.didLow)} to {pts(within.didHigh)}):{' '}
          {verdict(within)}.
        </p>
      </section>
      <ChartFrame
        title="Difference in differences, Q5 − Q1"
        summary={v.measures.map((m) => `${m.label}: ${pts(m.did)} (${pts(m.didLow)} to ${pts(m.didHigh)})`).join('; ')}
        csv={CSV}
        note={`Points a year (log growth × 100). Whiskers: 95% bootstrap interval, ${fmt(v.replicates)} resamples of occupations (seeded), quintiles kept.`}
      >
        <RankChart
          data={v.measures.flatMap((m) => bar(m.label, m.did, m.didLow, m.didHigh))}
          xLabel="Change after minus before, Q5 − Q1"
          xFormat="pct1"
        />
      </ChartFrame>
      <ChartFrame
        title="Change in employment growth by exposure quintile"
        summary={emp.quintiles.map((q) => `Q${q.quintile} ${pts(q.change)}`).join(', ')}
        csv={CSV}
        note="Growth after minus growth before, per quintile, with 95% bootstrap intervals."
      >
        <RankChart
          data={emp.quintiles.flatMap((q) => bar(`Q${q.quintile}`, q.change, q.changeLow, q.changeHigh))}
          xLabel="Change in annual growth"
          xFormat="pct1"
        />
      </ChartFrame>
      <section className="panel">
        <div className="panel-head" style={{ display: 'flex', justifyContent: 'space-between', flexWrap: 'wrap' }}>
          <h2>By measure</h2>
          <CsvLinks href={CSV} of="the shown-up comparison" />
        </div>
        {v.measures.map((m) => (
          <MeasureTable key={m.key} m={m} />
        ))}
      </section>
      <section className="panel">
        <h2>What this can and cannot show</h2>
        <ul className="small" data-testid="shown-up-caveats">
          <li>
            OEWS is annual (May reference period): {post1} is the latest year, so at most about 18 months of widespread
            generative-AI use are in it.
          </li>
          <li>OEWS counts jobs, not hours: fewer hours per job, or tasks changing inside a job, do not show here.</li>
          <li>
            A SOC revision falls in 2019–2021: OEWS moved from SOC 2010 to SOC 2018 codes. Earlier years are carried to
            SOC 2018 through the BLS crosswalk; the share of employment mapped or apportioned that way is{' '}
            {v.remapped.map((r) => `${fmt(r.share, 'pct1')} in ${r.year}`).join(', ')}. Apportioned codes grow at their
            parent&apos;s rate, which blurs differences before {pre1 + 1}.
          </li>
          <li>
            Quintiles are fixed on {pre0} employment and the current model&apos;s scores; only occupations with
            employment in all four years count. A difference in differences compares trends; it does not say why they
            differ (interest rates, the post-pandemic recovery and sector shifts move the same occupations), which is
            why the within-group figures are shown beside it.
          </li>
          <li>
            The intervals cover sampling of occupations only, not the uncertainty of the exposure scores or of
            OEWS&apos;s own estimates.
          </li>
        </ul>
      </section>
    </>
  );
}

/** "Has it shown up yet?": employment and wage growth by exposure quintile before and after late 2022. */
export default async function ShownUpPage() {
  await connection();
  return (
    <>
      <h1>Has it shown up yet?</h1>
      <p className="lead">
        Did employment or wages in the occupations most exposed to AI grow differently after ChatGPT&apos;s release
        (November 2022) than before? Growth is compared by exposure quintile, skipping the pandemic years, with the
        difference in differences between the most and least exposed fifths of jobs and a bootstrap interval. See also{' '}
        <a href="/employment">employment since 2012</a> and the <a href="/scenarios">scenario simulator</a>.
      </p>
      <Widget what="the comparison" fallback={<Skeleton height={900} />}>
        <ShownUp />
      </Widget>
    </>
  );
}
