import type { z } from 'zod';
import type { TableTarget } from '../db/table-types';

// The table shape and row errors are lib/db's (its writers take them); re-exported for the ingest pipeline.
export type { ColumnType, RowError, TableTarget } from '../db/table-types';

/** One raw CSV/TSV record: trimmed header name → raw cell text. */
export type RawRecord = Record<string, string>;

/**
 * Everything the ingest pipeline needs to load one kind of file. A file lands whole or
 * not at all: its rows replace exactly the rows matching `scope` in one transaction.
 */
export interface FileSpec<Row> {
  /** Registry source name, e.g. "onet-30.1" (see data/sources.json). */
  source: string;
  /** Path relative to the data directory, e.g. "onet/v30_1/Task Statements.txt". */
  file: string;
  /** Field delimiter; default: tab for .txt/.tsv, comma for .csv. */
  delimiter?: string;
  /** Whether `"` quotes fields; default true, but false for .txt (O*NET text files are unquoted). */
  quoted?: boolean;
  /** Canonical header names that must be present (after BOM strip and trim). */
  requiredColumns: readonly string[];
  /** Alternative header spellings → canonical name (e.g. lower-case OEWS 2019 headers). */
  aliases?: Readonly<Record<string, string>>;
  /**
   * Records to ignore silently (footnotes, blank trailers); they count neither as read nor rejected. Reads
   * only `requiredColumns`: records carry just the columns the spec reads (columns-read.ts).
   */
  skip?: (record: RawRecord) => boolean;
  /**
   * Name of this load in import_run and reports when several specs read one file (different
   * scopes); default `file`. The registry sets it for such specs.
   */
  runName?: string;
  /** When true, a missing file is skipped rather than reported as failed. */
  optional?: boolean;
  /** Validates and converts one raw record; its issues become line/column errors. */
  row: z.ZodType<Row, RawRecord>;
  /**
   * Natural key used to reject duplicate rows within the file. Built with an array's join (one flat string):
   * a template literal's rope is kept alive twice over by the duplicate check's Set (measured: ~25 MB more
   * promoted and ~0.2 s more CPU per full ingest).
   */
  key: (row: Row) => string;
  target: TableTarget;
  /** Rows matching this scope are replaced by the file's rows (column name → value). */
  scope: Readonly<Record<string, string | number>>;
  /**
   * The row as the table stores it, keyed by column name: exactly the names in `target.columns`
   * (checked on each file's first row, and against prisma/schema.prisma by tests/ingest/spec-columns.test.ts).
   */
  toRow: (row: Row) => Readonly<Record<string, unknown>>;
}

/**
 * A spec of any row type, as held by the registry. Each module under lib/ingest/sources/
 * exports `specs: readonly AnyFileSpec[]`; lib/ingest/sources/index.ts gathers them, and
 * files of one source load in the order given.
 */
// biome-ignore lint/suspicious/noExplicitAny: rows differ per spec; each spec is internally consistent
export type AnyFileSpec = FileSpec<any>;

/** How a spec's loads are named in import_run and reports (and found by a parse worker): its runName, else its file. */
export function runFileName(spec: AnyFileSpec): string {
  return spec.runName ?? spec.file;
}
