import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Db } from '../db/client';
import { claimUpload, finishUpload, insertUpload, type Upload } from '../db/uploads';
import { loadFile, type FileResult } from './load';
import { formatOf, readRecords } from './parse';
import type { AnyFileSpec, RowError } from './types';
import { decodeUpload, detectDelimiter, MAX_UPLOAD_BYTES } from './upload';
import { expireStagedUploadFiles } from './upload-expiry';
import { DuplicateKeys, validateRecord } from './validate';

/** Where staged uploads live (gitignored). */
export const DEFAULT_UPLOADS_DIR = path.join(process.cwd(), 'data', 'uploads');
/** Most errors shown in a preview report. */
export const MAX_REPORT_ERRORS = 100;

/** What an upload is for: a file of a known source (its registry spec) or a custom index. */
export type UploadTarget =
  | { kind: 'source'; spec: AnyFileSpec }
  | { kind: 'custom-index'; indexName: string; spec: AnyFileSpec };

export interface ValidationReport {
  rowsRead: number;
  rowsValid: number;
  rowsRejected: number;
  errors: RowError[];
}

export type StageResult = { ok: true; upload: Upload } | { ok: false; status: 400 | 413; errors: RowError[] };

/** Bounds an error for storage and display: no NUL (jsonb refuses it), reason ≤ 300 and column ≤ 100 characters. */
export function clipError(e: RowError, file: string): RowError {
  const clean = (v: string, max: number) => {
    const t = v.replace(/\u0000/g, '\\0');
    return t.length > max ? `${t.slice(0, max - 1)}…` : t;
  };
  return { file, line: e.line, ...(e.column !== undefined ? { column: clean(e.column, 100) } : {}), reason: clean(e.reason, 300) };
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
  const report: ValidationReport = { rowsRead: 0, rowsValid: 0, rowsRejected: 0, errors: [] };
  const keep = (errors: RowError[]) => {
    for (const e of errors) if (report.errors.length < MAX_REPORT_ERRORS) report.errors.push(clipError(e, shownName));
  };
  const keys = new DuplicateKeys();
  for await (const event of readRecords(path.join(dir, spec.file), spec, undefined, shownName)) {
    if (event.kind === 'file-error') {
      keep([event.error]);
      continue;
    }
    report.rowsRead++;
    if (event.kind === 'bad-record') {
      keep([event.error]);
      report.rowsRejected++;
      continue;
    }
    const checked = validateRecord(spec, event.record, event.line, shownName);
    const duplicate = checked.ok ? keys.check(spec.key(checked.row), event.line, shownName) : undefined;
    if (checked.ok && !duplicate) {
      report.rowsValid++;
      continue;
    }
    keep(checked.ok ? [duplicate as RowError] : checked.errors);
    report.rowsRejected++;
  }
  if (report.rowsRead === 0 && report.errors.length === 0) keep([{ file: shownName, line: 1, reason: 'no data rows' }]);
  return report;
}

/** A file name safe to show and store: no folders, no control characters, bounded. */
function cleanName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  return base.replace(/[\u0000-\u001f\u007f]/g, '').slice(0, 200) || 'upload.csv';
}

/**
 * Stages an upload: expires day-old staged uploads, checks size and encoding, detects the delimiter,
 * stores the bytes under `dir/<id>/`, validates every row and records the report. Nothing is imported yet.
 */
export async function stageUpload(
  db: Db,
  input: { bytes: Uint8Array; originalName: string; target: UploadTarget },
  options: { dir?: string; maxBytes?: number } = {},
): Promise<StageResult> {
  const dir = options.dir ?? DEFAULT_UPLOADS_DIR;
  const maxBytes = options.maxBytes ?? MAX_UPLOAD_BYTES;
  await expireStagedUploadFiles(db, dir); // abandoned previews never pile up
  const originalName = cleanName(input.originalName);
  if (input.bytes.length > maxBytes) {
    const reason = `the file is ${(input.bytes.length / 1048576).toFixed(1)} MB; the limit is ${(maxBytes / 1048576).toFixed(0)} MB`;
    return { ok: false, status: 413, errors: [{ file: originalName, line: 0, reason }] };
  }
  const decoded = decodeUpload(input.bytes, originalName);
  if (!decoded.ok) return { ok: false, status: 400, errors: [decoded.error] };
  const base = input.target.spec;
  const delimiter = detectDelimiter(decoded.text, formatOf(base).delimiter);
  const id = randomBytes(12).toString('hex');
  const storedPath = `${id}/${path.basename(base.file)}`;
  mkdirSync(path.join(dir, id), { recursive: true });
  // Stored as UTF-8 without BOM and with \n line ends: papaparse guesses one line ending per file,
  // so a file mixing CRLF and LF (e.g. two files pasted together) would otherwise merge rows.
  const normalised = decoded.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  writeFileSync(path.join(dir, storedPath), normalised, { encoding: 'utf8', flag: 'wx' });
  try {
    const report = await validateStaged(stagedSpec(base, storedPath, delimiter), dir, originalName);
    const upload = await insertUpload(db, {
      id,
      kind: input.target.kind,
      source: base.source,
      specFile: input.target.kind === 'custom-index' ? input.target.indexName : base.file,
      originalName,
      storedPath,
      sizeBytes: input.bytes.length,
      checksum: createHash('sha256').update(input.bytes).digest('hex'),
      encoding: decoded.encoding,
      delimiter,
      ...report,
    });
    return { ok: true, upload };
  } catch (err) {
    rmSync(path.join(dir, id), { recursive: true, force: true });
    throw err;
  }
}

/**
 * Imports a staged upload through the ingest pipeline (one transaction under the source's lock,
 * replacing the target's scope), then removes the staged file. Only one confirm of an upload runs.
 * @returns null when the upload is missing or no longer staged
 */
export async function confirmUpload(
  db: Db,
  id: string,
  specFor: (upload: Upload) => AnyFileSpec | undefined,
  options: { dir?: string } = {},
): Promise<{ upload: Upload; result: FileResult } | null> {
  const dir = options.dir ?? DEFAULT_UPLOADS_DIR;
  const claimed = await claimUpload(db, id, 'importing');
  if (!claimed) return null;
  try {
    const base = specFor(claimed);
    if (!base) throw new Error(`unknown target ${claimed.source} / ${claimed.specFile}`);
    const spec = stagedSpec(base, claimed.storedPath, claimed.delimiter);
    const result = await loadFile(db, dir, spec, { force: true });
    const errors = result.errors.map((e) => clipError(e, claimed.originalName));
    const ok = result.status === 'succeeded';
    const upload = await finishUpload(db, id, {
      status: ok ? 'imported' : 'failed',
      rowsLoaded: result.rowsLoaded,
      message: ok ? `${result.rowsLoaded} rows loaded into ${base.target.table}` : result.message,
      ...(ok ? {} : { errors }),
    });
    return { upload, result };
  } catch (err) {
    await finishUpload(db, id, { status: 'failed', rowsLoaded: 0, message: (err as Error).message });
    throw err;
  } finally {
    rmSync(path.join(dir, id), { recursive: true, force: true });
  }
}

/** Cancels a staged upload and deletes its file. @returns false when it was not staged */
export async function cancelUpload(db: Db, id: string, options: { dir?: string } = {}): Promise<boolean> {
  const cancelled = await claimUpload(db, id, 'cancelled');
  if (!cancelled) return false;
  rmSync(path.join(options.dir ?? DEFAULT_UPLOADS_DIR, id), { recursive: true, force: true });
  return true;
}
