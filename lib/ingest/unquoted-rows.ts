import { fieldTooLong, MAX_FIELD_CHARS, MAX_RECORD_CHARS, type RecordLimits, recordTooLong } from './record-guard';
import { splitSimpleQuoted } from './simple-quotes';

/** A record over a cap: which field (0-based) and why; its line is the next one its reader counts. */
export interface CapProblem {
  field: number;
  reason: string;
}

/** Parsed rows of one piece of unquoted text, and the record over a cap that ended the read, if any. */
export interface UnquotedChunk {
  rows: string[][];
  /** No cell holds a line feed (records end at \n), so each record is one physical line. */
  singleLine: boolean;
  /** No cell holds a NUL character (checked once for the whole piece). */
  nulFree: boolean;
  problem?: CapProblem;
}

type Newline = '\n' | '\r\n' | '\r';

/**
 * Line ending of a file, guessed from its first records exactly as papaparse guesses it (so both paths split
 * alike): in quoted text, papaparse first drops what lies between quotes.
 */
export function guessNewline(text: string, quoted = false): Newline {
  const head = quoted ? text.slice(0, 1024 * 1024).replace(/"[\s\S]*?"/gm, '') : text.slice(0, 1024 * 1024);
  const r = head.split('\r');
  const n = head.split('\n');
  if (r.length === 1 || (n.length > 1 && (n[0] as string).length < (r[0] as string).length)) return '\n';
  let withN = 0;
  for (const piece of r) if (piece.startsWith('\n')) withN++;
  return withN >= r.length / 2 ? '\r\n' : '\r';
}

/** The first field or record of `cells` over its cap, in reading order (as the record guard finds it). */
export function capProblem(cells: readonly string[], maxField: number, maxRecord: number): CapProblem | undefined {
  let before = 0; // characters of the record before this field, delimiters included
  for (let field = 0; field < cells.length; field++) {
    const length = (cells[field] as string).length;
    if (length > maxField) return { field, reason: fieldTooLong(maxField) };
    if (before + length > maxRecord) return { field, reason: recordTooLong(maxRecord) };
    before += length + 1;
    if (before > maxRecord && field + 1 < cells.length) return { field: field + 1, reason: recordTooLong(maxRecord) };
  }
  return undefined;
}

/**
 * Splits unquoted delimited text (O*NET's TSVs: no quoting, so a record never spans lines) into rows in
 * one pass with native split, instead of the record guard's scan plus papaparse's. Rows, line endings
 * and caps are as on the quoting path (papaparse's newline guess; the guard's field and record caps,
 * which end the read at the first record over one). Whole records only; memory stays bounded.
 * `quoted`: the text is quoted CSV that hasSimpleQuoting (simple-quotes.ts) accepted, so still one record a line.
 */
export async function* unquotedRowChunks(
  text: AsyncIterable<string>,
  delimiter: string,
  limits: RecordLimits = {},
  quoted = false,
): AsyncGenerator<UnquotedChunk> {
  const maxField = limits.maxFieldChars ?? MAX_FIELD_CHARS;
  const maxRecord = limits.maxRecordChars ?? MAX_RECORD_CHARS;
  const shortest = Math.min(maxField, maxRecord);
  let newline: Newline | undefined;
  let carry = ''; // the unfinished record
  const split = (block: string): UnquotedChunk => {
    const chunk: UnquotedChunk = { rows: [], singleLine: newline === '\n', nulFree: !block.includes('\u0000') };
    for (const record of block.split(newline as Newline)) {
      const cells = quoted ? splitSimpleQuoted(record, delimiter) : record.split(delimiter);
      chunk.problem = record.length > shortest ? capProblem(cells, maxField, maxRecord) : undefined;
      if (chunk.problem) return chunk;
      chunk.rows.push(cells);
    }
    return chunk;
  };
  for await (const piece of text) {
    const all = carry + piece;
    newline ??= /[\r\n]/.test(all)
      ? guessNewline(all.slice(0, Math.max(all.lastIndexOf('\n'), all.lastIndexOf('\r')) + 1), quoted)
      : undefined;
    const end = newline === undefined ? -1 : all.lastIndexOf(newline);
    carry = end === -1 ? all : all.slice(end + newline!.length);
    if (end !== -1) {
      const chunk = split(all.slice(0, end));
      yield chunk;
      if (chunk.problem) return;
    }
    const open = carry.length > shortest ? capProblem(carry.split(delimiter), maxField, maxRecord) : undefined;
    if (open) return yield { rows: [], singleLine: true, nulFree: true, problem: open };
  }
  newline ??= '\n';
  if (carry) yield split(carry);
}
