import { compiledRow, NOT_FAST } from './compiled-row';
import type { AnyFileSpec, RawRecord, RowError } from './types';

/** Longest raw value quoted back in an error message, and longest message. */
const MAX_SHOWN = 60;
const MAX_MESSAGE = 200;

/** Shortens text for a report and removes NUL characters, which Postgres text and jsonb refuse. */
export function clip(text: string, max: number): string {
  const clean = text.replaceAll('\u0000', '\\0').replace(/\s+/g, ' ');
  return clean.length > max ? `${clean.slice(0, max)}…` : clean;
}

function shown(value: string | undefined): string {
  return value === undefined ? 'missing' : `"${clip(value, MAX_SHOWN)}"`;
}

/**
 * Validates one raw record with the spec's zod schema: by its compiled form where it has one
 * (lib/ingest/compiled-row.ts), and by zod itself otherwise or whenever the compiled form refuses,
 * so the errors are always zod's.
 * @returns the typed row, or one RowError per issue naming file, line, column and reason
 */
export function validateRecord<Row>(
  spec: AnyFileSpec,
  record: RawRecord,
  line: number,
  file = spec.file,
): { ok: true; row: Row } | { ok: false; errors: RowError[] } {
  const fast = compiledRow(spec.row);
  if (fast !== undefined) {
    const row = fast(record);
    if (row !== NOT_FAST) return { ok: true, row: row as Row };
  }
  const result = spec.row.safeParse(record);
  if (result.success) return { ok: true, row: result.data as Row };
  const errors = result.error.issues.map((issue) => {
    const column = typeof issue.path[0] === 'string' ? issue.path[0] : undefined;
    const value = column === undefined ? '' : ` (value ${shown(record[column])})`;
    return { file, line, column, reason: `${clip(issue.message, MAX_MESSAGE)}${value}` };
  });
  return { ok: false, errors };
}

/**
 * Detects duplicate natural keys within one file, remembering the line each key was first seen on. While the
 * keys come in strictly increasing order (as O*NET's and OEWS's sorted files mostly do) they are all distinct,
 * so each costs one comparison and a push; at the first key out of order they go into a Set, one insertion per
 * key from then on. A valid file has no duplicates, so the key → first-line map is built only at the first one.
 */
export class DuplicateKeys {
  /** The keys so far, while they are in strictly increasing order. */
  private readonly ordered: string[] = [];
  private seen: Set<string> | undefined;
  /** First lines of the keys, in the order they were first seen. */
  private readonly lines: number[] = [];
  private firstLines: Map<string, number> | undefined;

  /** @returns an error if `key` was already seen, else undefined (and records it) */
  check(key: string, line: number, file: string): RowError | undefined {
    if (!this.firstLines) {
      if (!this.seen) {
        const last = this.ordered[this.ordered.length - 1];
        if (last === undefined || key > last) {
          this.ordered.push(key);
          this.lines.push(line);
          return undefined;
        }
        this.seen = new Set(this.ordered);
        this.ordered.length = 0;
      }
      const size = this.seen.size;
      this.seen.add(key);
      if (this.seen.size > size) {
        this.lines.push(line);
        return undefined;
      }
      this.firstLines = new Map();
      let i = 0;
      for (const seenKey of this.seen) this.firstLines.set(seenKey, this.lines[i++] as number);
    }
    const first = this.firstLines.get(key);
    if (first !== undefined) return { file, line, reason: `duplicate key ${key} (first seen on line ${first})` };
    this.firstLines.set(key, line);
    return undefined;
  }
}
