import type { Readable } from 'node:stream';
import path from 'node:path';
import Papa from 'papaparse';
import type { AnyFileSpec, RawRecord, RowError } from './types';
import { MAX_FIELD_CHARS, MAX_RECORD_CHARS, recordGuard, type RecordLimits, type ShapeProblem } from './record-guard';
import { columnsRead } from './columns-read';
import { openFileBytes } from './file-bytes';
import { recordMaker } from './record-maker';
import { hasSimpleQuoting } from './simple-quotes';
import { unquotedRowChunks, type CapProblem } from './unquoted-rows';
import { InvalidUtf8, NotUtf8Text, strictUtf8 } from './utf8-stream';

/** A character that never occurs in text files: disables quoting for unquoted TSVs such as O*NET's. */
const NO_QUOTE = '\u0000';

/**
 * Which splitter reads the text: 'auto' splits unquoted text, and quoted text whose quoting is simple, in one pass;
 * 'papaparse' forces the quoting path (tests compare).
 */
export type ParsePath = 'auto' | 'papaparse';

/** One event of a parsed file: a record with its first physical line, or an error. */
export type ParseEvent =
  | { kind: 'record'; line: number; record: RawRecord }
  | { kind: 'bad-record'; error: RowError }
  | { kind: 'file-error'; error: RowError };

/** Bytes of the file read so far, for progress bars. */
export interface ReadProgress {
  bytes: number;
}

/** Delimiter and quote character for a spec, from its options or its file extension. */
export function formatOf(spec: AnyFileSpec): { delimiter: string; quoteChar: string } {
  const ext = path.extname(spec.file).toLowerCase();
  const delimiter = spec.delimiter ?? (ext === '.csv' ? ',' : '\t');
  const quoted = spec.quoted ?? ext !== '.txt';
  return { delimiter, quoteChar: quoted ? '"' : NO_QUOTE };
}

/** Maps trimmed header cells to canonical names (case-insensitive, via aliases); reports missing columns. */
export function mapHeader(cells: string[], spec: AnyFileSpec, file: string): { names: string[]; errors: RowError[] } {
  const canonical = new Map<string, string>();
  for (const name of spec.requiredColumns) canonical.set(name.toLowerCase(), name);
  for (const [alias, name] of Object.entries(spec.aliases ?? {})) canonical.set(alias.trim().toLowerCase(), name);
  const names = cells.map((cell, i) => {
    const trimmed = (i === 0 ? cell.replace(/^\uFEFF/, '') : cell).trim();
    return canonical.get(trimmed.toLowerCase()) ?? trimmed;
  });
  const errors = spec.requiredColumns
    .filter((name) => !names.includes(name))
    .map((name) => ({ file, line: 1, column: name, reason: `missing required column "${name}"` }));
  return { names, errors };
}

/** Counts line breaks inside a record's cells, so quoted newlines keep line numbers right. */
function innerLineBreaks(cells: string[]): number {
  let n = 0;
  for (const cell of cells) for (let i = cell.indexOf('\n'); i !== -1; i = cell.indexOf('\n', i + 1)) n++;
  return n;
}

/** Parsed rows of one chunk, and papaparse's complaints keyed by row index within the chunk. */
interface RowChunk {
  rows: string[][];
  errors: Map<number, string>;
  /** Each record is one physical line (no cell holds a line feed), so lines need no counting. */
  singleLine?: boolean;
  /** No cell holds a NUL character. */
  nulFree?: boolean;
  /** The record after `rows` is over a cap (unquoted text, where no guard runs): the read ends there. */
  problem?: CapProblem;
}

const NO_ERRORS: Map<number, string> = new Map();

/** Unquoted text in one pass (unquoted-rows.ts), in the chunks the quoting path gives. */
async function* unquotedChunks(
  source: Readable,
  delimiter: string,
  limits: RecordLimits,
  quoted: boolean,
): AsyncGenerator<RowChunk> {
  for await (const chunk of unquotedRowChunks(source, delimiter, limits, quoted)) yield { ...chunk, errors: NO_ERRORS };
}

