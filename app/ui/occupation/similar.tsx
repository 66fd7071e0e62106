import Link from 'next/link';
import { CsvLinks } from '../csv-links';
import { fmt } from '../format';
import { fetchWidgetDetail } from './data';
import { TableScroll } from '../table-scroll';

/** The occupations most similar to this one by what O*NET says about the work, whatever their exposure. */
export async function SimilarOccupations({ code }: { code: string }) {
  const { similar, occupation } = await fetchWidgetDetail(code);
  return (
    <section className="panel" aria-labelledby="similar-h">
      <figcaption>
        <h2 id="similar-h">Similar occupations</h2>
        <CsvLinks href={`/api/export/occupation-similar.csv?code=${occupation.code}`} />
      </figcaption>
      <p className="summary">
        The {similar.length} closest occupations in skills and knowledge (35%), work activities (25%) and task wording (20%), each
        compared after standardising across all occupations, plus SOC group (10%) and job zone (10%). 1 would be identical work.
      </p>
      {similar.length === 0 ? (
        <p>No other occupation to compare with.</p>
      ) : (
        <TableScroll label="Similar occupations">
          <table data-testid="similar-table">
            <thead>
              <tr>
                <th>Occupation</th>
                <th className="num">Similarity</th>
                <th className="num">Exposure</th>
                <th className="num hide-narrow">Job zone</th>
              </tr>
            </thead>
            <tbody>
              {similar.map((s) => (
                <tr key={s.code}>
                  <td>
                    <Link href={`/occupations/${s.code}`}>{s.title}</Link>
                  </td>
                  <td className="num">{fmt(s.similarity, 'score')}</td>
                  <td className="num">{fmt(s.exposure, 'score')}</td>
                  <td className="num hide-narrow">{s.jobZone ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
