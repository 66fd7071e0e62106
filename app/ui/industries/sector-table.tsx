import type { SectorSortKey } from '@/lib/analytics/industry-sort';
import type { IndustriesQuery } from '@/lib/views/industry-filters';
import type { IndustriesView } from '@/lib/db/queries/industries';
import { type Column, DataTable, defineTable } from '../data-table';
import { fmt } from '../format';
import { TitleWithCode } from '../title-cell';
import { sortedKey } from '../table-sort';
import { industriesQueryString } from './query-string';
import { exposureColumn } from '../exposure-interval';

type Sector = IndustriesView['sectors'][number];

const COLUMNS: readonly (Column<Sector> & { key: SectorSortKey })[] = [
  {
    key: 'title',
    label: 'Sector',
    sortable: true,
    cell: (s) => <TitleWithCode title={s.title} href={`/industries/${s.naics}`} code={`NAICS ${s.naics}`} />,
  },
  { key: 'workers', label: 'Workers', numeric: true, sortable: true, cell: (s) => fmt(s.workers) },
  exposureColumn(),
  {
    key: 'topQuintileShare',
    label: 'In most exposed quintile',
    numeric: true,
    narrow: true,
    sortable: true,
    cell: (s) => fmt(s.topQuintileShare, 'pct'),
  },
  {
    key: 'automationShare',
    label: 'Automation / augmentation',
    numeric: true,
    narrow: true,
    sortable: true,
    cell: (s) =>
      s.automationShare === null ? '—' : `${fmt(s.automationShare, 'pct')} / ${fmt(s.augmentationShare, 'pct')}`,
  },
  {
    key: 'exposedWorkers',
    label: 'Exposed workers',
    numeric: true,
    sortable: true,
    cell: (s) => fmt(s.exposedWorkers),
  },
];

const TABLE = defineTable(COLUMNS, (s) => s.naics);

/** Sectors with every figure; each header is a link that toggles its sort (state in the URL). */
export function SectorTable({ view }: { view: IndustriesView }) {
  // Numbers rank largest first on the first click, names A–Z; a second click reverses.
  const sort = {
    current: view.sort,
    numbersFirstDescending: true,
    href: (next: string) => `/industries${industriesQueryString({ sort: next as IndustriesQuery['sort'] })}`,
  };
  return (
    <DataTable
      label="NAICS sectors"
      testId="sector-table"
      caption={`NAICS sectors sorted by ${sortedKey(sort)}`}
      captionClass="visually-hidden"
      sort={sort}
      table={TABLE}
      rows={view.sectors}
    />
  );
}
