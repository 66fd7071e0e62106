import Link from 'next/link';
import type { OccupationSortKey } from '@/lib/analytics/industry-sort';
import type { IndustryQuery } from '@/lib/views/industry-filters';
import type { IndustryView } from '@/lib/db/queries/industries';
import { fmt } from '../format';
import { industryQueryString } from './query-string';
import { TableScroll } from '../table-scroll';

const COLUMNS: { key: OccupationSortKey; label: string; numeric?: boolean; narrow?: boolean }[] = [
  { key: 'title', label: 'Occupation (SOC)' },
  { key: 'workers', label: 'Workers in sector', numeric: true },
  { key: 'exposure', label: 'Exposure (interval)', numeric: true },
  { key: 'automationShare', label: 'Automation share', numeric: true, narrow: true },
  { key: 'exposedWorkers', label: 'Exposed workers', numeric: true },
];

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

/** A sector's occupations at the SOC level, sortable by any column (state in the URL). */
export function IndustryOccupationTable({ view }: { view: IndustryView }) {
  const q: IndustryQuery = { sort: view.sort, page: view.page, pageSize: view.pageSize };
  const current = view.sort.replace(/^-/, '');
  const desc = view.sort.startsWith('-');
  const base = `/industries/${view.sector.naics}`;
  return (
    <TableScroll label={`Occupations in ${view.sector.title}`}>
      <table data-testid="industry-occupation-table">
        <caption className="visually-hidden">Occupations in {view.sector.title}, sorted by {current}</caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => {
              const active = c.key === current;
              const first = c.numeric ? `-${c.key}` : c.key;
              const next = (active ? (desc ? c.key : `-${c.key}`) : first) as IndustryQuery['sort'];
              return (
                <th key={c.key} className={`${c.numeric ? 'num' : ''} ${c.narrow ? 'hide-narrow' : ''}`} aria-sort={active ? (desc ? 'descending' : 'ascending') : 'none'}>
                  <Link href={`${base}${industryQueryString(q, { sort: next, page: 1 })}`}>
                    {c.label} {active ? (desc ? '▼' : '▲') : ''}
                  </Link>
                </th>
              );
            })}
            <th className="num hide-narrow">National quintile</th>
          </tr>
        </thead>
        <tbody>
          {view.occupations.map((o) => (
            <tr key={o.occCode}>
              <td>
                {o.onetCodes.length === 1 ? <Link href={`/occupations/${o.onetCodes[0]}`}>{o.title}</Link> : o.title}{' '}
                <span className="small">{o.occCode}</span>
                <OnetLinks codes={o.onetCodes} />
              </td>
              <td className="num">{fmt(o.workers)}</td>
              <td className="num">
                {fmt(o.exposure, 'score')}
                {o.exposure !== null ? <span className="small hide-narrow"> ({fmt(o.exposureLow, 'score')}–{fmt(o.exposureHigh, 'score')})</span> : null}
              </td>
              <td className="num hide-narrow">{fmt(o.automationShare, 'pct')}</td>
              <td className="num">{fmt(o.exposedWorkers)}</td>
              <td className="num hide-narrow">{o.quintile === null ? '—' : `Q${o.quintile}`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
