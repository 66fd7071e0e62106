import { CsvLinks } from '../csv-links';
import { NeighbourTable } from './neighbour-table';
import { occupationSimilarView } from '@/lib/views/occupation';
import { csvHref, drawView } from '../view-rows';

/** The occupations most similar to this one by what O*NET says about the work, whatever their exposure. */
export async function SimilarOccupations({ code }: { code: string }) {
  const view = await drawView(occupationSimilarView, { code });
  const similar = view.rows;
  return (
    <section className="panel" aria-labelledby="similar-h">
      <figcaption>
        <h2 id="similar-h">Similar occupations</h2>
        <CsvLinks href={csvHref(view)} />
      </figcaption>
      <p className="summary">
        The {similar.length} closest occupations in skills and knowledge (35%), work activities (25%) and task wording
        (20%), each compared after standardising across all occupations, plus SOC group (10%) and job zone (10%). 1
        would be identical work.
      </p>
      {similar.length === 0 ? (
        <p>No other occupation to compare with.</p>
      ) : (
        <NeighbourTable label="Similar occupations" rows={similar} testId="similar-table" />
      )}
    </section>
  );
}
