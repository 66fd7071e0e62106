import type { OccupationsQuery } from '@/lib/views/filters';
import { MAJOR_GROUPS } from '@/lib/analytics/soc';

const num = (v: number | undefined) => (v === undefined ? '' : String(v));

/** The explorer's filters: a plain GET form, so every state is a URL and works with the keyboard. */
export function Filters({ q }: { q: OccupationsQuery }) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: a <search> wrapper would add an element; role="search" on the form is the same landmark
    <form className="filters" method="get" action="/occupations" role="search" aria-label="Filter occupations">
      <label className="wide">
        Search titles and tasks
        <input type="search" name="q" defaultValue={q.q} placeholder="e.g. accountant" />
      </label>
      <label>
        Major group
        <select name="group" defaultValue={q.group ?? ''}>
          <option value="">All groups</option>
          {Object.entries(MAJOR_GROUPS).map(([code, title]) => (
            <option key={code} value={code}>
              {code} {title}
            </option>
          ))}
        </select>
      </label>
      <label>
        Job zone
        <select name="jobZone" defaultValue={num(q.jobZone)}>
          <option value="">Any</option>
          {[1, 2, 3, 4, 5].map((z) => (
            <option key={z} value={z}>
              {z}
            </option>
          ))}
        </select>
      </label>
      <label>
        Exposure from
        <input type="number" name="minExposure" min={0} max={1} step={0.05} defaultValue={num(q.minExposure)} />
      </label>
      <label>
        Exposure to
        <input type="number" name="maxExposure" min={0} max={1} step={0.05} defaultValue={num(q.maxExposure)} />
      </label>
      <label>
        Median wage from ($/yr)
        <input type="number" name="minWage" min={0} step={1000} defaultValue={num(q.minWage)} />
      </label>
      <label>
        Median wage to ($/yr)
        <input type="number" name="maxWage" min={0} step={1000} defaultValue={num(q.maxWage)} />
      </label>
      <label>
        Workers at least
        <input type="number" name="minEmployment" min={0} step={1000} defaultValue={num(q.minEmployment)} />
      </label>
      {/* a default sort is not carried over, so a new search gets its own default (relevance) */}
      {q.sort !== 'relevance' && q.sort !== '-employment' ? <input type="hidden" name="sort" value={q.sort} /> : null}
      <input type="hidden" name="pageSize" value={q.pageSize} />
      <div style={{ display: 'flex', gap: '0.5rem' }}>
        <button type="submit">Apply</button>
        <a className="button secondary" href="/occupations">
          Reset
        </a>
      </div>
    </form>
  );
}
