import Link from 'next/link';
import type { SectorSortKey } from '@/lib/analytics/industry-sort';
import type { IndustriesQuery } from '@/lib/views/industry-filters';
import type { IndustriesView } from '@/lib/db/queries/industries';
import { fmt } from '../format';
import { industriesQueryString } from './query-string';
import { TableScroll } from '../table-scroll';

const COLUMNS: { key: SectorSortKey; label: string; numeric?: boolean; narrow?: boolean }[] = [
  { key: 'title', label: 'Sector' },
  { key: 'workers', label: 'Workers', numeric: true },
  { key: 'exposure', label: 'Exposure (interval)', numeric: true },
  { key: 'topQuintileShare', label: 'In most exposed quintile', numeric: true, narrow: true },
  { key: 'automationShare', label: 'Automation / augmentation', numeric: true, narrow: true },
  { key: 'exposedWorkers', label: 'Exposed workers', numeric: true },
];

/** Sectors with every figure; each header is a link that toggles its sort (state in the URL). */
export function SectorTable({ view }: { view: IndustriesView }) {
  const current = view.sort.replace(/^-/, '');
  const desc = view.sort.startsWith('-');
  return (
    <TableScroll label="NAICS sectors">
      <table data-testid="sector-table">
        <caption className="visually-hidden">NAICS sectors sorted by {current}</caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => {
              const active = c.key === current;
              // Numbers rank largest first on the first click, names A–Z; a second click reverses.
              const first = c.numeric ? `-${c.key}` : c.key;
              const next = (active ? (desc ? c.key : `-${c.key}`) : first) as IndustriesQuery['sort'];
              return (
                <th key={c.key} className={`${c.numeric ? 'num' : ''} ${c.narrow ? 'hide-narrow' : ''}`} aria-sort={active ? (desc ? 'descending' : 'ascending') : 'none'}>
                  <Link href={`/industries${industriesQueryString({ sort: next })}`}>
                    {c.label} {active ? (desc ? '▼' : '▲') : ''}
                  </Link>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {view.sectors.map((s) => (
            <tr key={s.naics}>
              <td>
                <Link href={`/industries/${s.naics}`}>{s.title}</Link> <span className="small">NAICS {s.naics}</span>
              </td>
              <td className="num">{fmt(s.workers)}</td>
              <td className="num">
                {fmt(s.exposure, 'score')}
                {s.exposure !== null ? <span className="small hide-narrow"> ({fmt(s.exposureLow, 'score')}–{fmt(s.exposureHigh, 'score')})</span> : null}
              </td>
              <td className="num hide-narrow">{fmt(s.topQuintileShare, 'pct')}</td>
              <td className="num hide-narrow">
                {s.automationShare === null ? '—' : `${fmt(s.automationShare, 'pct')} / ${fmt(s.augmentationShare, 'pct')}`}
              </td>
              <td className="num">{fmt(s.exposedWorkers)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
