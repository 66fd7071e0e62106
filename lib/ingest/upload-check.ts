import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import { checkedRows, emptyTally } from './check-rows';
import { formatOf } from './parse';
import type { AnyFileSpec, RowError } from './types';
import { decodeUpload, detectDelimiter, type UploadEncoding } from './upload';

/** Most errors shown in a preview report. */
export const MAX_REPORT_ERRORS = 100;

export interface ValidationReport {
  rowsRead: number;
  rowsValid: number;
  rowsRejected: number;
  errors: RowError[];
}

/** Bounds an error for storage and display: no NUL (jsonb refuses it), reason ≤ 300 and column ≤ 100 characters. */
export function clipError(e: RowError, file: string): RowError {
  const clean = (v: string, max: number) => {
    const t = v.replaceAll('\u0000', '\\0');
    return t.length > max ? `${t.slice(0, max - 1)}…` : t;
  };
  return {
    file,
    line: e.line,
    ...(e.column !== undefined ? { column: clean(e.column, 100) } : {}),
    reason: clean(e.reason, 300),
  };
}

/** The spec that reads the staged copy: the target's rules, the staged path and the detected format. */
export function stagedSpec(base: AnyFileSpec, storedPath: string, delimiter: string): AnyFileSpec {
  const format = formatOf(base);
  // A file in the spec's own delimiter keeps its quoting rule; a re-saved CSV is quoted.
  const quoted = delimiter === format.delimiter ? format.quoteChar === '"' : true;
  return { ...base, file: storedPath, delimiter, quoted };
}

/**
 * Validates a staged file exactly as the loader will (parse, zod rows, duplicate keys) without
 * touching the database; streams, so memory stays bounded. Errors name the original file.
 */
export async function validateStaged(spec: AnyFileSpec, dir: string, shownName: string): Promise<ValidationReport> {
  const tally = emptyTally();
  let rowsValid = 0;
  for await (const rows of checkedRows(path.join(dir, spec.file), spec, tally, {
    file: shownName,
    maxErrors: MAX_REPORT_ERRORS,
  })) {
    rowsValid += rows.length;
  }
  const errors = tally.errors.map((e) => clipError(e, shownName));
  if (tally.rowsRead === 0 && errors.length === 0) errors.push({ file: shownName, line: 1, reason: 'no data rows' });
  return { rowsRead: tally.rowsRead, rowsValid, rowsRejected: tally.rowsRejected, errors };
}

/** A file name safe to show and store: no folders, no control characters, bounded. */
export function cleanName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  return base.replace(/[\u0000-\u001f\u007f]/g, '').slice(0, 200) || 'upload.csv';
}

/** What the off-thread check of an upload is given (all of it can cross a thread boundary). */
export interface CheckInput {
  bytes: Uint8Array;
  /** The cleaned original file name, shown in errors. */
  shownName: string;
  /** The upload's id: its folder under `dir`. */
  id: string;
  dir: string;
}

/** A checked upload: refused (nothing left on disk), or stored and validated. */
export type CheckResult =
  | { ok: false; errors: RowError[]; threadId: number }
  | {
      ok: true;
      storedPath: string;
      encoding: UploadEncoding;
      delimiter: string;
      checksum: string;
      report: ValidationReport;
      /** The thread that did the work (the worker's, when run off the request thread). */
      threadId: number;
    };

/**
 * The CPU-heavy half of staging, safe to run in a worker: checks the encoding, detects the
 * delimiter, stores the bytes normalised (UTF-8, no BOM, \n line ends) under `dir/<id>/` and
 * validates every row as the loader will. Leaves nothing on disk when it refuses or throws.
 */
export async function checkUpload(input: CheckInput, base: AnyFileSpec): Promise<CheckResult> {
  const decoded = decodeUpload(input.bytes, input.shownName);
  if (!decoded.ok) return { ok: false, errors: [decoded.error], threadId };
  const delimiter = detectDelimiter(decoded.text, formatOf(base).delimiter);
  const storedPath = `${input.id}/${path.basename(base.file)}`;
  mkdirSync(path.join(input.dir, input.id), { recursive: true });
  try {
    // Stored as UTF-8 without BOM and with \n line ends: papaparse guesses one line ending per file,
    // so a file mixing CRLF and LF (e.g. two files pasted together) would otherwise merge rows.
    const normalised = decoded.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
    writeFileSync(path.join(input.dir, storedPath), normalised, { encoding: 'utf8', flag: 'wx' });
    const report = await validateStaged(stagedSpec(base, storedPath, delimiter), input.dir, input.shownName);
    const checksum = createHash('sha256').update(input.bytes).digest('hex');
    return { ok: true, storedPath, encoding: decoded.encoding, delimiter, checksum, report, threadId };
  } catch (err) {
    rmSync(path.join(input.dir, input.id), { recursive: true, force: true });
    throw err;
  }
}
