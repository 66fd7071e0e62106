import Link from 'next/link';
import type { ReactNode } from 'react';
import { type Column, DataTable, defineTable } from '../data-table';
import { fmt } from '../format';

/** What a row of a neighbour table needs: another occupation and how close it is. */
export interface Neighbour {
  code: string;
  title: string;
  similarity: number;
  exposure: number | null;
  jobZone: number | null;
}

const COLUMNS: readonly Column<Neighbour>[] = [
  { key: 'title', label: 'Occupation', cell: (r) => <Link href={`/occupations/${r.code}`}>{r.title}</Link> },
  { key: 'similarity', label: 'Similarity', numeric: true, cell: (r) => fmt(r.similarity, 'score') },
  { key: 'exposure', label: 'Exposure', numeric: true, cell: (r) => fmt(r.exposure, 'score') },
  { key: 'jobZone', label: 'Job zone', numeric: true, narrow: true, cell: (r) => r.jobZone ?? '—' },
];

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
  const columns: readonly Column<T>[] = extra
    ? [...COLUMNS, { key: 'extra', label: extra.header, cellClass: 'small', cell: extra.cell }]
    : COLUMNS;
  return <DataTable label={label} testId={testId} table={defineTable(columns, (r) => r.code)} rows={rows} />;
}
