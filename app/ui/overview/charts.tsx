import { BarList, ColumnChart } from '../charts-client';
import { ChartFrame } from '../chart-frame';
import { fmt } from '../format';
import { getOverview } from './data';
import { overviewGroupsView, overviewHistogramView } from '@/lib/views/overview';
import { csvHref, drawView } from '../view-rows';

/** Employment-weighted histogram of occupation exposure. */
export async function ExposureHistogram() {
  const { summary, model } = await getOverview();
  if (!model || summary.scoredOccupations === 0) return null;
  const view = await drawView(overviewHistogramView);
  const data = view.rows.map((b) => ({ label: `${b.from.toFixed(2)}–${b.to.toFixed(2)}`, value: b.weight }));
  const peak = view.rows.reduce((a, b) => (b.weight > a.weight ? b : a), view.rows[0]!);
  return (
    <ChartFrame
      title="Exposure, weighted by employment"
      summary={`Workers by their occupation's exposure score in ${view.rows.length} bins; the largest bin, ${peak.from.toFixed(2)}–${peak.to.toFixed(2)}, holds ${fmt(peak.share, 'pct')} of ${fmt(summary.workersCovered)} workers.`}
      csv={csvHref(view)}
    >
      <ColumnChart data={data} xLabel="Exposure score" yLabel="Workers" yFormat="compact" />
    </ChartFrame>
  );
}

/** Employment-weighted mean exposure per SOC major group. */
export async function MajorGroups() {
  const { summary, model } = await getOverview();
  if (!model || summary.scoredOccupations === 0) return null;
  const view = await drawView(overviewGroupsView);
  const groups = view.rows;
  const top = groups[0];
  const bottom = groups[groups.length - 1];
  return (
    <ChartFrame
      title="Exposure by SOC major group"
      summary={
        top && bottom
          ? `Most exposed: ${top.title} (${fmt(top.meanExposure, 'score')}); least: ${bottom.title} (${fmt(bottom.meanExposure, 'score')}).`
          : 'No groups.'
      }
      csv={csvHref(view)}
    >
      <BarList
        data={groups.map((g) => ({ label: g.title, value: g.meanExposure }))}
        xLabel="Mean exposure (employment-weighted)"
      />
    </ChartFrame>
  );
}
