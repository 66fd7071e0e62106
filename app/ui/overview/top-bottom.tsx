import Link from 'next/link';
import type { OverviewOccupation } from '@/lib/analytics/overview';
import { CsvLinks } from '../csv-links';
import { type Column, DataTable, defineTable } from '../data-table';
import { fmt } from '../format';
import { WorkersCell } from '../workers-cell';
import { overviewTopView } from '@/lib/views/overview';
import { csvHref, drawView } from '../view-rows';
import { getOverview } from './data';

const COLUMNS: readonly Column<OverviewOccupation>[] = [
  { key: 'title', label: 'Occupation', cell: (o) => <Link href={`/occupations/${o.code}`}>{o.title}</Link> },
  { key: 'exposure', label: 'Exposure', numeric: true, cell: (o) => fmt(o.exposure, 'score') },
  { key: 'workers', label: 'Workers (SOC code)', numeric: true, cell: (o) => <WorkersCell o={o} /> },
];

const TABLE = defineTable(COLUMNS, (o) => o.code);

function OccTable({ caption, rows }: { caption: string; rows: OverviewOccupation[] }) {
  return <DataTable label={caption} caption={caption} captionClass="visually-hidden" table={TABLE} rows={rows} />;
}

/** The ten most and ten least exposed occupations (among those with employment). */
export async function TopBottom() {
  const { summary, model } = await getOverview();
  if (!model || summary.mostExposed.length === 0) return null;
  const view = await drawView(overviewTopView);
  return (
    <section className="panel">
      <div className="panel-head" style={{ display: 'flex', justifyContent: 'space-between', flexWrap: 'wrap' }}>
        <h2>Most and least exposed occupations</h2>
        <CsvLinks href={csvHref(view)} of="Most and least exposed occupations" />
      </div>
      <div className="grid2">
        <div>
          <h3>Ten most exposed</h3>
          <OccTable caption="Ten most exposed occupations" rows={view.rows.filter((r) => r.list === 'most')} />
        </div>
        <div>
          <h3>Ten least exposed</h3>
          <OccTable caption="Ten least exposed occupations" rows={view.rows.filter((r) => r.list === 'least')} />
        </div>
      </div>
    </section>
  );
}
