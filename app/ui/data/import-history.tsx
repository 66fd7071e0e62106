import { importFileLabel } from '@/lib/analytics/index-info';
import { importsView } from '@/lib/views/pages';
import { EmptyState } from '../empty-state';
import { fmt } from '../format';
import { TableScroll } from '../table-scroll';
import { CsvLinks } from '../csv-links';
import { csvHref, drawView } from '../view-rows';

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
    <section className="panel">
      <figcaption style={{ display: 'flex', justifyContent: 'space-between', flexWrap: 'wrap' }}>
        <h2>Import history</h2>
        <CsvLinks href={csvHref(view)} of="Import history" />
      </figcaption>
      <p className="summary">
        {runs.length} runs shown, newest first; {runs.filter((r) => r.status === 'failed').length} failed
        {interrupted ? ` (${interrupted} interrupted: the process ended mid-import)` : ''}
        {running ? `; ${running} running now` : ''}.
      </p>
      <TableScroll label="Import history">
        <table>
          <thead>
            <tr>
              <th>Started</th>
              <th className="hide-narrow">Source</th>
              <th>File</th>
              <th>Status</th>
              <th className="num">Read</th>
              <th className="num">Loaded</th>
              <th className="num">Rejected</th>
              <th className="num hide-narrow">Time</th>
              <th>Errors</th>
            </tr>
          </thead>
          <tbody>
            {runs.map((r) => (
              <tr key={r.id}>
                <td className="small" style={{ whiteSpace: 'nowrap' }}>
                  {r.startedAt.toISOString().slice(0, 10)}
                  <br />
                  {r.startedAt.toISOString().slice(11, 19)}
                </td>
                <td className="hide-narrow">{r.source}</td>
                <td className="small file">{importFileLabel(r.file)}</td>
                <td className={`status-${r.status}`}>{r.status}</td>
                <td className="num">{fmt(r.rowsRead)}</td>
                <td className="num">{fmt(r.rowsLoaded)}</td>
                <td className="num">{fmt(r.rowsRejected)}</td>
                <td className="num hide-narrow">{r.durationMs === null ? '—' : `${fmt(r.durationMs / 1000, 'index')} s`}</td>
                <td className="small">
                  {r.message ? <div>{r.message}</div> : null}
                  {r.errors.length > 0 ? (
                    <details>
                      <summary>{r.errors.length} error{r.errors.length === 1 ? '' : 's'}</summary>
                      <ul>
                        {r.errors.slice(0, 50).map((e, i) => (
                          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed error list, never reordered; two errors may be identical
                          <li key={i}>
                            {[e.file, e.line !== undefined ? `line ${e.line}` : null, e.column].filter(Boolean).join(', ')}: {e.reason}
                          </li>
                        ))}
                      </ul>
                    </details>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}

/** Rows per table, as a compact list. */
export { DataStatus as TableCounts } from '../overview/data-status';
