import { LinesChart } from '../charts-client';
import { ChartFrame } from '../chart-frame';
import { NoData } from '../empty-state';
import { fmt } from '../format';
import { sharedText } from '../soc-workers';
import { fetchWidgetDetail } from './data';
import { occupationEmploymentView } from '@/lib/views/occupation';
import { csvHref, drawView } from '../view-rows';

/** Employment and median wage 2012–2024, with the latest BLS projection as a dashed line. */
export async function EmploymentCharts({ code }: { code: string }) {
  const { projections, occupation: o } = await fetchWidgetDetail(code);
  const view = await drawView(occupationEmploymentView, { code });
  const employment = view.rows;
  if (employment.length === 0) return <NoData what="employment series for this occupation" />;
  const latest = projections[projections.length - 1];
  const match = latest?.vintage.match(/^(\d{4})-(\d{2})$/);
  const projection =
    latest && match && latest.base !== null && latest.projected !== null
      ? {
          from: Number(match[1]),
          to: 2000 + Number(match[2]),
          base: Math.round(latest.base * 1000),
          projected: Math.round(latest.projected * 1000),
        }
      : null;
  const rows: Record<string, number | null>[] = employment.map((e) => ({
    year: e.year,
    employment: e.employment,
    projection: null,
  }));
  if (projection) {
    const at = rows.find((r) => r.year === projection.from);
    if (at) at.projection = projection.base;
    else rows.push({ year: projection.from, employment: null, projection: projection.base });
    rows.push({ year: projection.to, employment: null, projection: projection.projected });
  }
  const first = employment[0]!;
  const last = employment[employment.length - 1]!;
  const shared =
    o.sharedWith > 0
      ? ` These are all the workers of SOC ${o.employmentCode}${o.employmentTitle ? ` (${o.employmentTitle})` : ''}, ${sharedText(o.sharedWith)}; BLS publishes no count below the SOC code.`
      : '';
  return (
    <div className="grid2">
      <ChartFrame
        title="Employment"
        summary={`${fmt(first.employment)} workers in ${first.year}, ${fmt(last.employment)} in ${last.year}${projection ? `; BLS projects ${fmt(projection.projected)} by ${projection.to} (${latest?.changePercent ?? '—'}%)` : ''}.`}
        csv={csvHref(view)}
        note={`OEWS wage-and-salary employment.${shared}${projection ? ' The BLS projection counts all jobs, including the self-employed, so its base can differ from OEWS.' : ''}`}
      >
        <LinesChart
          data={rows}
          series={[
            { key: 'employment', name: 'Employment (OEWS)' },
            ...(projection ? [{ key: 'projection', name: `BLS projection ${latest?.vintage}` }] : []),
          ]}
          dashed={['projection']}
          xLabel="Year"
          yLabel="Workers"
          yFormat="compact"
        />
      </ChartFrame>
      <ChartFrame
        title="Median annual wage"
        summary={`Median wage ${fmt(first.medianWage, 'usd')} in ${first.year} and ${fmt(last.medianWage, 'usd')} in ${last.year} (nominal dollars).`}
        csv={csvHref(view)}
      >
        <LinesChart
          data={employment.map((e) => ({ year: e.year, wage: e.medianWage }))}
          series={[{ key: 'wage', name: 'Median wage (USD, nominal)' }]}
          xLabel="Year"
          yLabel="USD per year"
          yFormat="compact"
        />
      </ChartFrame>
    </div>
  );
}
