import { type ReactNode, useId } from 'react';
import { ChartNameProvider } from './chart-name';
import { CsvLinks } from './csv-links';

/**
 * A figure with its title, a one-line takeaway and a "Download CSV" link (and its Excel variant with a
 * UTF-8 BOM) giving every row behind the chart: together the chart's text alternative. The figure is
 * named by the title and described by the takeaway, and the chart's SVG carries both as its `<title>` and
 * `<desc>` (role img), so a screen reader meets the same sentence a sighted reader does; the CSV is the
 * chart's data table.
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
  csv: string;
  children: ReactNode;
  note?: ReactNode;
}) {
  const id = useId();
  return (
    <figure className="panel" aria-labelledby={`${id}-title`} aria-describedby={`${id}-summary`}>
      <figcaption>
        <h2 id={`${id}-title`}>{title}</h2>
        <CsvLinks href={csv} of={title} />
      </figcaption>
      <p className="summary" id={`${id}-summary`}>
        {summary}
      </p>
      <div className="chart">
        <ChartNameProvider value={{ title, summary }}>{children}</ChartNameProvider>
      </div>
      {note ? <p className="note">{note}</p> : null}
    </figure>
  );
}
