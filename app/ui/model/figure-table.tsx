import { type Column, defineTable, type TableSpec } from '../data-table';

/** A held-out figure to three decimals; '—' where none was recorded. */
export const f3 = (v: number | null) => (v === null ? '—' : v.toFixed(3));

/** Field names of T that hold a figure. */
type FigureKey<T> = { [K in keyof T]: T[K] extends number | null ? K : never }[keyof T] & string;

/**
 * A model-card table: the leading columns (the first names the row), then one right-aligned three-decimal
 * column per figure, in the order given (`{ field: 'Header' }`). Rows are keyed by their `key`.
 */
export function figureTable<T extends { key: string }>(
  lead: readonly Column<T>[],
  figures: Partial<Record<FigureKey<T>, string>>,
): TableSpec<T> {
  const columns = Object.entries(figures).map(
    ([key, label]): Column<T> => ({
      key,
      label: label as string,
      numeric: true,
      cell: (r) => f3(r[key as FigureKey<T>] as number | null),
    }),
  );
  return defineTable([...lead, ...columns], (r) => r.key);
}
