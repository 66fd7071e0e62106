import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { industryQuery, naicsSector } from '@/lib/views/industry-filters';
import { decodeRouteParam, parseParams } from '@/lib/http/params';
import { fetchIndustry } from '@/lib/db/queries/industries';
import { ChartFrame } from '../../ui/chart-frame';
import { CsvLinks } from '../../ui/csv-links';
import { NoScores } from '../../ui/empty-state';
import { fmt } from '../../ui/format';
import { IndustryOccupationTable } from '../../ui/industries/occupation-table';
import { industryExportQuery, industryQueryString } from '../../ui/industries/query-string';
import { RankChart } from '../../ui/industries/rank-chart';
import { industryOccupationsView } from '@/lib/views/industry';
import { csvHref, drawView } from '../../ui/view-rows';

/** A query string as the plain object a view is opened with. */
const queryOf = (qs: string) => Object.fromEntries(new URLSearchParams(qs));

type Params = Promise<{ sector: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The route's sector, decoded, or null when it is not a NAICS sector code. */
async function sectorOf(params: Params): Promise<string | null> {
  const sector = decodeRouteParam((await params).sector);
  return sector !== null && naicsSector.safeParse(sector).success ? sector : null;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const sector = await sectorOf(params);
  const view = sector ? await fetchIndustry(sector, industryQuery.parse({})) : null;
  return { title: view ? `${view.sector.title} — industries` : 'Not found' };
}

/** One sector: its figures, a chart of the occupations with most exposed workers and every occupation, paged. */
export default async function IndustryPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  await connection();
  const sector = await sectorOf(params);
  if (!sector) notFound();
  const parsed = parseParams(industryQuery, await searchParams);
  const q = parsed.ok ? parsed.data : industryQuery.parse({});
  const view = await fetchIndustry(sector, q);
  if (!view) notFound();
  const s = view.sector;
  const pages = Math.max(1, Math.ceil(view.total / q.pageSize));
  const base = `/industries/${s.naics}`;
  // The chart and the table draw the rows of the CSV links beside them (the industry-occupations view).
  const [topRows, pageRows] = await Promise.all([
    drawView(
      industryOccupationsView,
      queryOf(industryExportQuery(s.naics, { sort: '-exposedWorkers', page: 1, pageSize: 15 }, true)),
    ),
    drawView(industryOccupationsView, queryOf(industryExportQuery(s.naics, q, true))),
  ]);
  // An unscored occupation has no exposed-worker figure to plot; its CSV row keeps the empty cell.
  const top = topRows.rows.filter((o) => o.exposedWorkers !== null);
  return (
    <>
      <p className="small">
        <Link href="/industries">← All industries</Link>
      </p>
      <h1>{s.title}</h1>
      {!parsed.ok ? (
        <div className="error" role="alert">
          {parsed.message}. Showing the default ranking; <Link href={base}>reset</Link>.
        </div>
      ) : null}
      {!view.modelVersion ? <NoScores /> : null}
      <p className="meta" data-testid="sector-summary">
        NAICS {s.naics} · <strong>{fmt(s.workers)}</strong> workers (OEWS May {view.year}) · exposure{' '}
        <strong>{fmt(s.exposure, 'score')}</strong> ({fmt(s.exposureLow, 'score')}–{fmt(s.exposureHigh, 'score')}) ·{' '}
        {fmt(s.topQuintileShare, 'pct')} in the most exposed quintile · exposed tasks {fmt(s.automationShare, 'pct')}{' '}
        automation / {fmt(s.augmentationShare, 'pct')} augmentation · <strong>{fmt(s.exposedWorkers)}</strong> exposed
        workers. Weighted figures cover the {fmt(s.workersScored)} workers in scored occupations.
      </p>
      {top.length > 0 ? (
        <ChartFrame
          title="Occupations with the most exposed workers"
          summary={`${top[0]!.title}: ${fmt(top[0]!.exposedWorkers)} exposed workers of ${fmt(top[0]!.workers)}.`}
          csv={csvHref(topRows)}
        >
          <RankChart
            data={top.map((o) => ({ label: o.title, value: o.exposedWorkers! }))}
            xLabel="Exposed workers (workers × exposure)"
            xFormat="compact"
          />
        </ChartFrame>
      ) : null}
      <section className="panel">
        <div className="panel-head" style={{ display: 'flex', justifyContent: 'space-between', flexWrap: 'wrap' }}>
          <h2>Occupations in {s.title}</h2>
          <CsvLinks href={`/api/export/industry-occupations.csv${industryExportQuery(s.naics, q, false)}`} />
        </div>
        <p className="meta">
          {fmt(view.total)} occupations (SOC codes as OEWS publishes them for this sector). Page {q.page} of {pages}.{' '}
          <a href={csvHref(pageRows)} download>
            CSV of this page
          </a>
        </p>
        <IndustryOccupationTable view={{ ...view, occupations: pageRows.rows }} />
        <nav className="pager" aria-label="Pages">
          {q.page > 1 ? <Link href={`${base}${industryQueryString(q, { page: q.page - 1 })}`}>← Previous</Link> : null}
          <span className="small">
            Page {q.page} of {pages}
          </span>
          {q.page < pages ? <Link href={`${base}${industryQueryString(q, { page: q.page + 1 })}`}>Next →</Link> : null}
        </nav>
      </section>
      <p className="note">
        Workers are as BLS publishes them for this sector and SOC code (an OEWS aggregate such as 13-1020 is scored from
        the O*NET occupations beneath it). Exposed workers = workers × exposure, the number of workers&apos; worth of
        exposed work, not a head count. National quintile: where the code ranks among all U.S. workers (Q5 = the most
        exposed fifth). Automation share: of the code&apos;s exposed tasks, the share the model leans to automation.
      </p>
    </>
  );
}
