import type { ReactNode } from 'react';
import { CsvLinks } from './csv-links';

/**
 * A table's card: its title beside the CSV download of the rows it shows, a one-line summary, then the
 * table (and whatever notes go with it). `headingId` names the section by its title where a page links to it.
 */
export function TablePanel({
  title,
  headingId,
  csv,
  csvOf,
  summary,
  testId,
  children,
}: {
  title: ReactNode;
  headingId?: string;
  csv?: string;
  csvOf?: string;
  summary?: ReactNode;
  testId?: string;
  children: ReactNode;
}) {
  return (
    <section className="panel" aria-labelledby={headingId} data-testid={testId}>
      <figcaption>
        <h2 id={headingId}>{title}</h2>
        {csv ? <CsvLinks href={csv} of={csvOf} /> : null}
      </figcaption>
      {summary !== undefined ? <p className="summary">{summary}</p> : null}
      {children}
    </section>
  );
}
