import { sniffNotUtf8 } from './sniff';
import type { RowError } from './types';

/** Default upload size cap: 50 MB. */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

export type UploadEncoding = 'utf-8' | 'utf-8-bom';

export type DecodeResult = { ok: true; text: string; encoding: UploadEncoding } | { ok: false; error: RowError };

/** Line (1-based) and byte column (1-based) of a byte offset. */
function position(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++)
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  return { line, column: offset - lineStart + 1 };
}

/** Offset of the first byte that breaks UTF-8 (overlongs, surrogates and > U+10FFFF included), or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/**
 * Decodes an uploaded file as UTF-8 (with or without BOM). Anything else is refused with a clear
 * error naming line, column and what to do: compressed files and UTF-16/32 (see sniffNotUtf8),
 * binary data (NUL bytes), and invalid UTF-8 such as Latin-1 or Windows-1252 accented letters.
 */
export function decodeUpload(bytes: Uint8Array, file: string): DecodeResult {
  const fail = (reason: string, line = 1, column?: string): DecodeResult => ({
    ok: false,
    error: { file, line, column, reason },
  });
  const resave = 'Re-save it as UTF-8 (in Excel: "CSV UTF-8"), then upload again.';
  if (bytes.length === 0) return fail('the file is empty');
  const notText = sniffNotUtf8(bytes);
  if (notText) return fail(notText.reason);
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const at = position(bytes, nul);
    return fail(
      `binary data: NUL byte at byte ${at.column} of the line; this is not a text CSV file`,
      at.line,
      `byte ${at.column}`,
    );
  }
  const bad = firstInvalidUtf8(bytes);
  if (bad !== -1) {
    const at = position(bytes, bad);
    const hex = (bytes[bad] as number).toString(16).toUpperCase().padStart(2, '0');
    return fail(
      `not valid UTF-8: byte 0x${hex} at byte ${at.column} of the line (Latin-1/Windows-1252 text looks like this). ${resave}`,
      at.line,
      `byte ${at.column}`,
    );
  }
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  return { ok: true, text, encoding: hasBom ? 'utf-8-bom' : 'utf-8' };
}

const CANDIDATES = [',', '\t', ';', '|'] as const;

/** Counts a delimiter outside double quotes in one line. */
function countOutsideQuotes(line: string, delimiter: string): number {
  let n = 0;
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === delimiter && !quoted) n++;
  }
  return n;
}

/**
 * Detects the field delimiter from the first lines: the candidate (comma, tab, semicolon, pipe)
 * found in the header that occurs the same number of times on most following lines.
 * @returns the delimiter, or `fallback` when no candidate appears in the header
 */
export function detectDelimiter(text: string, fallback = ','): string {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/, 20)
    .filter((l) => l.trim() !== '');
  const header = lines[0];
  if (!header) return fallback;
  let best = { delimiter: fallback, score: 0 };
  for (const d of CANDIDATES) {
    const count = countOutsideQuotes(header, d);
    if (count === 0) continue;
    const consistent = lines.slice(1).filter((l) => countOutsideQuotes(l, d) === count).length;
    const score = (consistent + 1) * 1000 + count;
    if (score > best.score) best = { delimiter: d, score };
  }
  return best.delimiter;
}
