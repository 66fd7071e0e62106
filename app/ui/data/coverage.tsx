import { fetchCoverage } from '@/lib/db/queries/coverage';
import { fmt } from '../format';
import { CsvLinks } from '../csv-links';
import { TableScroll } from '../table-scroll';
import { coverageView } from '@/lib/views/employment';
import { csvHref, drawView } from '../view-rows';

/** Employment counted per year against the OEWS total, and the codes no O*NET occupation reaches. */
export async function Coverage() {
  const [v, view] = await Promise.all([fetchCoverage(), drawView(coverageView)]);
  const years = view.rows;
  if (years.length === 0) return null;
  const worst = years.reduce((m, y) => (y.share !== null && (m === null || y.share < m) ? y.share : m), null as number | null);
  return (
    <section className="panel" data-testid="coverage">
      <figcaption style={{ display: 'flex', justifyContent: 'space-between', flexWrap: 'wrap' }}>
        <h2>Employment coverage</h2>
        <CsvLinks href={csvHref(view)} of="Employment coverage" />
      </figcaption>
      <p className="summary">
        Workers the dashboard counts (OEWS codes with at least one O*NET occupation at or beneath them in the SOC hierarchy)
        against the OEWS all-occupations total (00-0000); lowest year {fmt(worst, 'pct1')}. Counted plus uncovered is every
        detailed OEWS code; any further gap to the total is employment BLS counts in 00-0000 but withholds from detailed codes.
      </p>
      <TableScroll label="Employment coverage">
        <table>
          <caption className="visually-hidden">Employment counted per year against the OEWS total</caption>
          <thead>
            <tr>
              <th>Year</th>
              <th className="num">Counted</th>
              <th className="num">In codes no occupation reaches</th>
              <th className="num">OEWS total</th>
              <th className="num">Share</th>
            </tr>
          </thead>
          <tbody>
            {years.map((y) => (
              <tr key={y.year}>
                <td>{y.year}</td>
                <td className="num">{fmt(y.counted)}</td>
                <td className="num">{fmt(y.uncovered)}</td>
                <td className="num">{fmt(y.total)}</td>
                <td className="num">{fmt(y.share, 'pct1')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
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
    </section>
  );
}
