import type { ReactNode } from 'react';

/**
 * A figure with its title, a one-line text summary (the chart's text alternative) and a
 * "Download CSV" link giving exactly the rows drawn.
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
        {csv ? (
          <a className="csv" href={csv} download>
            Download CSV
          </a>
        ) : null}
      </figcaption>
      <p className="summary">{summary}</p>
      <div className="chart" aria-hidden="true">
        {children}
      </div>
      {note ? <p className="note">{note}</p> : null}
    </figure>
  );
}
