import { copyLine, encodeValue, escapeCopyText } from '../db/bulk';
import type { ColumnType } from '../db/table-types';

/** One keyed row (a spec's toRow) → one COPY text line, without its newline. */
export type CopyLineEncoder = (values: Readonly<Record<string, unknown>>) => string;

/** COPY text of one value of a column type, exactly as copyLine(encodeValue(…)) writes it. */
const CELL: Record<ColumnType, (value: unknown) => string> = {
  text: (v) => (v === null || v === undefined ? '\\N' : escapeCopyText(String(v))),
  // A number's text never holds a character COPY escapes, so numbers skip the check.
  int: (v) => (v === null || v === undefined ? '\\N' : typeof v === 'number' ? String(v) : escapeCopyText(String(v))),
  float: (v) => (v === null || v === undefined ? '\\N' : typeof v === 'number' ? String(v) : escapeCopyText(String(v))),
  bool: (v) => (v === null || v === undefined ? '\\N' : v ? 'true' : 'false'),
  jsonb: (v) => (v === null || v === undefined ? '\\N' : escapeCopyText(JSON.stringify(v))),
};

/**
 * The COPY line encoder for a target's columns (the line without its newline): straight-line code reading each column by name (column
 * names appear only as JSON string literals) and encoding it by its type, which V8 runs much faster than
 * a loop of keyed reads and per-cell type switches; the loop where code generation is refused.
 */
export function copyLineEncoder(columns: readonly { name: string; type: ColumnType }[]): CopyLineEncoder {
  const loop: CopyLineEncoder = (values) =>
    copyLine(columns.map((c) => encodeValue(c.type, values[c.name]))).slice(0, -1);
  const parts = columns.map((c, i) => `cell[${i}](values[${JSON.stringify(c.name)}])`);
  try {
    // An array literal joined once builds one flat string (a chain of + left a rope for the writer to flatten).
    const make = new Function('cell', `'use strict';\nreturn (values) => [${parts.join(', ')}].join('\\t');`);
    return make(columns.map((c) => CELL[c.type]));
  } catch {
    return loop; // code generation refused (--disallow-code-generation-from-strings)
  }
}
