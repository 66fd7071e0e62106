import { fmt } from './format';
import { type SocWorkers, socWorkersText } from './soc-workers';

/**
 * A SOC code's workers in a table cell, marked "(shared by N)" when several O*NET occupations
 * share the code, so the figure is never read as this occupation's own count.
 */
export function WorkersCell({ o }: { o: SocWorkers }) {
  if (o.socEmployment === null) return <>—</>;
  return (
    <>
      {fmt(o.socEmployment)}
      {o.sharedWith > 0 ? (
        <span className="small" title={socWorkersText(o)}>
          {' '}
          (SOC {o.employmentCode}, shared by {fmt(o.sharedWith + 1)})
        </span>
      ) : null}
    </>
  );
}
