/** Shapes lib/db's writers take (bulk loader, COPY import, import_run and upload records); lib/ingest builds them. */

/** Column types the bulk loader knows how to cast in `unnest($1::type[], ...)`. */
export type ColumnType = 'text' | 'int' | 'float' | 'bool' | 'jsonb';

/**
 * Where a file's rows land: the table and the columns a spec's keyed rows fill, with the type each
 * value is cast to (tests/ingest/spec-columns.test.ts checks both against prisma/schema.prisma).
 */
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

/** How a writer takes its batches: COPY text lines (Postgres insert) or column-major arrays (unnest). */
export type BatchKind = 'copy' | 'columns';

/**
 * One batch of a file's rows, already encoded as Postgres reads them (text, null as null): either
 * COPY text-format lines, or one array per target column. Encoded where rows are checked (a parse
 * worker), so the writing thread only sends them.
 */
export type EncodedBatch = { rows: number; copy: Uint8Array } | { rows: number; columns: (string | null)[][] };
