/** Shapes lib/db's writers take (bulk loader, COPY import, import_run and upload records); lib/ingest builds them. */

/** Column types the bulk loader knows how to cast in `unnest($1::type[], ...)`. */
export type ColumnType = 'text' | 'int' | 'float' | 'bool' | 'jsonb';

/** Where a file's rows land. Columns are in the order `toValues` returns them. */
export interface TableTarget {
  table: string;
  columns: readonly { name: string; type: ColumnType }[];
  /**
   * 'insert' (default): scope rows are deleted, then the file's rows inserted.
   * 'update': scope rows keep existing; their non-key columns are reset to NULL, then set from the
   * file's rows matched on `keyColumns` (for a file that adds columns to another file's rows).
   */
  mode?: 'insert' | 'update';
  /** Columns matching file rows to table rows; required when mode is 'update'. */
  keyColumns?: readonly string[];
}

/** One rejected cell or row, reported to users and kept in import_run.errors. */
export interface RowError {
  file: string;
  line: number;
  column?: string;
  reason: string;
}
