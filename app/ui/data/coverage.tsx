import { fetchCoverage } from '@/lib/db/queries/coverage';
import { coverageView } from '@/lib/views/employment';
import { csvHref, drawView } from '../view-rows';
import { fmt } from '../format';
import { TablePanel } from '../table-panel';
import { type Column, DataTable, defineTable } from '../data-table';

const COLUMNS: readonly Column<Awaited<ReturnType<typeof fetchCoverage>>['years'][number]>[] = [
  { key: 'year', label: 'Year', cell: (y) => y.year },
  { key: 'counted', label: 'Counted', numeric: true, cell: (y) => fmt(y.counted) },
  { key: 'uncovered', label: 'In codes no occupation reaches', numeric: true, cell: (y) => fmt(y.uncovered) },
  { key: 'total', label: 'OEWS total', numeric: true, cell: (y) => fmt(y.total) },
  { key: 'share', label: 'Share', numeric: true, cell: (y) => fmt(y.share, 'pct1') },
];

const TABLE = defineTable(COLUMNS, (y) => y.year);

/** Employment counted per year against the OEWS total, and the codes no O*NET occupation reaches. */
export async function Coverage() {
  const [v, view] = await Promise.all([fetchCoverage(), drawView(coverageView)]);
  const years = view.rows;
  if (years.length === 0) return null;
  const worst = years.reduce(
    (m, y) => (y.share !== null && (m === null || y.share < m) ? y.share : m),
    null as number | null,
  );
  return (
    <TablePanel
      title="Employment coverage"
      csv={csvHref(view)}
      csvOf="Employment coverage"
      testId="coverage"
      summary={
        <>
          Workers the dashboard counts (OEWS codes with at least one O*NET occupation at or beneath them in the SOC
          hierarchy) against the OEWS all-occupations total (00-0000); lowest year {fmt(worst, 'pct1')}. Counted plus
          uncovered is every detailed OEWS code; any further gap to the total is employment BLS counts in 00-0000 but
          withholds from detailed codes.
        </>
      }
    >
      <DataTable
        label="Employment coverage"
        caption="Employment counted per year against the OEWS total"
        captionClass="visually-hidden"
        table={TABLE}
        rows={years}
      />
      <h3>Not covered in {v.employmentYear ?? '—'}</h3>
      {v.uncovered.length === 0 ? (
        <p>Every OEWS code with workers maps to at least one O*NET occupation.</p>
      ) : (
        <ul data-testid="uncovered">
          {v.uncovered.map((u) => (
            <li key={u.code}>
              {u.code} {u.title ?? ''}: {fmt(u.employment)} workers
            </li>
          ))}
        </ul>
      )}
    </TablePanel>
  );
}
