import type { ReactNode } from 'react';
import { CsvLinks } from './csv-links';

/**
 * A figure with its title, a one-line text summary (the chart's text alternative) and a
 * "Download CSV" link (and its Excel variant with a UTF-8 BOM) giving every row behind the chart.
 */
export function ChartFrame({
  title,
  summary,
  csv,
  children,
  note,
}: {
  title: string;
  summary: string;
  csv?: string;
  children: ReactNode;
  note?: ReactNode;
}) {
  return (
    <figure className="panel">
      <figcaption>
        <h2>{title}</h2>
        {csv ? <CsvLinks href={csv} /> : null}
      </figcaption>
      <p className="summary">{summary}</p>
      <div className="chart" aria-hidden="true">
        {children}
      </div>
      {note ? <p className="note">{note}</p> : null}
    </figure>
  );
}
