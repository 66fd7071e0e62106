import { majorGroupTitle } from '@/lib/analytics/soc';
import { fmt } from '../format';
import { socWorkersText } from '../soc-workers';
import { fetchWidgetDetail, type OccupationSummary } from './data';

/** Title and one-line facts from the catalogue, shown before any slow widget. */
export function OccupationHeader({ summary }: { summary: OccupationSummary }) {
  const o = summary.occupation;
  return (
    <>
      <h1>{o.title}</h1>
      <p className="meta">
        O*NET-SOC {o.code} · SOC {o.socCode} · {majorGroupTitle(o.majorGroup)} · Job zone {o.jobZone ?? '—'} · median
        wage {fmt(o.medianWage, 'usd')}
      </p>
      <p className="meta" data-testid="soc-workers">
        {socWorkersText(o)}
        {summary.employmentYear ? ` (OEWS ${summary.employmentYear})` : ''}
      </p>
    </>
  );
}

/** The O*NET description, which only the detail query carries. */
export async function Description({ code }: { code: string }) {
  const { occupation } = await fetchWidgetDetail(code);
  return <p className="lead">{occupation.description}</p>;
}
