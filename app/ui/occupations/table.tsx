import Link from 'next/link';
import type { SortKey } from '@/lib/analytics/filter';
import { majorGroupTitle } from '@/lib/analytics/soc';
import type { OccupationsQuery } from '@/lib/views/filters';
import type { OccupationsPage } from '@/lib/db/queries/occupations';
import { type Column, DataTable, defineTable } from '../data-table';
import { exposureColumn } from '../exposure-interval';
import { fmt } from '../format';
import { sortedKey } from '../table-sort';
import { WorkersCell } from '../workers-cell';
import { explorerQuery } from './query-string';

type Row = OccupationsPage['items'][number];

const COLUMNS: readonly (Column<Row> & { key: SortKey | 'majorGroup' })[] = [
  {
    key: 'title',
    label: 'Occupation',
    sortable: true,
    cell: (o) => (
      <>
        <Link href={`/occupations/${o.code}`}>{o.title}</Link>
        {o.why ? <div className="small">matched {o.why}</div> : null}
      </>
    ),
  },
  { key: 'code', label: 'O*NET-SOC', narrow: true, sortable: true, cell: (o) => o.code },
  { key: 'jobZone', label: 'Job zone', numeric: true, narrow: true, sortable: true, cell: (o) => o.jobZone ?? '—' },
  exposureColumn(),
  { key: 'employment', label: 'Workers (SOC code)', numeric: true, sortable: true, cell: (o) => <WorkersCell o={o} /> },
  {
    key: 'wage',
    label: 'Median wage',
    numeric: true,
    narrow: true,
    sortable: true,
    cell: (o) => fmt(o.medianWage, 'usd'),
  },
  {
    key: 'majorGroup',
    label: 'Major group',
    narrow: true,
    cellClass: 'small',
    cell: (o) => majorGroupTitle(o.majorGroup),
  },
];

const TABLE = defineTable(COLUMNS, (o) => o.code);

/** The sortable table: each header is a link that toggles its sort, announced through aria-sort. */
export function OccupationTable({ q, page }: { q: OccupationsQuery; page: OccupationsPage }) {
  const sort = {
    current: q.sort,
    href: (next: string) => `/occupations${explorerQuery(q, { sort: next as OccupationsQuery['sort'], page: 1 })}`,
  };
  return (
    <DataTable
      label="Occupations"
      testId="occupation-table"
      caption={`Occupations matching the filters, sorted by ${sortedKey(sort)}`}
      captionClass="visually-hidden"
      sort={sort}
      table={TABLE}
      rows={page.items}
    />
  );
}
