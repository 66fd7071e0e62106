import type { Metadata } from 'next';
import Link from 'next/link';
import { parseParams } from '@/lib/http/params';
import { occupationsQuery, type OccupationsQuery } from '@/lib/views/filters';
import { fetchOccupations } from '@/lib/db/queries/occupations';
import { NoData, NoScores } from '../ui/empty-state';
import { fmt } from '../ui/format';
import { Filters } from '../ui/occupations/filters';
import { explorerQuery, exportQuery } from '../ui/occupations/query-string';
import { OccupationTable } from '../ui/occupations/table';
import { Skeleton } from '../ui/skeleton';
import { withBom } from '../ui/csv-links';
import { Widget } from '../ui/widget';
import { HowComputed } from '../ui/how-computed';
import { CURRENT_ONET } from '@/lib/db/onet-release';

export const metadata: Metadata = { title: 'Occupations' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

async function Results({ q }: { q: OccupationsQuery }) {
  const page = await fetchOccupations(q);
  if (page.total === 0 && !q.q && !q.group) return <NoData what="occupations" />;
  const pages = Math.max(1, Math.ceil(page.total / q.pageSize));
  const exportAll = `/api/export/occupations.csv${exportQuery(q, false)}`;
  const exportPage = `/api/export/occupations.csv${exportQuery(q, true)}`;
  return (
    <>
      {!page.modelVersion ? <NoScores /> : null}
      <p className="meta" data-testid="match-count" aria-live="polite">
        <strong>{fmt(page.total)}</strong> occupations match; their SOC codes hold <strong>{fmt(page.workers)}</strong>{' '}
        workers (OEWS {page.employmentYear ?? '—'}, each SOC code counted once). Page {q.page} of {pages}. Download CSV:{' '}
        <a href={exportPage} download>
          rows on this page
        </a>{' '}
        ·{' '}
        <a href={exportAll} download>
          all {fmt(page.total)} matching rows
        </a>{' '}
        ·{' '}
        <a href={withBom(exportAll)} download>
          all rows for Excel (UTF-8 BOM)
        </a>
      </p>
      {page.items.length > 0 ? <OccupationTable q={q} page={page} /> : <p>No occupation matches these filters.</p>}
      <nav className="pager" aria-label="Pages">
        {q.page > 1 ? <Link href={`/occupations${explorerQuery(q, { page: q.page - 1 })}`}>← Previous</Link> : null}
        <span className="small">
          Page {q.page} of {pages}
        </span>
        {q.page < pages ? <Link href={`/occupations${explorerQuery(q, { page: q.page + 1 })}`}>Next →</Link> : null}
      </nav>
    </>
  );
}

/** Occupation explorer: search, filters, sortable paginated table; all state lives in the URL. */
export default async function OccupationsPage({ searchParams }: { searchParams: SearchParams }) {
  const parsed = parseParams(occupationsQuery, await searchParams);
  return (
    <>
      <h1>Occupations</h1>
      <p className="lead">
        Search 1,016 O*NET {CURRENT_ONET} occupations by title or task text (&quot;accountant&quot; finds Accountants
        and Auditors), filter and sort. Every view is a link you can share. Exposure scores: <HowComputed />
      </p>
      {parsed.ok ? (
        <>
          <Filters q={parsed.data} />
          <Widget
            what="the matching occupations"
            key={JSON.stringify(parsed.data)}
            fallback={<Skeleton height={600} />}
          >
            <Results q={parsed.data} />
          </Widget>
        </>
      ) : (
        <div className="error" role="alert">
          {parsed.message}. <a href="/occupations">Reset the filters</a>.
        </div>
      )}
    </>
  );
}
