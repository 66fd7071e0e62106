import { Transform } from 'node:stream';

/** Longest field accepted (characters as written, quotes included): longer ones are a file error. */
export const MAX_FIELD_CHARS = 10_000;
/** Longest record accepted, so one record can never hold a whole file in memory. */
export const MAX_RECORD_CHARS = 1_000_000;

/** Why a file's shape is broken: where (1-based line, 0-based field index) and what. */
export interface ShapeProblem {
  line: number;
  field: number;
  reason: string;
}

/** Caps on one field and one record, in characters. */
export interface RecordLimits {
  maxFieldChars?: number;
  maxRecordChars?: number;
}

export interface RecordGuardOptions extends RecordLimits {
  delimiter: string;
  quoteChar: string;
  /** Called once at the first problem; the guard then ends its output early. */
  onProblem: (problem: ShapeProblem) => void;
}

// A const object rather than a `const enum` (which isolatedModules builds do not promise to inline).
const State = {
  FieldStart: 0,
  Unquoted: 1,
  Quoted: 2,
  /** Just read a quote inside a quoted field: it closes the field or escapes the next quote. */
  QuoteInQuoted: 3,
} as const;
type State = (typeof State)[keyof typeof State];

const fmt = (n: number) => n.toLocaleString('en-US');

/** The reason for a field over its cap (`hint` says more about an open quote), shared with unquoted-rows.ts. */
export const fieldTooLong = (max: number, hint = '') => `field longer than ${fmt(max)} characters${hint}`;
/** The reason for a record over its cap, shared with unquoted-rows.ts. */
export const recordTooLong = (max: number) => `record longer than ${fmt(max)} characters`;

/**
 * Watches delimited text (strings in, strings out) with a one-pass quote state machine and passes on
 * only whole records, so the parser never re-reads an unfinished record at each chunk (that re-read made
 * one long quoted field quadratic). Reports, then stops at, a field or record over its cap (naming the
 * line where it began) and a quote still open at the end of the file.
 */
export function recordGuard(options: RecordGuardOptions): Transform {
  const maxField = options.maxFieldChars ?? MAX_FIELD_CHARS;
  const maxRecord = options.maxRecordChars ?? MAX_RECORD_CHARS;
  const delimiter = options.delimiter.length === 1 ? options.delimiter : undefined; // multi-char: records only
  const delim = delimiter?.charCodeAt(0) ?? -1;
  const quoteChar = options.quoteChar;
  const quote = quoteChar.charCodeAt(0);
  let state: State = State.FieldStart;
  let line = 1;
  let field = 0;
  let fieldStartLine = 1;
  let fieldChars = 0;
  let recordLine = 1;
  let recordChars = 0;
  let spaceAfterQuote = false; // papaparse closes a field at quote + spaces + delimiter or line break, not at the end
  let pending: string[] = []; // text of the unfinished record, held until it ends
  let stopped = false;

  const endField = () => {
    state = State.FieldStart;
    field++;
    fieldChars = 0;
    recordChars++; // the delimiter
  };
  const endRecord = () => {
    state = State.FieldStart;
    field = 0;
    fieldChars = 0;
    recordChars = 0;
    recordLine = line;
  };
  /** The field or record now past its cap, if any. */
  const overCap = (): ShapeProblem | undefined => {
    if (fieldChars > maxField) {
      const open = state === State.Quoted || state === State.QuoteInQuoted;
      const hint = open ? ` (a quoted field opened on line ${fmt(fieldStartLine)}: is its closing quote missing?)` : '';
      return { line: fieldStartLine, field, reason: fieldTooLong(maxField, hint) };
    }
    if (recordChars > maxRecord) return { line: recordLine, field, reason: recordTooLong(maxRecord) };
    return undefined;
  };

  return new Transform({
    objectMode: true,
    transform(text: string, _encoding, done) {
      if (stopped) return done();
      const n = text.length;
      const find = (what: string, from: number) => {
        const at = text.indexOf(what, from);
        return at === -1 ? n : at;
      };
      // Next delimiter, line feed, carriage return and quote at or after the cursor (n: none), found with
      // indexOf and reused until passed, so runs of ordinary characters are skipped, not stepped through.
      let [nextDelim, nextLf, nextCr, nextQuote] = [-1, -1, -1, -1];
      let emitted = 0; // end of the last whole record in `text`
      let i = 0;
      while (i < n) {
        if (state === State.Quoted) {
          if (nextQuote < i) nextQuote = find(quoteChar, i);
          if (nextLf < i) nextLf = find('\n', i);
          for (; nextLf < nextQuote; nextLf = find('\n', nextLf + 1)) line++; // line breaks inside the quotes
          const end = Math.min(nextQuote + 1, n); // through the quote that may close the field
          fieldChars += end - i;
          recordChars += end - i;
          if (nextQuote < n) [state, spaceAfterQuote] = [State.QuoteInQuoted, false];
          i = end;
        } else if (state === State.Unquoted) {
          if (delimiter && nextDelim < i) nextDelim = find(delimiter, i);
          if (nextLf < i) nextLf = find('\n', i);
          if (nextCr < i) nextCr = find('\r', i);
          const end = Math.min(delimiter ? nextDelim : n, nextLf, nextCr);
          fieldChars += end - i;
          recordChars += end - i;
          i = end; // the delimiter or line break itself is handled next, as at a field's start
          if (i < n) state = State.FieldStart;
        } else {
          // One character at a field's start, or just after a quote inside a quoted field.
          const c = text.charCodeAt(i);
          const afterQuote = state === State.QuoteInQuoted;
          if (c === delim) endField();
          else if (c === 0x0a || c === 0x0d) {
            if (c === 0x0a) line++;
            endRecord();
            emitted = i + 1;
          } else if (afterQuote) {
            // "" is an escaped quote; spaces may sit between a closing quote and the delimiter (papaparse
            // allows it); anything else is a malformed closing quote and the field stays open, as in papaparse.
            if (c === 0x20) spaceAfterQuote = true;
            else if (c === quote && spaceAfterQuote)
              spaceAfterQuote = false; // a new candidate closing quote
            else state = State.Quoted;
            fieldChars++;
            recordChars++;
          } else {
            state = c === quote ? State.Quoted : State.Unquoted;
            fieldStartLine = line;
            fieldChars++;
            recordChars++;
          }
          i++;
        }
        const problem = overCap();
        if (problem) {
          // The whole records before the broken one still go through, so the header and line counts are known.
          if (emitted > 0) this.push([...pending, text.slice(0, emitted)].join(''));
          stopped = true;
          pending = [];
          options.onProblem(problem);
          this.push(null);
          return done();
        }
      }
      // Pass on whole records only; keep the unfinished one (its pieces are joined once, when it ends).
      if (emitted > 0) {
        pending.push(text.slice(0, emitted));
        this.push(pending.join(''));
        pending = [];
      }
      if (emitted < n) pending.push(emitted > 0 ? text.slice(emitted) : text);
      done();
    },
    flush(done) {
      if (stopped) return done();
      if (state === State.Quoted || (state === State.QuoteInQuoted && spaceAfterQuote)) {
        const reason = `a quoted field opened on line ${fmt(fieldStartLine)} is never closed (unterminated quote)`;
        options.onProblem({ line: fieldStartLine, field, reason });
      } else if (pending.length) this.push(pending.join(''));
      done();
    },
  });
}
