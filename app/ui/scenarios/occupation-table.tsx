import { type ScenarioSortKey, scenarioQueryString } from '@/lib/views/scenario-filters';
import type { ScenarioView } from '@/lib/db/queries/scenarios';
import { type Column, DataTable, defineTable } from '../data-table';
import { fmt } from '../format';
import { TitleWithCode } from '../title-cell';
import { sortedKey } from '../table-sort';

type Row = ScenarioView['occupations'][number];

const COLUMNS: readonly (Column<Row> & { key: ScenarioSortKey })[] = [
  {
    key: 'title',
    label: 'Occupation',
    sortable: true,
    cell: (o) => (
      <TitleWithCode title={o.title} href={o.onetCodes[0] && `/occupations/${o.onetCodes[0]}`} code={o.code} />
    ),
  },
  { key: 'baseline', label: 'Baseline', numeric: true, sortable: true, cell: (o) => fmt(o.baseline) },
  {
    key: 'scenario',
    label: 'Scenario (10th–90th)',
    numeric: true,
    sortable: true,
    cell: (o) => (
      <>
        {fmt(o.scenario)}
        <span className="small hide-narrow">
          {' '}
          ({fmt(o.scenarioLow)}–{fmt(o.scenarioHigh)})
        </span>
      </>
    ),
  },
  { key: 'change', label: 'Change', numeric: true, sortable: true, cell: (o) => fmt(o.change) },
  { key: 'changeShare', label: 'Change %', numeric: true, sortable: true, cell: (o) => fmt(o.changeShare, 'pct1') },
  {
    key: 'exposure',
    label: 'Exposed time E',
    numeric: true,
    narrow: true,
    sortable: true,
    cell: (o) => fmt(o.exposure, 'score'),
  },
  {
    key: 'automationShare',
    label: 'Automation mode α',
    numeric: true,
    narrow: true,
    sortable: true,
    cell: (o) => fmt(o.automationShare, 'pct'),
  },
  {
    key: 'timeSaved',
    label: 'Hours saved τ',
    numeric: true,
    narrow: true,
    sortable: true,
    cell: (o) => fmt(o.timeSaved, 'pct1'),
  },
];

const TABLE = defineTable(COLUMNS, (o) => o.code);

/** Rows shown on the page; the CSV holds every occupation. */
export const TABLE_ROWS = 100;

/** Occupations at the horizon; each header toggles its sort in the URL (the inputs stay). */
export function ScenarioOccupationTable({ view }: { view: ScenarioView }) {
  const sort = {
    current: view.sort,
    numbersFirstDescending: true,
    scroll: false,
    href: (next: string) => `/scenarios${scenarioQueryString({ ...view.inputs, sort: next })}`,
  };
  return (
    <DataTable
      label="Scenario by occupation"
      testId="scenario-table"
      caption={`Occupations at ${view.inputs.horizon}, sorted by ${sortedKey(sort)}`}
      captionClass="visually-hidden"
      sort={sort}
      table={TABLE}
      rows={view.occupations.slice(0, TABLE_ROWS)}
    />
  );
}