/**
 * Streams a file as chunks of parsed rows with bounded memory: after each chunk papaparse and
 * the file stream are paused until the consumer asks for more (backpressure).
 */
async function* rowChunks(source: Readable, delimiter: string, quoteChar: string): AsyncGenerator<RowChunk> {
  const queue: RowChunk[] = [];
  let handle: Papa.Parser | undefined;
  let done = false;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  Papa.parse<string[]>(source as unknown as File, {
    delimiter,
    quoteChar,
    escapeChar: quoteChar,
    chunk: (results, parser) => {
      const errors = new Map<number, string>();
      for (const e of results.errors) if (!errors.has(e.row ?? 0)) errors.set(e.row ?? 0, e.message);
      queue.push({ rows: results.data, errors });
      handle = parser;
      parser.pause();
      source.pause();
      wake?.();
    },
    complete: () => {
      done = true;
      wake?.();
    },
    error: (err: Error) => {
      failure = err;
      done = true;
      wake?.();
    },
  });
  for (;;) {
    const next = queue.shift();
    if (next) {
      yield next;
      continue;
    }
    if (failure) throw failure;
    if (done) return;
    const waiting = new Promise<void>((resolve) => (wake = resolve));
    const paused = handle;
    handle = undefined;
    if (paused) {
      source.resume();
      paused.resume();
    }
    await waiting;
  }
}

/**
 * Reads a delimited file as batches of events, one batch per parsed chunk (see rowChunks for
 * backpressure): header errors (then stops), field-count errors, and records keyed by canonical
 * header names, each with the physical line it starts on. Batches spare the hot loop one
 * promise per record. `limits` overrides the field and record caps (benchmarks lift them).
 */
