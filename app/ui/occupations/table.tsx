import Link from 'next/link';
import type { SortKey } from '@/lib/analytics/filter';
import type { OccupationsQuery } from '@/lib/views/filters';
import { majorGroupTitle } from '@/lib/analytics/soc';
import type { OccupationsPage } from '@/lib/db/queries/occupations';
import { fmt } from '../format';
import { WorkersCell } from '../workers-cell';
import { explorerQuery } from './query-string';
import { TableScroll } from '../table-scroll';

const COLUMNS: { key: SortKey; label: string; numeric?: boolean; narrow?: boolean }[] = [
  { key: 'title', label: 'Occupation' },
  { key: 'code', label: 'O*NET-SOC', narrow: true },
  { key: 'jobZone', label: 'Job zone', numeric: true, narrow: true },
  { key: 'exposure', label: 'Exposure (interval)', numeric: true },
  { key: 'employment', label: 'Workers (SOC code)', numeric: true },
  { key: 'wage', label: 'Median wage', numeric: true, narrow: true },
];

/** The sortable table: each header is a link that toggles its sort, announced through aria-sort. */
export function OccupationTable({ q, page }: { q: OccupationsQuery; page: OccupationsPage }) {
  const current = q.sort.replace(/^-/, '');
  const desc = q.sort.startsWith('-');
  return (
    <TableScroll label="Occupations">
      <table data-testid="occupation-table">
        <caption className="visually-hidden">Occupations matching the filters, sorted by {current}</caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => {
              const active = c.key === current;
              const next = active && !desc ? `-${c.key}` : c.key;
              return (
                <th
                  key={c.key}
                  className={`${c.numeric ? 'num' : ''} ${c.narrow ? 'hide-narrow' : ''}`}
                  aria-sort={active ? (desc ? 'descending' : 'ascending') : 'none'}
                >
                  <Link href={`/occupations${explorerQuery(q, { sort: next as OccupationsQuery['sort'], page: 1 })}`}>
                    {c.label} {active ? (desc ? '▼' : '▲') : ''}
                  </Link>
                </th>
              );
            })}
            <th className="hide-narrow">Major group</th>
          </tr>
        </thead>
        <tbody>
          {page.items.map((o) => (
            <tr key={o.code}>
              <td>
                <Link href={`/occupations/${o.code}`}>{o.title}</Link>
                {o.why ? <div className="small">matched {o.why}</div> : null}
              </td>
              <td className="hide-narrow">{o.code}</td>
              <td className="num hide-narrow">{o.jobZone ?? '—'}</td>
              <td className="num">
                {fmt(o.exposure, 'score')}
                {o.exposure !== null ? <span className="small hide-narrow"> ({fmt(o.exposureLow, 'score')}–{fmt(o.exposureHigh, 'score')})</span> : null}
              </td>
              <td className="num">
                <WorkersCell o={o} />
              </td>
              <td className="num hide-narrow">{fmt(o.medianWage, 'usd')}</td>
              <td className="hide-narrow small">{majorGroupTitle(o.majorGroup)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
