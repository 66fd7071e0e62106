import Link from 'next/link';
import type { Key, ReactNode } from 'react';
import type { SafeHtml } from './html';
import { TableScroll } from './table-scroll';
import { ariaSort, nextSort, type SortState, sortArrow } from './table-sort';

/** A column's header: what it is called, how its figures align, whether it sorts and hides on narrow screens. */
export interface ColumnHead {
  /** Unique among the columns; also the URL sort key of a sortable column. */
  key: string;
  label: ReactNode;
  /** Shown after the label in brackets, e.g. 's' → "Time (s)". */
  unit?: string;
  /** Right-aligned with tabular figures (header and cells). */
  numeric?: boolean;
  /** Hidden on narrow screens (header and cells). */
  narrow?: boolean;
  /** Its header is a link that sorts the table by `key` (needs the table's `sort`). */
  sortable?: boolean;
}

/** A column of rows of type T: its header and how each row fills its cell. */
export interface Column<T> extends ColumnHead {
  cell: (row: T, index: number) => ReactNode;
  /** The cell names its row (a `<th scope="row">`). */
  rowHeader?: boolean;
  /** Further classes on each body cell, e.g. 'small'; a function picks them per row. */
  cellClass?: string | ((row: T) => string | undefined);
}

interface TableFrame {
  /** Names the scroll region around the table (and the table too, with `labelTable`). */
  label: string;
  labelTable?: boolean;
  caption?: ReactNode;
  captionClass?: string;
  testId?: string;
  className?: string;
  /** URL-state sorting for the sortable columns. */
  sort?: SortState;
  /** false: no header row (a key/value list). */
  head?: boolean;
}

/** A table's shape: its columns and what keys each row (the React key, stable across re-renders). */
export interface TableSpec<T> {
  columns: readonly Column<T>[];
  rowKey: (row: T, index: number) => Key;
}

/** Declares a table's shape once, beside its columns, so a page passes only its rows. */
export function defineTable<T>(columns: readonly Column<T>[], rowKey: (row: T, index: number) => Key): TableSpec<T> {
  return { columns, rowKey };
}

/** The table's props: rows of a declared table, or rows the server already built as markup under plain headers. */
export type DataTableProps<T> = TableFrame &
  (
    | { table: TableSpec<T>; rows: readonly T[]; empty?: ReactNode }
    | { columns: readonly ColumnHead[]; bodyHtml: SafeHtml }
  );

const classes = (...names: (string | false | undefined)[]) => names.filter(Boolean).join(' ') || undefined;

/** The classes a column puts on its header and cells: `num` right-aligns with tabular figures, `hide-narrow` hides on phones. */
const columnClass = (c: ColumnHead) => classes(c.numeric && 'num', c.narrow && 'hide-narrow');

function HeaderCell({ column: c, sort }: { column: ColumnHead; sort?: SortState }) {
  const label = c.unit ? `${c.label} (${c.unit})` : c.label;
  if (!c.sortable || !sort) {
    return (
      <th scope="col" className={columnClass(c)}>
        {label}
      </th>
    );
  }
  return (
    <th scope="col" className={columnClass(c)} aria-sort={ariaSort(c.key, sort)}>
      <Link href={sort.href(nextSort(c.key, !!c.numeric, sort))} scroll={sort.scroll}>
        {label} {sortArrow(c.key, sort)}
      </Link>
    </th>
  );
}

function BodyCell<T>({ column: c, row, index }: { column: Column<T>; row: T; index: number }) {
  const extra = typeof c.cellClass === 'function' ? c.cellClass(row) : c.cellClass;
  const className = classes(columnClass(c), extra);
  if (c.rowHeader) {
    return (
      <th scope="row" className={className}>
        {c.cell(row, index)}
      </th>
    );
  }
  return <td className={className}>{c.cell(row, index)}</td>;
}

/**
 * The one table of the dashboard: column headers (sortable through the URL, announced by aria-sort and
 * followed by keyboard as links), numeric columns right-aligned with tabular figures, an optional caption,
 * an empty state instead of a headed table with no rows, and a named region that scrolls inside its card
 * on narrow screens. Renders on the server; client components can use it too.
 */
export function DataTable<T>(props: DataTableProps<T>) {
  const { label, labelTable, caption, captionClass, testId, className, sort, head = true } = props;
  if ('rows' in props && props.rows.length === 0 && props.empty !== undefined) return <>{props.empty}</>;
  const heads: readonly ColumnHead[] = 'table' in props ? props.table.columns : props.columns;
  return (
    <TableScroll label={label}>
      <table data-testid={testId} aria-label={labelTable ? label : undefined} className={className}>
        {caption !== undefined ? <caption className={captionClass}>{caption}</caption> : null}
        {head ? (
          <thead>
            <tr>
              {heads.map((c) => (
                <HeaderCell key={c.key} column={c} sort={sort} />
              ))}
            </tr>
          </thead>
        ) : null}
        {'table' in props ? (
          <tbody>
            {props.rows.map((row, i) => (
              <tr key={props.table.rowKey(row, i)}>
                {props.table.columns.map((c) => (
                  <BodyCell key={c.key} column={c} row={row} index={i} />
                ))}
              </tr>
            ))}
          </tbody>
        ) : (
          // Server-built rows: one string instead of many elements per row (see app/ui/html.ts).
          // biome-ignore lint/security/noDangerouslySetInnerHtml: bodyHtml is SafeHtml, built by the escaping `html` template (app/ui/html.ts)
          <tbody dangerouslySetInnerHTML={{ __html: props.bodyHtml.value }} />
        )}
      </table>
    </TableScroll>
  );
}
