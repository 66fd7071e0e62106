import type { CatalogueHeadline } from '@/lib/analytics/catalogue-report';
import { fmt } from '../../ui/format';

const interval = (f: { low?: number | null; high?: number | null }) => (f.low == null || f.high == null ? '' : ` (${fmt(f.low, 'score')}–${fmt(f.high, 'score')})`);

/** The headline figures: the catalogue's (headcount-weighted) beside the US workforce's (employment-weighted, SOC level). */
export function Headline({ h }: { h: CatalogueHeadline }) {
  return (
    <table aria-label="Headline figures">
      <thead>
        <tr>
          <th scope="col">Figure</th>
          <th scope="col">Your catalogue</th>
          <th scope="col">US workforce</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">Headcount covered (coded to a scored occupation)</th>
          <td className="num">
            {fmt(h.headcountCovered)} of {fmt(h.headcount)}
          </td>
          <td className="num">{fmt(h.us.workers)} workers</td>
        </tr>
        <tr>
          <th scope="row">Exposure, weighted (interval)</th>
          <td className="num">
            {fmt(h.exposure.value, 'score')}
            {interval(h.exposure)}
          </td>
          <td className="num">
            {fmt(h.us.exposure.value, 'score')}
            {interval(h.us.exposure)}
          </td>
        </tr>
        <tr>
          <th scope="row">In jobs with ≥ 50% of tasks exposed</th>
          <td className="num">
            {fmt(h.exposed50.headcount)} ({fmt(h.exposed50.share, 'pct1')})
          </td>
          <td className="num">{fmt(h.us.exposed50Share, 'pct1')}</td>
        </tr>
        <tr>
          <th scope="row">Automation-leaning / augmentation-leaning</th>
          <td className="num">
            {fmt(h.automationShare, 'pct1')} / {h.automationShare === null ? '–' : fmt(1 - h.automationShare, 'pct1')}
          </td>
          <td className="num">
            {fmt(h.us.automationShare, 'pct1')} / {h.us.automationShare === null ? '–' : fmt(1 - h.us.automationShare, 'pct1')}
          </td>
        </tr>
      </tbody>
      <caption>
        Your figures weight each job by its headcount{h.jobsWithoutHeadcount > 0 ? ` (${h.jobsWithoutHeadcount} jobs without a headcount count as one person each)` : ''}
        ; the US figures weight each SOC code by its BLS employment, once. Automation-leaning: the occupation&apos;s mean automation level is above 0.5.
      </caption>
    </table>
  );
}
