import { encodeValue } from '../db/bulk';
import { copyLineEncoder } from './copy-line';
import type { BatchKind, EncodedBatch } from '../db/table-types';
import type { AnyFileSpec } from './types';

/** Collects a file's checked rows as one encoded batch at a time, in the form its writer takes. */
export interface RowEncoder<Row> {
  /** Rows added since the last take. */
  readonly pending: number;
  push(row: Row): void;
  /** The pending rows as a batch (and starts a new one). */
  take(): EncodedBatch;
}

/** First size of a batch's COPY buffer; it doubles as needed and the next batch starts at the size the last one reached. */
const FIRST_BUFFER_BYTES = 256 * 1024;

/**
 * COPY text collected straight into bytes, one line at a time: a batch held as one long JS string was a rope
 * of a node per cell that lived through several young-generation collections (measured: GC was half of the
 * ingest's parse time), and was converted to bytes again for the socket.
 */
class CopyBytes {
  private buffer = Buffer.allocUnsafe(FIRST_BUFFER_BYTES);
  private used = 0;

  /** Appends `line` and a newline. */
  appendLine(line: string): void {
    const room = line.length * 3 + 1; // a UTF-16 unit is at most 3 UTF-8 bytes
    if (this.used + room > this.buffer.length) {
      const grown = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.used + room));
      this.buffer.copy(grown, 0, 0, this.used);
      this.buffer = grown;
    }
    this.used += this.buffer.write(line, this.used);
    this.buffer[this.used++] = 0x0a;
  }

  /** The bytes so far (handed over, not copied); the next batch gets a fresh buffer of the size this one reached. */
  take(): Uint8Array {
    const bytes = this.buffer.subarray(0, this.used);
    this.buffer = Buffer.allocUnsafe(this.buffer.length);
    this.used = 0;
    return bytes;
  }
}

/**
 * Encodes a spec's keyed rows (`toRow`) in its target's column order: as COPY text lines or as
 * column-major arrays. The first row's keys must be exactly the target's columns, so a spec that
 * names a column its target lacks (or forgets one) fails loudly instead of loading nulls.
 */
export function rowEncoder<Row>(spec: AnyFileSpec, kind: BatchKind): RowEncoder<Row> {
  const names = spec.target.columns.map((c) => c.name);
  const types = spec.target.columns.map((c) => c.type);
  let checked = false;
  const copy = new CopyBytes();
  let columns: (string | null)[][] = names.map(() => []);
  let pending = 0;
  const line = copyLineEncoder(spec.target.columns);
  return {
    get pending() {
      return pending;
    },
    push(row) {
      const values = spec.toRow(row);
      if (!checked) {
        assertColumns(spec, Object.keys(values));
        checked = true;
      }
      if (kind === 'copy') copy.appendLine(line(values));
      else
        for (let i = 0; i < names.length; i++)
          columns[i]?.push(encodeValue(types[i] ?? 'text', values[names[i] as string]));
      pending++;
    },
    take() {
      const batch: EncodedBatch = kind === 'copy' ? { rows: pending, copy: copy.take() } : { rows: pending, columns };
      columns = names.map(() => []);
      pending = 0;
      return batch;
    },
  };
}

/** Throws when a keyed row's column names differ from its target's. */
export function assertColumns(spec: AnyFileSpec, keys: readonly string[]): void {
  const expected = new Set(spec.target.columns.map((c) => c.name));
  const extra = keys.filter((k) => !expected.has(k));
  const missing = [...expected].filter((k) => !keys.includes(k));
  if (extra.length || missing.length) {
    const parts = [
      extra.length ? `not in the target: ${extra.join(', ')}` : '',
      missing.length ? `missing: ${missing.join(', ')}` : '',
    ];
    throw new Error(
      `${spec.file}: toRow columns do not match table ${spec.target.table} (${parts.filter(Boolean).join('; ')})`,
    );
  }
}