export async function* readRecordBatches(
  absPath: string,
  spec: AnyFileSpec,
  progress: ReadProgress = { bytes: 0 },
  file = spec.file,
  limits: RecordLimits = {},
  splitter: ParsePath = 'auto',
): AsyncGenerator<ParseEvent[]> {
  const { delimiter, quoteChar } = formatOf(spec);
  const bytes = await openFileBytes(absPath);
  const raw = bytes.stream;
  const source = strictUtf8();
  let problem: ShapeProblem | undefined;
  raw.on('error', (error) => source.destroy(error));
  // Unquoted text with a one-character delimiter (O*NET's TSVs) is split in one pass, and so is quoted text read
  // whole whose quoting is simple (BLS's CSVs: quotes only around cells with commas); the rest goes through the guard.
  const oneCharacter = splitter !== 'papaparse' && delimiter.length === 1 && delimiter.charCodeAt(0) < 0x80;
  const simplyQuoted =
    oneCharacter &&
    quoteChar === '"' &&
    bytes.whole !== undefined &&
    hasSimpleQuoting(
      bytes.whole,
      delimiter.charCodeAt(0),
      Math.min(limits.maxFieldChars ?? MAX_FIELD_CHARS, limits.maxRecordChars ?? MAX_RECORD_CHARS) - 1,
    );
  const unquoted = (oneCharacter && quoteChar === NO_QUOTE) || simplyQuoted;
  // Only whole records reach papaparse; an over-long field or an unclosed quote ends the read early.
  const guarded = unquoted
    ? undefined
    : recordGuard({
        ...limits,
        delimiter,
        quoteChar,
        onProblem: (p: ShapeProblem) => {
          problem = p;
          raw.destroy();
        },
      });
  if (guarded) source.on('error', (error) => guarded.destroy(error));
  const chunks = guarded
    ? rowChunks(raw.pipe(source).pipe(guarded), delimiter, quoteChar)
    : unquotedChunks(raw.pipe(source), delimiter, limits, simplyQuoted);
  let names: string[] | undefined;
  let makeRecord: (cells: readonly string[]) => RawRecord = () => ({});
  let nextLine = 1;
  const columnOf = (field: number) => names?.[field] ?? `field ${field + 1}`;
  try {
    for await (const chunk of chunks) {
      progress.bytes = bytes.bytesRead();
      const events: ParseEvent[] = [];
      for (const [row, cells] of chunk.rows.entries()) {
        const line = nextLine;
        nextLine += chunk.singleLine ? 1 : 1 + innerLineBreaks(cells);
        const parserError = chunk.errors.size ? chunk.errors.get(row) : undefined;
        if (parserError) {
          // Papaparse's complaints (a malformed quote) make the record's fields unreliable: the file fails.
          yield [
            ...events,
            {
              kind: 'file-error',
              error: { file, line, reason: `${parserError.toLowerCase()} (check the quotes on this line)` },
            },
          ];
          return;
        }
        if (cells.length === 1 && cells[0]?.trim() === '') continue; // blank line or trailing newline
        if (!names) {
          const header = mapHeader(cells, spec, file);
          if (header.errors.length) {
            yield [...events, ...header.errors.map((error) => ({ kind: 'file-error' as const, error }))];
            return;
          }
          names = header.names;
          makeRecord = recordMaker(names, columnsRead(spec));
          continue;
        }
        if (cells.length !== names.length) {
          const reason = `expected ${names.length} fields, found ${cells.length}`;
          events.push({ kind: 'bad-record', error: { file, line, reason } });
          continue;
        }
        const nul = chunk.nulFree ? -1 : cells.findIndex((cell) => cell.includes('\u0000'));
        if (nul !== -1) {
          events.push({
            kind: 'bad-record',
            error: { file, line, column: names[nul], reason: 'contains a NUL character' },
          });
          continue;
        }
        const record = makeRecord(cells);
        if (spec.skip?.(record)) continue;
        events.push({ kind: 'record', line, record });
      }
      const unplaced = [...chunk.errors].find(([row]) => row >= chunk.rows.length);
      if (unplaced) {
        yield [...events, { kind: 'file-error', error: { file, line: nextLine, reason: unplaced[1].toLowerCase() } }];
        return;
      }
      if (chunk.problem) {
        // Nothing from this file is loaded: a file-error fails the whole file (its transaction rolls back).
        const { field, reason } = chunk.problem;
        yield [...events, { kind: 'file-error', error: { file, line: nextLine, column: columnOf(field), reason } }];
        return;
      }
      if (events.length) yield events;
    }
    if (problem) {
      // Nothing from this file is loaded: a file-error fails the whole file (its transaction rolls back).
      yield [
        {
          kind: 'file-error',
          error: { file, line: problem.line, column: columnOf(problem.field), reason: problem.reason },
        },
      ];
      return;
    }
  } catch (error) {
    if (error instanceof NotUtf8Text) {
      yield [{ kind: 'file-error', error: { file, line: 1, reason: error.reason } }];
      return;
    }
    if (!(error instanceof InvalidUtf8)) throw error;
    // Nothing from this file is loaded: a file-error fails the whole file (its transaction rolls back).
    const what = error.hex === 'truncated' ? 'the file ends inside a multi-byte character' : `byte 0x${error.hex}`;
    const reason = `not valid UTF-8: ${what} (Latin-1/Windows-1252 text looks like this); re-save the file as UTF-8`;
    yield [{ kind: 'file-error', error: { file, line: error.line, column: `byte ${error.byte}`, reason } }];
    return;
  } finally {
    raw.destroy();
    source.destroy();
    guarded?.destroy();
  }
  if (!names) yield [{ kind: 'file-error', error: { file, line: 1, reason: 'empty file: no header row' } }];
}

/** Reads a delimited file record by record (the events of readRecordBatches, one at a time). */
export async function* readRecords(
  absPath: string,
  spec: AnyFileSpec,
  progress: ReadProgress = { bytes: 0 },
  file = spec.file,
): AsyncGenerator<ParseEvent> {
  for await (const batch of readRecordBatches(absPath, spec, progress, file)) yield* batch;
}
