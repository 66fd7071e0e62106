import type { Metadata } from 'next';
import { connection } from 'next/server';
import type { GroupResult } from '@/lib/analytics/scenario/simulate';
import { parseParams } from '@/lib/http/params';
import { type ScenarioQuery, scenarioQuery, scenarioQueryString } from '@/lib/views/scenario-filters';
import { fetchScenario } from '@/lib/db/queries/scenarios';
import { ChartFrame } from '../ui/chart-frame';
import { CsvLinks } from '../ui/csv-links';
import { NoData, NoScores } from '../ui/empty-state';
import { fmt } from '../ui/format';
import { RankChart, type RankedBar } from '../ui/industries/rank-chart';
import { ScenarioControls } from '../ui/scenarios/controls';
import { ScenarioFormula } from '../ui/scenarios/formula';
import { ScenarioOccupationTable, TABLE_ROWS } from '../ui/scenarios/occupation-table';
import { PresetSources } from '../ui/scenarios/presets';
import { Skeleton } from '../ui/skeleton';
import { Widget } from '../ui/widget';
import { scenarioGroupsView, scenarioIndustriesView } from '@/lib/views/scenario';
import { csvHref, drawView } from '../ui/view-rows';

export const metadata: Metadata = { title: 'Scenario simulator' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Change vs baseline in % with the band as whiskers, largest fall first. */
const changeBars = (groups: readonly GroupResult[]): RankedBar[] =>
  groups
    .filter((g) => g.baseline > 0)
    .map((g) => {
      const value = g.change / g.baseline;
      const low = g.scenarioLow / g.baseline - 1;
      const high = g.scenarioHigh / g.baseline - 1;
      return {
        label: g.title,
        value,
        error: [Math.max(0, value - low), Math.max(0, high - value)] as [number, number],
      };
    })
    .sort((a, b) => a.value - b.value);

async function Results({ q }: { q: ScenarioQuery }) {
  const v = await fetchScenario(q);
  if (v.occupations.length === 0) return v.modelVersion ? <NoData what="BLS employment projections" /> : <NoScores />;
  const qs = scenarioQueryString(v.inputs);
  const t = v.total;
  // The charts draw the rows their CSVs export (the groups' file also carries the total, shown in the headline above).
  const query = Object.fromEntries(new URLSearchParams(qs));
  const [groups, industries] = await Promise.all([
    drawView(scenarioGroupsView, query),
    drawView(scenarioIndustriesView, query),
  ]);
  const groupBars = changeBars(groups.rows.filter((g) => g.key !== 'total'));
  const sectorBars = changeBars(industries.rows);
  const worst = groupBars[0];
  const worstSector = sectorBars[0];
  return (
    <>
      <section className="panel" aria-labelledby="headline-title" data-testid="scenario-headline">
        <h2 id="headline-title">Employment in {v.inputs.horizon}: baseline vs this scenario</h2>
        <p>
          Baseline <strong data-testid="scenario-baseline">{fmt(t.baseline)}</strong> jobs; scenario{' '}
          <strong data-testid="scenario-total">{fmt(t.scenario)}</strong> (10th–90th percentile {fmt(t.scenarioLow)}–
          {fmt(t.scenarioHigh)}), a change of <strong>{fmt(t.change)}</strong> ({fmt(t.change / t.baseline, 'pct1')}).
        </p>
        <p>
          Workers whose task mix changes: <strong>{fmt(t.taskMixWorkers)}</strong>. Hours saved:{' '}
          <strong>{fmt(t.hoursSaved)}</strong> worker-equivalents, of which {fmt(1 - v.inputs.demand, 'pct')} become
          fewer hours and {fmt(v.inputs.demand, 'pct')} more output.
        </p>
        <p className="small">
          {fmt(v.occupations.length)} occupations of the BLS {v.projectionVintage} projection with a model score (model{' '}
          {v.modelVersion})
          {v.unscored.occupations > 0
            ? `; ${v.unscored.occupations} without one (${fmt(v.unscored.workers)} jobs in 2024) are left out`
            : ''}
          .
        </p>
      </section>
      <div className="grid2">
        <ChartFrame
          title="Change vs baseline by major group"
          summary={
            worst
              ? `Largest change: ${worst.label} at ${fmt(worst.value, 'pct1')} of its ${v.inputs.horizon} baseline.`
              : 'No major group.'
          }
          csv={csvHref(groups)}
          note="Whiskers: 10th–90th percentile over the draws of each occupation's exposure interval."
        >
          <RankChart data={groupBars} xLabel="Change vs baseline" xFormat="pct1" />
        </ChartFrame>
        <ChartFrame
          title="Change vs baseline by industry"
          summary={
            worstSector
              ? `Largest change: ${worstSector.label} at ${fmt(worstSector.value, 'pct1')}.`
              : 'No OEWS industry data loaded.'
          }
          csv={csvHref(industries)}
          note={`Each sector's OEWS May ${v.industryYear ?? '—'} workers by occupation, carried to ${v.inputs.horizon} with that occupation's national baseline growth and scenario change (BLS projects by industry too, but that matrix is not loaded). Cells BLS suppresses are left out.`}
        >
          <RankChart data={sectorBars} xLabel="Change vs baseline" xFormat="pct1" />
        </ChartFrame>
      </div>
      <section className="panel">
        <div className="panel-head" style={{ display: 'flex', justifyContent: 'space-between', flexWrap: 'wrap' }}>
          <h2>Occupations</h2>
          <CsvLinks
            href={`/api/export/scenario-occupations.csv${scenarioQueryString({ ...v.inputs, sort: v.sort })}`}
            of="the scenario's occupations"
          />
        </div>
        <p className="small">
          {v.occupations.length > TABLE_ROWS
            ? `The first ${TABLE_ROWS} of ${fmt(v.occupations.length)} by the chosen order; the CSV holds all. `
            : ''}
          Baseline and scenario in jobs at the horizon, counted at the code BLS projects.
        </p>
        <ScenarioOccupationTable view={v} />
      </section>
    </>
  );
}

/** The scenario simulator: a transparent what-if calculator over the BLS projection; every input lives in the URL. */
export default async function ScenariosPage({ searchParams }: { searchParams: SearchParams }) {
  await connection();
  const parsed = parseParams(scenarioQuery, await searchParams);
  return (
    <>
      <h1>Scenario simulator</h1>
      <p className="lead">
        <strong>A what-if calculator, not a forecast.</strong> Choose how far AI is adopted on exposed work and what it
        does to that work; the page shows what that would imply for employment against the BLS 2024–34 projection, by
        occupation, major group and industry. Every number follows from the inputs by the formula below.
      </p>
      {parsed.ok ? (
        <>
          <ScenarioControls inputs={parsed.data} sort={parsed.data.sort} />
          <Widget what="the scenario" fallback={<Skeleton height={900} />}>
            <Results q={parsed.data} />
          </Widget>
        </>
      ) : (
        <div className="error" role="alert">
          {parsed.message}. <a href="/scenarios">Reset the scenario</a>.
        </div>
      )}
      <ScenarioFormula />
      <PresetSources />
    </>
  );
}
