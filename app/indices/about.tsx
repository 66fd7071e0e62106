import type { IndexDescription } from '@/lib/analytics/index-info';

/** One card per index: who made it, when, what it measures, on what scale, and how to cite it. */
export function AboutIndices({ indices }: { indices: readonly IndexDescription[] }) {
  return (
    <section className="panel" aria-labelledby="about-indices">
      <h2 id="about-indices">What each index measures</h2>
      <p className="summary">
        Published measures of automation or AI exposure, each built by different authors with a different method. A high
        correlation with the model means the two rank occupations alike; a low or negative one can mean a different
        question.
      </p>
      <div className="grid2" data-testid="about-indices">
        {indices.map((d) => (
          <article key={d.key} className="small">
            <h3>{d.label}</h3>
            <dl>
              <dt>Authors</dt>
              <dd>{d.authors}</dd>
              <dt>Year</dt>
              <dd>{d.year}</dd>
              <dt>Measures</dt>
              <dd>{d.measures}</dd>
              <dt>Scale</dt>
              <dd>{d.scale}</dd>
              <dt>Cite as</dt>
              <dd>
                <cite>{d.citation}</cite>
              </dd>
              {d.caveat ? (
                <>
                  <dt>Reading the correlation</dt>
                  <dd>{d.caveat}</dd>
                </>
              ) : null}
            </dl>
          </article>
        ))}
      </div>
    </section>
  );
}
