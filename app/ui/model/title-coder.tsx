import type { TitleCoderCard, TitleCoderRow } from '@/lib/analytics/title-coder-card';
import { TablePanel } from '../table-panel';
import { fmt } from '../format';
import { DataTable } from '../data-table';
import { figureTable } from './figure-table';

const TABLE = figureTable<TitleCoderRow>(
  [{ key: 'matcher', label: 'Matcher', rowHeader: true, cell: (r) => r.predictor }],
  { top1: 'Top-1', top5: 'Top-5', top1Soc: 'Top-1 SOC', top5Soc: 'Top-5 SOC', ece: 'ECE' },
);

/** The job-title coder's held-out figures beside its baseline, or a labelled slot while none is committed. */
export function TitleCoderSection({ coder }: { coder: TitleCoderCard }) {
  if (!coder.available) {
    return (
      <section className="panel" data-testid="title-coder">
        <h2>Job-title coder: validation against its baseline</h2>
        <p>
          <span className="tag">Not yet available</span> {coder.note.replace(/^Not yet available: no/, 'No')}
        </p>
      </section>
    );
  }
  const held = coder.rows[0]?.titles ?? null;
  return (
    <TablePanel
      title="Job-title coder: validation against its baseline"
      csv="/api/export/model-title-coder.csv"
      csvOf="the title coder's validation"
      testId="title-coder"
      summary={
        <>
          {coder.version}: {fmt(held)} reported job titles held out by string (never seen in training), coded to O*NET
          occupations. Top-1 / top-5: the right occupation is the first / among the first five suggestions; SOC: the
          right SOC code; ECE: calibration error of the top suggestion&apos;s confidence.
        </>
      }
    >
      <DataTable label="Title coder validation" testId="title-coder-table" table={TABLE} rows={coder.rows} />
      {coder.review ? (
        <p className="note">
          Titles flagged for review: {fmt(coder.review.flagged, 'pct1')}; the rest are coded right{' '}
          {fmt(coder.review.keptTop1, 'pct1')} of the time. Figures read from {coder.source}.
        </p>
      ) : null}
    </TablePanel>
  );
}
