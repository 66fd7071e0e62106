import { importFileLabel } from '@/lib/analytics/index-info';
import { fetchImportRuns, fetchTableCounts } from '@/lib/db/queries/imports';
import { fmt } from '../format';

/** A small box: rows per table and the last import runs, linking to the full history. */
export async function DataStatus() {
  const [counts, runs] = await Promise.all([fetchTableCounts(), fetchImportRuns(5)]);
  return (
    <section className="panel small">
      <h2>Data in this database</h2>
      <p>
        {counts.map((c, i) => (
          <span key={c.table}>
            {i > 0 ? ' · ' : ''}
            <code>{c.table}</code> {fmt(c.rows)}
          </span>
        ))}
      </p>
      <p>
        Last imports:{' '}
        {runs.length === 0
          ? 'none yet.'
          : runs.map((r, i) => (
              <span key={r.id}>
                {i > 0 ? ' · ' : ''}
                {importFileLabel(r.file)} <span className={`status-${r.status}`}>{r.status}</span>
              </span>
            ))}{' '}
        <a href="/data">Import history</a>
      </p>
    </section>
  );
}
