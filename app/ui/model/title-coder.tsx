import type { TitleCoderCard } from '@/lib/analytics/title-coder-card';
import { CsvLinks } from '../csv-links';
import { fmt } from '../format';
import { TableScroll } from '../table-scroll';

const f3 = (v: number) => v.toFixed(3);

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
    <section className="panel" data-testid="title-coder">
      <figcaption>
        <h2>Job-title coder: validation against its baseline</h2>
        <CsvLinks href="/api/export/model-title-coder.csv" of="the title coder's validation" />
      </figcaption>
      <p className="summary">
        {coder.version}: {fmt(held)} reported job titles held out by string (never seen in training), coded to O*NET occupations. Top-1 / top-5:
        the right occupation is the first / among the first five suggestions; SOC: the right SOC code; ECE: calibration error of the top
        suggestion&apos;s confidence.
      </p>
      <TableScroll label="Title coder validation">
        <table data-testid="title-coder-table">
          <thead>
            <tr>
              <th scope="col">Matcher</th>
              <th scope="col" className="num">Top-1</th>
              <th scope="col" className="num">Top-5</th>
              <th scope="col" className="num">Top-1 SOC</th>
              <th scope="col" className="num">Top-5 SOC</th>
              <th scope="col" className="num">ECE</th>
            </tr>
          </thead>
          <tbody>
            {coder.rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.predictor}</th>
                <td className="num">{f3(r.top1)}</td>
                <td className="num">{f3(r.top5)}</td>
                <td className="num">{f3(r.top1Soc)}</td>
                <td className="num">{f3(r.top5Soc)}</td>
                <td className="num">{f3(r.ece)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {coder.review ? (
        <p className="note">
          Titles flagged for review: {fmt(coder.review.flagged, 'pct1')}; the rest are coded right {fmt(coder.review.keptTop1, 'pct1')} of the time.
          Figures read from {coder.source}.
        </p>
      ) : null}
    </section>
  );
}
