import type { Cell, Column } from '../views/columns';

/**
 * Cells that spreadsheets may run as formulas (OWASP CSV injection): a leading = + - @ or their
 * full-width forms (＝ ＋ － ＠, which Excel's IME input and some locales treat alike), also after
 * leading whitespace or invisible control/format characters, and a leading tab, CR or LF.
 */
const FORMULA_START = /^[\s\p{Cc}\p{Cf}]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r\n]/u;

/** A value that can be written into a CSV cell: a view's cell. */
export type CsvValue = Cell;

/**
 * Formats one cell: neutralises a formula start (see FORMULA_START) with a leading single quote,
 * and quotes cells containing the delimiter, quotes or newlines (RFC 4180).
 * Finite numbers are written as-is so "-0.5" stays a number, not a formula.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  let text = value instanceof Date ? value.toISOString() : value;
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Formats one CSV line (with the trailing CRLF). */
export function csvLine(values: readonly CsvValue[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}

/** Column definition for an export: a view's column (header, unit, how to read the value from a row). */
export type CsvColumn<Row> = Column<Row>;

/**
 * Streams rows as CSV text chunks: a header line, then one line per row, so large
 * exports never sit in memory. Works with any (async) iterable of rows.
 */
export async function* toCsv<Row>(
  columns: readonly CsvColumn<Row>[],
  rows: AsyncIterable<Row> | Iterable<Row>,
): AsyncGenerator<string> {
  yield csvLine(columns.map((c) => c.header));
  for await (const row of rows) yield csvLine(columns.map((c) => c.value(row)));
}

/** Builds a download file name such as `occupations_2026-11-29_model-v1.csv`. */
export function exportFileName(view: string, modelVersion: string | null, date = new Date()): string {
  const safe = (s: string) => s.replace(/[^A-Za-z0-9._-]+/g, '-');
  const day = date.toISOString().slice(0, 10);
  return `${safe(view)}_${day}${modelVersion ? `_model-${safe(modelVersion)}` : ''}.csv`;
}
