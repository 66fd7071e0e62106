import Link from 'next/link';
import type { OccupationSortKey } from '@/lib/analytics/industry-sort';
import type { IndustryQuery } from '@/lib/views/industry-filters';
import type { IndustryView } from '@/lib/db/queries/industries';
import { type Column, DataTable, defineTable } from '../data-table';
import { exposureColumn } from '../exposure-interval';
import { fmt } from '../format';
import { TitleWithCode } from '../title-cell';
import { sortedKey } from '../table-sort';
import { industryQueryString } from './query-string';

type Row = IndustryView['occupations'][number];

/** The O*NET occupations behind a SOC code: a link to each, so the code's score can be traced. */
function OnetLinks({ codes }: { codes: string[] }) {
  if (codes.length <= 1) return null;
  return (
    <div className="small">
      {codes.length} O*NET occupations:{' '}
      {codes.map((c, i) => (
        <span key={c}>
          {i > 0 ? ', ' : ''}
          <Link href={`/occupations/${c}`}>{c}</Link>
        </span>
      ))}
    </div>
  );
}

const COLUMNS: readonly (Column<Row> & { key: OccupationSortKey | 'quintile' })[] = [
  {
    key: 'title',
    label: 'Occupation (SOC)',
    sortable: true,
    cell: (o) => (
      <>
        <TitleWithCode
          title={o.title}
          href={o.onetCodes.length === 1 ? `/occupations/${o.onetCodes[0]}` : null}
          code={o.occCode}
        />
        <OnetLinks codes={o.onetCodes} />
      </>
    ),
  },
  { key: 'workers', label: 'Workers in sector', numeric: true, sortable: true, cell: (o) => fmt(o.workers) },
  exposureColumn(),
  {
    key: 'automationShare',
    label: 'Automation share',
    numeric: true,
    narrow: true,
    sortable: true,
    cell: (o) => fmt(o.automationShare, 'pct'),
  },
  {
    key: 'exposedWorkers',
    label: 'Exposed workers',
    numeric: true,
    sortable: true,
    cell: (o) => fmt(o.exposedWorkers),
  },
  {
    key: 'quintile',
    label: 'National quintile',
    numeric: true,
    narrow: true,
    cell: (o) => (o.quintile === null ? '—' : `Q${o.quintile}`),
  },
];

const TABLE = defineTable(COLUMNS, (o) => o.occCode);

/** A sector's occupations at the SOC level, sortable by any column (state in the URL). */
export function IndustryOccupationTable({ view }: { view: IndustryView }) {
  const q: IndustryQuery = { sort: view.sort, page: view.page, pageSize: view.pageSize };
  const base = `/industries/${view.sector.naics}`;
  const sort = {
    current: view.sort,
    numbersFirstDescending: true,
    href: (next: string) => `${base}${industryQueryString(q, { sort: next as IndustryQuery['sort'], page: 1 })}`,
  };
  return (
    <DataTable
      label={`Occupations in ${view.sector.title}`}
      testId="industry-occupation-table"
      caption={`Occupations in ${view.sector.title}, sorted by ${sortedKey(sort)}`}
      captionClass="visually-hidden"
      sort={sort}
      table={TABLE}
      rows={view.occupations}
    />
  );
}
