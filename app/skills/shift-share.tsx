import type { SkillsView } from '@/lib/db/queries/skills';
import { CsvLinks } from '../ui/csv-links';
import { TableScroll } from '../ui/table-scroll';

/** A signed figure to 3 decimals; one that rounds to zero reads 0.000, not −0.000. */
const signed = (x: number | null) => {
  if (x === null) return '—';
  const shown = Math.abs(x).toFixed(3);
  return shown === '0.000' ? shown : `${x > 0 ? '+' : '−'}${shown}`;
};

/** The shift-share split of every skill's change, its standard error and whether it is distinguishable from zero. */
export function ShiftShareTable({ view }: { view: SkillsView }) {
  const hasCoverage = view.shift.some((s) => Math.abs(s.coverage) >= 0.0005);
  const flat = view.shift.filter((s) => s.distinguishable === false).length;
  return (
    <section className="panel" aria-labelledby="shift-share">
      <figcaption>
        <h2 id="shift-share">Where each change comes from: ratings or employment mix</h2>
        <CsvLinks href="/api/export/skills-shift.csv" of="the skill-shift split" />
      </figcaption>
      <p className="summary">
        {view.period.statement} {flat} of {view.shift.length} changes are smaller than 1.96 standard errors and are marked not
        distinguishable from zero.
      </p>
      <p className="note" data-testid="shift-share-formula">
        With s<sub>i</sub> an occupation&apos;s share of employment and r<sub>i</sub> its importance rating (0 = {view.period.before.onet}
        with {view.period.before.employmentYear ?? '—'} employment, 1 = {view.period.after.onet} with{' '}
        {view.period.after.employmentYear ?? '—'} employment), the change Σs¹r¹ − Σs⁰r⁰ = Σs⁰(r¹−r⁰) <strong>ratings</strong> +
        Σ(s¹−s⁰)r⁰ <strong>mix</strong> + Σ(s¹−s⁰)(r¹−r⁰) <strong>interaction</strong>, over the occupations rated in both
        releases{hasCoverage ? '; coverage is what occupations rated in only one release add' : ''}. Standard error of the change:
        √(Σ(s⁰se⁰)² + Σ(s¹se¹)² − 2Σs⁰s¹se²), from O*NET&apos;s per-rating standard errors, where the covariance counts ratings
        carried forward unchanged (same survey date in both releases) only once; a missing standard error takes the skill&apos;s
        mean. It covers O*NET&apos;s sampling error only, not OEWS&apos;s.
      </p>
      <TableScroll label="Skill shift by skill">
        <table data-testid="shift-share-table">
          <thead>
            <tr>
              <th>Skill</th>
              <th className="num">Change</th>
              <th className="num">Ratings</th>
              <th className="num">Mix</th>
              <th className="num">Interaction</th>
              {hasCoverage ? <th className="num">Coverage</th> : null}
              <th className="num">Std. error</th>
              <th>Distinguishable from zero?</th>
            </tr>
          </thead>
          <tbody>
            {view.shift.map((s) => (
              <tr key={s.elementId}>
                <td>{s.name}</td>
                <td className="num">{signed(s.change)}</td>
                <td className="num">{signed(s.ratings)}</td>
                <td className="num">{signed(s.mix)}</td>
                <td className="num">{signed(s.interaction)}</td>
                {hasCoverage ? <td className="num">{signed(s.coverage)}</td> : null}
                <td className="num">{s.standardError === null ? '—' : s.standardError.toFixed(3)}</td>
                <td>{s.distinguishable === null ? 'unknown (no standard errors)' : s.distinguishable ? 'yes' : 'no: within sampling error'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
