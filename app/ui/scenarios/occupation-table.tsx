import Link from 'next/link';
import { type ScenarioSortKey, scenarioQueryString } from '@/lib/views/scenario-filters';
import type { ScenarioView } from '@/lib/db/queries/scenarios';
import { fmt } from '../format';
import { TableScroll } from '../table-scroll';

const COLUMNS: { key: ScenarioSortKey; label: string; numeric?: boolean; narrow?: boolean }[] = [
  { key: 'title', label: 'Occupation' },
  { key: 'baseline', label: 'Baseline', numeric: true },
  { key: 'scenario', label: 'Scenario (10th–90th)', numeric: true },
  { key: 'change', label: 'Change', numeric: true },
  { key: 'changeShare', label: 'Change %', numeric: true },
  { key: 'exposure', label: 'Exposed time E', numeric: true, narrow: true },
  { key: 'automationShare', label: 'Automation mode α', numeric: true, narrow: true },
  { key: 'timeSaved', label: 'Hours saved τ', numeric: true, narrow: true },
];

/** Rows shown on the page; the CSV holds every occupation. */
export const TABLE_ROWS = 100;

/** Occupations at the horizon; each header toggles its sort in the URL (the inputs stay). */
export function ScenarioOccupationTable({ view }: { view: ScenarioView }) {
  const current = view.sort.replace(/^-/, '');
  const desc = view.sort.startsWith('-');
  return (
    <TableScroll label="Scenario by occupation">
      <table data-testid="scenario-table">
        <caption className="visually-hidden">Occupations at {view.inputs.horizon}, sorted by {current}</caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => {
              const active = c.key === current;
              const first = c.numeric ? `-${c.key}` : c.key;
              const next = active ? (desc ? c.key : `-${c.key}`) : first;
              return (
                <th key={c.key} className={`${c.numeric ? 'num' : ''} ${c.narrow ? 'hide-narrow' : ''}`} aria-sort={active ? (desc ? 'descending' : 'ascending') : 'none'}>
                  <Link href={`/scenarios${scenarioQueryString({ ...view.inputs, sort: next })}`} scroll={false}>
                    {c.label} {active ? (desc ? '▼' : '▲') : ''}
                  </Link>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {view.occupations.slice(0, TABLE_ROWS).map((o) => (
            <tr key={o.code}>
              <td>
                {o.onetCodes[0] ? <Link href={`/occupations/${o.onetCodes[0]}`}>{o.title}</Link> : o.title} <span className="small">{o.code}</span>
              </td>
              <td className="num">{fmt(o.baseline)}</td>
              <td className="num">
                {fmt(o.scenario)}
                <span className="small hide-narrow"> ({fmt(o.scenarioLow)}–{fmt(o.scenarioHigh)})</span>
              </td>
              <td className="num">{fmt(o.change)}</td>
              <td className="num">{fmt(o.changeShare, 'pct1')}</td>
              <td className="num hide-narrow">{fmt(o.exposure, 'score')}</td>
              <td className="num hide-narrow">{fmt(o.automationShare, 'pct')}</td>
              <td className="num hide-narrow">{fmt(o.timeSaved, 'pct1')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
