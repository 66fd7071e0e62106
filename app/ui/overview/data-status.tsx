import { type COUNTED_TABLES, fetchImportRuns, fetchTableCounts } from '@/lib/db/queries/imports';
import { fmt } from '../format';

/** What each counted table holds, in words: readers never see the database's table names. */
const TABLE_LABELS: Record<(typeof COUNTED_TABLES)[number], string> = {
  onet_occupation: 'O*NET occupations',
  onet_task: 'task statements',
  onet_rating: 'skill and knowledge ratings',
  onet_job_zone: 'job zones',
  oews_employment: 'OEWS employment estimates',
  oews_industry_employment: 'OEWS industry employment estimates',
  employment_series: 'employment series points',
  employment_projection: 'employment projections',
  crosswalk: 'crosswalk links',
  task_label: 'labelled tasks',
  occupation_label: 'labelled occupations',
  exposure_index: 'published index values',
  model_version: 'model versions',
  occupation_score: 'occupation scores',
  task_score: 'task scores',
  import_run: 'import runs',
};

/** The label of a counted table (an unknown name is shown as words, never as snake_case). */
export function tableLabel(table: string): string {
  return TABLE_LABELS[table as keyof typeof TABLE_LABELS] ?? table.replaceAll('_', ' ');
}

/** A small box: rows per kind of data and the outcome of the last import runs, linking to the full history. */
export async function DataStatus() {
  const [counts, runs] = await Promise.all([fetchTableCounts(), fetchImportRuns(5)]);
  const failed = runs.filter((r) => r.status === 'failed').length;
  return (
    <section className="panel small" aria-labelledby="data-status-title">
      <h2 id="data-status-title">Data in this database</h2>
      <p>
        {counts.map((c, i) => (
          <span key={c.table}>
            {i > 0 ? ' · ' : ''}
            {fmt(c.rows)} {tableLabel(c.table)}
          </span>
        ))}
      </p>
      <p>
        {runs.length === 0 ? (
          'No imports yet.'
        ) : (
          <>
            Last import {runs[0]!.startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC; of the last {runs.length}{' '}
            files,{' '}
            <span className={failed ? 'status-failed' : 'status-succeeded'}>
              {failed ? `${failed} failed` : 'none failed'}
            </span>
            .
          </>
        )}{' '}
        <a href="/data">Import history</a>
      </p>
    </section>
  );
}
