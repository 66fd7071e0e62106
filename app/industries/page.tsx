import type { Metadata } from 'next';
import { connection } from 'next/server';
import { industriesQuery, type IndustriesQuery } from '@/lib/views/industry-filters';
import { parseParams } from '@/lib/http/params';
import { fetchIndustries } from '@/lib/db/queries/industries';
import { industriesView } from '@/lib/views/industry';
import { csvHref, drawView } from '../ui/view-rows';
import { ChartFrame } from '../ui/chart-frame';
import { CsvLinks } from '../ui/csv-links';
import { NoData, NoScores } from '../ui/empty-state';
import { fmt } from '../ui/format';
import { industriesQueryString } from '../ui/industries/query-string';
import { measureOf, SECTOR_MEASURES } from '../ui/industries/measures';
import { RankChart } from '../ui/industries/rank-chart';
import { SectorTable } from '../ui/industries/sector-table';
import { Skeleton } from '../ui/skeleton';
import { Widget } from '../ui/widget';
import { HowComputed } from '../ui/how-computed';

export const metadata: Metadata = { title: 'Industries' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

async function Sectors({ q }: { q: IndustriesQuery }) {
  // The chart and the table draw the industries view's rows, the rows of the CSV link beside them.
  const drawn = await drawView(industriesView, Object.fromEntries(new URLSearchParams(industriesQueryString(q))));
  const view = { ...(await fetchIndustries(q)), sectors: drawn.rows };
  if (view.sectors.length === 0) return <NoData what="OEWS industry employment" />;
  const key = measureOf(q.sort);
  const measure = SECTOR_MEASURES[key];
  const ranked = view.sectors.filter((s) => s[key] !== null);
  const chart = ranked.map((s) => {
    const [low, high] = measure.interval?.(s) ?? [null, null];
    const value = s[key] as number;
    return {
      label: s.title,
      value,
      error: low !== null && high !== null ? ([value - low, high - value] as [number, number]) : undefined,
    };
  });
  const top = ranked[0];
  const csv = csvHref(drawn);
  return (
    <>
      {!view.modelVersion ? <NoScores /> : null}
      <p className="meta" data-testid="industry-total">
        <strong>{view.sectors.length}</strong> NAICS sectors holding <strong>{fmt(view.workers)}</strong> workers (OEWS
        May {view.year}
        {view.modelVersion ? `, model ${view.modelVersion}` : ''}).
      </p>
      {view.modelVersion && top ? (
        <ChartFrame
          title={`Sectors ranked by ${measure.label.toLowerCase()}`}
          summary={`${top.title} ranks first at ${fmt(top[key], measure.format)}; ${ranked[ranked.length - 1]!.title} last at ${fmt(ranked[ranked.length - 1]![key], measure.format)}.`}
          csv={csv}
          note={
            measure.interval
              ? 'Whiskers: the 80% interval, from the employment-weighted lower and upper bounds of the occupations\u2019 scores.'
              : undefined
          }
        >
          <RankChart data={chart} xLabel={measure.label} xFormat={measure.format} />
        </ChartFrame>
      ) : null}
      <section className="panel">
        <div className="panel-head" style={{ display: 'flex', justifyContent: 'space-between', flexWrap: 'wrap' }}>
          <h2>All sectors</h2>
          <CsvLinks href={csv} />
        </div>
        <SectorTable view={view} />
      </section>
    </>
  );
}

/** Exposure by NAICS sector, ranked by any measure; the ranking lives in the URL (?sort=). */
export default async function IndustriesPage({ searchParams }: { searchParams: SearchParams }) {
  await connection();
  const parsed = parseParams(industriesQuery, await searchParams);
  return (
    <>
      <h1>Exposure by industry</h1>
      <p className="lead">
        Each sector&apos;s workers as BLS counts them (OEWS national industry estimates), and the model&apos;s exposure
        of the occupations they work in: one score per SOC code (the mean of its O*NET occupations), weighted by the
        sector&apos;s workers in that code. Choose a sector to see its occupations. Exposure scores: <HowComputed />
      </p>
      {parsed.ok ? (
        <Widget what="the sectors" key={parsed.data.sort} fallback={<Skeleton height={900} />}>
          <Sectors q={parsed.data} />
        </Widget>
      ) : (
        <div className="error" role="alert">
          {parsed.message}. <a href="/industries">Reset the ranking</a>.
        </div>
      )}
      <p className="note">
        Exposed workers = workers × exposure, the number of workers&apos; worth of exposed work (a worker in an
        occupation scored 0.4 counts 0.4), not a head count. The most exposed quintile is the fifth of all U.S. workers,
        summed over sectors, in the most exposed SOC codes. Automation / augmentation: of the exposed tasks of the
        sector&apos;s occupations, the share the model leans to automation, weighted by workers. Occupations BLS
        suppresses in a sector count in its workers but not in its exposure.
      </p>
    </>
  );
}
