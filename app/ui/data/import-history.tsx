import { importFileLabel } from '@/lib/analytics/index-info';
import type { ImportRunRow } from '@/lib/db/queries/imports';
import { importsView } from '@/lib/views/pages';
import { csvHref, drawView } from '../view-rows';
import { RunErrors } from './run-errors';
import { EmptyState } from '../empty-state';
import { fmt } from '../format';
import { type Column, DataTable, defineTable } from '../data-table';
import { TablePanel } from '../table-panel';

type Run = ImportRunRow;

const COLUMNS: readonly Column<Run>[] = [
  {
    key: 'started',
    label: 'Started',
    cellClass: 'small nowrap',
    cell: (r) => (
      <>
        {r.startedAt.toISOString().slice(0, 10)}
        <br />
        {r.startedAt.toISOString().slice(11, 19)}
      </>
    ),
  },
  { key: 'source', label: 'Source', narrow: true, cell: (r) => r.source },
  { key: 'file', label: 'File', cellClass: 'small file', cell: (r) => importFileLabel(r.file) },
  { key: 'status', label: 'Status', cellClass: (r) => `status-${r.status}`, cell: (r) => r.status },
  { key: 'read', label: 'Read', numeric: true, cell: (r) => fmt(r.rowsRead) },
  { key: 'loaded', label: 'Loaded', numeric: true, cell: (r) => fmt(r.rowsLoaded) },
  { key: 'rejected', label: 'Rejected', numeric: true, cell: (r) => fmt(r.rowsRejected) },
  {
    key: 'time',
    label: 'Time',
    numeric: true,
    narrow: true,
    cell: (r) => (r.durationMs === null ? '—' : `${fmt(r.durationMs / 1000, 'index')} s`),
  },
  { key: 'errors', label: 'Errors', cellClass: 'small', cell: (r) => <RunErrors run={r} /> },
];

const TABLE = defineTable(COLUMNS, (r) => r.id);

/** Import history: every run with its status, row counts, timing and first errors. */
export async function ImportHistory() {
  const view = await drawView(importsView);
  const runs = view.rows;
  const interrupted = runs.filter((r) => r.status === 'failed' && r.message?.startsWith('interrupted')).length;
  const running = runs.filter((r) => r.status === 'running').length;
  if (runs.length === 0) {
    return (
      <EmptyState title="No imports yet.">
        Run <code>npm run ingest -- --dir ../shared/data</code> to load the sources.
      </EmptyState>
    );
  }
  return (
    <TablePanel
      title="Import history"
      csv={csvHref(view)}
      csvOf="Import history"
      summary={
        <>
          {runs.length} runs shown, newest first; {runs.filter((r) => r.status === 'failed').length} failed
          {interrupted ? ` (${interrupted} interrupted: the process ended mid-import)` : ''}
          {running ? `; ${running} running now` : ''}.
        </>
      }
    >
      <DataTable label="Import history" table={TABLE} rows={runs} />
    </TablePanel>
  );
}

/** Rows per table, as a compact list. */
export { DataStatus as TableCounts } from '../overview/data-status';
