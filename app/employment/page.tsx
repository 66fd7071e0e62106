import type { Metadata } from 'next';
import { connection } from 'next/server';
import { fetchEmployment } from '@/lib/db/queries/employment';
import {
  dissimilarityView,
  employmentIndexedView,
  employmentTopShareView,
  employmentView,
} from '@/lib/views/employment';
import { ChartFrame } from '../ui/chart-frame';
import { LinesChart } from '../ui/charts-client';
import { NoData, NoScores } from '../ui/empty-state';
import { fmt } from '../ui/format';
import { Skeleton } from '../ui/skeleton';
import { Widget } from '../ui/widget';
import { csvHref, drawView } from '../ui/view-rows';

export const metadata: Metadata = { title: 'Employment' };

async function QuintileCharts() {
  const v = await fetchEmployment('quintile');
  if (v.absolute.length === 0 && v.dissimilarity.length === 0) return <NoData what="employment series" />;
  if (v.groups.length === 0) return <NoScores />;
  const series = v.groups.map((g) => ({ key: g, name: v.labels[g] ?? g }));
  const [absolute, indexed, topShare] = await Promise.all([
    drawView(employmentView, { groupBy: 'quintile' }),
    drawView(employmentIndexedView, { groupBy: 'quintile' }),
    drawView(employmentTopShareView),
  ]);
  const last = indexed.rows[indexed.rows.length - 1];
  const top = topShare.rows;
  return (
    <>
      <div className="grid2">
        <ChartFrame
          title="Employment by exposure quintile"
          summary={`Workers in each fifth of ${v.baseYear} employment, ranked by exposure, from ${v.baseYear} to ${last?.year}.`}
          csv={csvHref(absolute)}
          note={`Quintiles are fixed on ${v.baseYear} employment over ${fmt(v.socCodes)} SOC 2018 codes and OEWS aggregates, each ranked by the mean score of its O*NET occupations; codes without ${v.baseYear} employment or a score are left out of every year.`}
        >
          <LinesChart data={absolute.rows} series={series} xLabel="Year" yLabel="Workers" yFormat="compact" />
        </ChartFrame>
        <ChartFrame
          title={`Indexed employment (${v.baseYear} = 100)`}
          summary={`By ${last?.year}: ${v.groups.map((g) => `${g} ${fmt(last?.[g], 'index')}`).join(', ')}.`}
          csv={csvHref(indexed)}
        >
          <LinesChart
            data={indexed.rows}
            series={series}
            xLabel="Year"
            yLabel={`Index, ${v.baseYear} = 100`}
            yFormat="index"
          />
        </ChartFrame>
      </div>
      <ChartFrame
        title="Share of employment in the most exposed quintile"
        summary={`${fmt(top[0]?.share, 'pct1')} in ${top[0]?.year}, ${fmt(top[top.length - 1]?.share, 'pct1')} in ${top[top.length - 1]?.year}.`}
        csv={csvHref(topShare)}
      >
        <LinesChart
          data={top.map((t) => ({ year: t.year, share: t.share }))}
          series={[{ key: 'share', name: 'Top-quintile share' }]}
          xLabel="Year"
          yLabel="Share of workers"
          yFormat="pct1"
        />
      </ChartFrame>
    </>
  );
}

async function Dissimilarity() {
  const view = await drawView(dissimilarityView);
  if (view.rows.length === 0) return null;
  const max = view.rows.reduce((a, b) => ((b.index ?? 0) > (a.index ?? 0) ? b : a), view.rows[0]!);
  return (
    <ChartFrame
      title="Occupational-mix dissimilarity, year over year"
      summary={`Largest change: ${fmt(max.index, 'pct1')} of workers would have to change occupation to turn ${max.year - 1}'s mix into ${max.year}'s.`}
      csv={csvHref(view)}
      note="The index is half the sum of absolute changes in each occupation's share of employment (the Duncan index used by the Yale Budget Lab). It measures how fast the mix of jobs changes, whatever the cause; reclassifications in the 2019–2021 SOC transition can inflate it, so only codes present in both years count."
    >
      <LinesChart
        data={view.rows.map((d) => ({ year: d.year, index: d.index }))}
        series={[{ key: 'index', name: 'Dissimilarity index' }]}
        xLabel="Year"
        yLabel="Share of workers"
        yFormat="pct1"
      />
    </ChartFrame>
  );
}

/** Employment since 2012 by exposure quintile, the top quintile's share and the mix-change index. */
export default async function EmploymentPage() {
  await connection();
  return (
    <>
      <h1>Employment since 2012</h1>
      <p className="lead">
        OEWS employment per SOC 2018 code (earlier years carried to SOC 2018 through the BLS crosswalk; codes OEWS
        publishes only as an aggregate, such as 31-1120, kept whole), grouped by the model&apos;s exposure of each code:
        the mean score of the O*NET occupations at or beneath it.
      </p>
      <Widget what="the quintile charts" fallback={<Skeleton height={700} />}>
        <QuintileCharts />
      </Widget>
      <Widget what="the dissimilarity chart" fallback={<Skeleton height={340} />}>
        <Dissimilarity />
      </Widget>
    </>
  );
}
