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

const enum State {
  FieldStart,
  Unquoted,
  Quoted,
  /** Just read a quote inside a quoted field: it closes the field or escapes the next quote. */
  QuoteInQuoted,
}

const fmt = (n: number) => n.toLocaleString('en-US');

/**
 * Watches delimited text (strings in, strings out) with a one-pass quote state machine and passes on
 * only whole records, so the parser never re-reads an unfinished record at each chunk (that re-read made
 * one long quoted field quadratic). Reports, then stops at, a field or record over its cap (naming the
 * line where it began) and a quote still open at the end of the file.
 */
export function recordGuard(options: RecordGuardOptions): Transform {
  const maxField = options.maxFieldChars ?? MAX_FIELD_CHARS;
  const maxRecord = options.maxRecordChars ?? MAX_RECORD_CHARS;
  const delim = options.delimiter.length === 1 ? options.delimiter.charCodeAt(0) : -1; // multi-char: records only
  const quote = options.quoteChar.charCodeAt(0);
  let state = State.FieldStart;
  let line = 1;
  let field = 0;
  let fieldStartLine = 1;
  let fieldChars = 0;
  let recordLine = 1;
  let recordChars = 0;
  let emitted = 0; // end of the last whole record in the current chunk
  let pending: string[] = []; // text of the unfinished record, held until it ends
  let stopped = false;

  const endField = () => {
    state = State.FieldStart;
    field++;
    fieldChars = -1; // the delimiter is not part of the next field
  };
  const endRecord = (i: number) => {
    state = State.FieldStart;
    field = 0;
    fieldChars = -1;
    recordChars = -1;
    recordLine = line;
    emitted = i + 1;
  };
  /** A field or record past its cap, after counting one more character. */
  const overCap = (): ShapeProblem | undefined => {
    if (++fieldChars > maxField && state !== State.FieldStart) {
      const open = state === State.Quoted || state === State.QuoteInQuoted;
      const hint = open ? ` (a quoted field opened on line ${fmt(fieldStartLine)}: is its closing quote missing?)` : '';
      return { line: fieldStartLine, field, reason: `field longer than ${fmt(maxField)} characters${hint}` };
    }
    if (++recordChars > maxRecord) return { line: recordLine, field, reason: `record longer than ${fmt(maxRecord)} characters` };
    return undefined;
  };

  return new Transform({
    objectMode: true,
    transform(text: string, _encoding, done) {
      if (stopped) return done();
      emitted = 0;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x0a) line++;
        if (state === State.Quoted) {
          if (c === quote) state = State.QuoteInQuoted;
        } else if (state === State.QuoteInQuoted) {
          // "" is an escaped quote; spaces may sit between a closing quote and the delimiter (papaparse allows it).
          if (c === quote) state = State.Quoted;
          else if (c === delim) endField();
          else if (c === 0x0a || c === 0x0d) endRecord(i);
          else if (c !== 0x20) state = State.Quoted; // a malformed closing quote: the field stays open, as in papaparse
        } else if (c === delim) endField();
        else if (c === 0x0a || c === 0x0d) endRecord(i);
        else if (state === State.FieldStart) {
          state = c === quote ? State.Quoted : State.Unquoted;
          fieldStartLine = line;
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
      if (emitted < text.length) pending.push(emitted > 0 ? text.slice(emitted) : text);
      done();
    },
    flush(done) {
      if (stopped) return done();
      if (state === State.Quoted) {
        const reason = `a quoted field opened on line ${fmt(fieldStartLine)} is never closed (unterminated quote)`;
        options.onProblem({ line: fieldStartLine, field, reason });
      } else if (pending.length) this.push(pending.join(''));
      done();
    },
  });
}
