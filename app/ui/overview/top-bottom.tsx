import Link from 'next/link';
import type { OverviewOccupation } from '@/lib/analytics/overview';
import { fmt } from '../format';
import { WorkersCell } from '../workers-cell';
import { getOverview } from './data';
import { TableScroll } from '../table-scroll';
import { CsvLinks } from '../csv-links';
import { overviewTopView } from '@/lib/views/overview';
import { csvHref, drawView } from '../view-rows';

function OccTable({ caption, rows }: { caption: string; rows: OverviewOccupation[] }) {
  return (
    <TableScroll label={caption}>
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th>Occupation</th>
            <th className="num">Exposure</th>
            <th className="num">Workers (SOC code)</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((o) => (
            <tr key={o.code}>
              <td>
                <Link href={`/occupations/${o.code}`}>{o.title}</Link>
              </td>
              <td className="num">{fmt(o.exposure, 'score')}</td>
              <td className="num">
                <WorkersCell o={o} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
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
