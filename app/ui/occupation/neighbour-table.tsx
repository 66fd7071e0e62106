import Link from 'next/link';
import type { ReactNode } from 'react';
import { fmt } from '../format';
import { TableScroll } from '../table-scroll';

/** What a row of a neighbour table needs: another occupation and how close it is. */
export interface Neighbour {
  code: string;
  title: string;
  similarity: number;
  exposure: number | null;
  jobZone: number | null;
}

/**
 * Occupations near this one (similar occupations, reskilling paths): linked title, similarity, exposure and
 * job zone, plus an optional last column the caller fills.
 */
export function NeighbourTable<T extends Neighbour>({
  label,
  rows,
  testId,
  extra,
}: {
  label: string;
  rows: readonly T[];
  testId?: string;
  extra?: { header: string; cell: (row: T) => ReactNode };
}) {
  return (
    <TableScroll label={label}>
      <table data-testid={testId}>
        <thead>
          <tr>
            <th>Occupation</th>
            <th className="num">Similarity</th>
            <th className="num">Exposure</th>
            <th className="num hide-narrow">Job zone</th>
            {extra ? <th>{extra.header}</th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.code}>
              <td>
                <Link href={`/occupations/${r.code}`}>{r.title}</Link>
              </td>
              <td className="num">{fmt(r.similarity, 'score')}</td>
              <td className="num">{fmt(r.exposure, 'score')}</td>
              <td className="num hide-narrow">{r.jobZone ?? '—'}</td>
              {extra ? <td className="small">{extra.cell(r)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
