import Papa from 'papaparse';
import type { RowError } from '../types';
import { clip } from '../validate';
import { type CatalogueField, mapColumns } from './columns';
import { type CatalogueEncoding, decodeCatalogue, UndecodableFile } from './decode';
import { type CatalogueRow, catalogueRow, rawFields } from './row';
import { readFirstSheet, UnreadableWorkbook } from './xlsx';

/** Most rows a catalogue may have, and most bytes (counted as the upload streams in). */
export const MAX_CATALOGUE_ROWS = 50_000;
export const MAX_CATALOGUE_BYTES = 20 * 1024 * 1024;
/** Rejected rows kept in the report (all are counted). */
const MAX_REPORTED_ERRORS = 100;

/** What reading a catalogue file found: the valid rows and the validation report. */
export interface ParsedCatalogue {
  ok: true;
  fileKind: 'csv' | 'xlsx';
  encoding: CatalogueEncoding | 'xlsx';
  delimiter: string;
  rowsRead: number;
  rowsRejected: number;
  rows: CatalogueRow[];
  errors: RowError[];
  /** Field → the header it was read from. */
  mapping: Partial<Record<CatalogueField, string>>;
  ignoredColumns: string[];
}

/** A file refused whole: nothing of it may be stored. */
export interface RejectedCatalogue {
  ok: false;
  errors: RowError[];
}

const refuse = (file: string, reason: string, line = 0): RejectedCatalogue => ({
  ok: false,
  errors: [{ file, line, reason }],
});

/** Splits text into records with papaparse (delimiter guessed), each with the line it starts on. */
function csvRecords(
  text: string,
  file: string,
): { records: { line: number; cells: string[] }[]; delimiter: string } | RejectedCatalogue {
  const records: { line: number; cells: string[] }[] = [];
  let line = 1;
  let counted = 0; // text offset up to which newlines are counted into `line`
  let failure: RejectedCatalogue | undefined;
  const result = Papa.parse<string[]>(text, {
    delimiter: '',
    delimitersToGuess: [',', ';', '\t', '|'],
    skipEmptyLines: 'greedy',
    step: (step, parser) => {
      const end = step.meta.cursor;
      const rowLine = line + countNewlines(text, counted, skipBreaks(text, counted));
      const quoting = step.errors.find((e) => e.type === 'Quotes'); // a one-column file's "no delimiter" is no error
      if (quoting) {
        failure = refuse(file, `${quoting.message} (is a closing quote missing?)`, rowLine);
        parser.abort();
        return;
      }
      line += countNewlines(text, counted, end);
      counted = end;
      if (records.length > MAX_CATALOGUE_ROWS) {
        failure = refuse(
          file,
          `more than ${MAX_CATALOGUE_ROWS.toLocaleString('en-US')} rows; split the catalogue into smaller files`,
        );
        parser.abort();
        return;
      }
      records.push({ line: rowLine, cells: step.data });
    },
  });
  if (failure) return failure;
  return { records, delimiter: result.meta.delimiter || ',' };
}

function skipBreaks(text: string, from: number): number {
  let i = from;
  while (text[i] === '\r' || text[i] === '\n') i++;
  return i;
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * Reads a job catalogue (CSV with any delimiter in UTF-8/UTF-16/Windows-1252, or the first sheet of
 * an XLSX workbook), maps its headers (case-insensitive, with synonyms) and validates each row with
 * zod. Rows that fail are listed with line, column and reason; a file with no title column, no valid
 * row, too many rows, bad quoting or undecodable bytes is refused whole.
 */
export async function parseCatalogue(bytes: Uint8Array, file: string): Promise<ParsedCatalogue | RejectedCatalogue> {
  if (bytes.length > MAX_CATALOGUE_BYTES)
    return refuse(file, `the file is larger than ${MAX_CATALOGUE_BYTES / 1048576} MB`);
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  let records: { line: number; cells: string[] }[];
  let encoding: ParsedCatalogue['encoding'];
  let delimiter = '';
  try {
    if (isZip) {
      records = (await readFirstSheet(bytes, MAX_CATALOGUE_ROWS)).rows;
      encoding = 'xlsx';
    } else {
      const decoded = decodeCatalogue(bytes);
      encoding = decoded.encoding;
      const split = csvRecords(decoded.text.replace(/^\uFEFF/, ''), file);
      if ('ok' in split) return split;
      ({ records, delimiter } = split);
    }
  } catch (error) {
    if (error instanceof UndecodableFile || error instanceof UnreadableWorkbook) return refuse(file, error.message);
    throw error;
  }
  const [header, ...data] = records;
  if (!header) return refuse(file, 'the file is empty');
  if (data.length > MAX_CATALOGUE_ROWS)
    return refuse(
      file,
      `more than ${MAX_CATALOGUE_ROWS.toLocaleString('en-US')} rows; split the catalogue into smaller files`,
    );
  const mapping = mapColumns(header.cells);
  if ('error' in mapping) return refuse(file, mapping.error, header.line);
  const rows: CatalogueRow[] = [];
  const errors: RowError[] = [];
  let rowsRejected = 0;
  let rowsRead = 0;
  for (const record of data) {
    if (record.cells.every((c) => c.trim() === '')) continue;
    rowsRead++;
    const parsed = catalogueRow.safeParse(rawFields(record.cells, mapping.index));
    if (parsed.success) {
      rows.push({ ...parsed.data, line: record.line });
      continue;
    }
    rowsRejected++;
    for (const issue of parsed.error.issues) {
      if (errors.length >= MAX_REPORTED_ERRORS) break;
      const field = String(issue.path[0] ?? '') as CatalogueField;
      errors.push({ file, line: record.line, column: mapping.found[field] ?? field, reason: clip(issue.message, 200) });
    }
  }
  if (rows.length === 0) {
    return {
      ok: false,
      errors: errors.length ? errors : [{ file, line: 0, reason: 'the file has a header but no job rows' }],
    };
  }
  return {
    ok: true,
    fileKind: isZip ? 'xlsx' : 'csv',
    encoding,
    delimiter: isZip ? '' : delimiter,
    rowsRead,
    rowsRejected,
    rows,
    errors,
    mapping: mapping.found,
    ignoredColumns: mapping.ignored,
  };
}
