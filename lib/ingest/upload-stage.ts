import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import path from 'node:path';
import type { Db } from '../db/client';
import { claimUpload, finishUpload, insertUpload, type Upload } from '../db/uploads';
import { loadFile, type FileResult } from './load';
import type { AnyFileSpec, RowError } from './types';
import { MAX_UPLOAD_BYTES } from './upload';
import { cleanName, clipError, stagedSpec } from './upload-check';
import { expireStagedUploadFiles } from './upload-expiry';
import { checkUploadOffThread } from './upload-offthread';

// Re-exported: callers and tests use them from here.
export { clipError, MAX_REPORT_ERRORS, stagedSpec, validateStaged, type ValidationReport } from './upload-check';

/** Where staged uploads live (gitignored). */
export const DEFAULT_UPLOADS_DIR = path.join(process.cwd(), 'data', 'uploads');
/**
 * Deletes an upload's staged folder. The ignore comment: staged uploads are data written at run time, not files the
 * server needs, so Next's build must not trace this path (left dynamic, it traced the whole project).
 */
function removeStaged(dir: string, id: string): void {
  rmSync(path.join(/* turbopackIgnore: true */ dir, id), { recursive: true, force: true });
}

/** What an upload is for: a file of a known source (its registry spec) or a custom index. */
export type UploadTarget =
  | { kind: 'source'; spec: AnyFileSpec }
  | { kind: 'custom-index'; indexName: string; spec: AnyFileSpec };

export type StageResult = { ok: true; upload: Upload } | { ok: false; status: 400 | 413 | 422; errors: RowError[] };

/**
 * Stages an upload: expires day-old staged uploads, checks the size, then (in a worker thread, within
 * `budgetMs`) checks the encoding, detects the delimiter, stores the bytes under `dir/<id>/` and
 * validates every row; records the report. Nothing is imported yet.
 */
export async function stageUpload(
  db: Db,
  input: { bytes: Uint8Array; originalName: string; target: UploadTarget },
  options: { dir?: string; maxBytes?: number; budgetMs?: number } = {},
): Promise<StageResult> {
  const dir = options.dir ?? DEFAULT_UPLOADS_DIR;
  const maxBytes = options.maxBytes ?? MAX_UPLOAD_BYTES;
  await expireStagedUploadFiles(db, dir); // abandoned previews never pile up
  const originalName = cleanName(input.originalName);
  if (input.bytes.length > maxBytes) {
    const reason = `the file is ${(input.bytes.length / 1048576).toFixed(1)} MB; the limit is ${(maxBytes / 1048576).toFixed(0)} MB`;
    return { ok: false, status: 413, errors: [{ file: originalName, line: 0, reason }] };
  }
  const base = input.target.spec;
  const id = randomBytes(12).toString('hex');
  const target = { kind: input.target.kind, source: base.source, specFile: specFileOf(input.target) };
  // Decoding, parsing and validating run in a worker thread with a time budget: the server stays responsive.
  const checked = await checkUploadOffThread({ bytes: input.bytes, shownName: originalName, id, dir }, target, options);
  if (!checked.ok) return { ok: false, status: 'timedOut' in checked ? 422 : 400, errors: checked.errors };
  try {
    const upload = await insertUpload(db, {
      id,
      kind: input.target.kind,
      source: base.source,
      specFile: target.specFile,
      originalName,
      storedPath: checked.storedPath,
      sizeBytes: input.bytes.length,
      checksum: checked.checksum,
      encoding: checked.encoding,
      delimiter: checked.delimiter,
      ...checked.report,
    });
    return { ok: true, upload };
  } catch (err) {
    removeStaged(dir, id);
    throw err;
  }
}

/** How an upload names its target in the database: the index name, or the registered file. */
const specFileOf = (target: UploadTarget) => (target.kind === 'custom-index' ? target.indexName : target.spec.file);

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
    removeStaged(dir, id);
  }
}

/** Cancels a staged upload and deletes its file. @returns false when it was not staged */
export async function cancelUpload(db: Db, id: string, options: { dir?: string } = {}): Promise<boolean> {
  const cancelled = await claimUpload(db, id, 'cancelled');
  if (!cancelled) return false;
  removeStaged(options.dir ?? DEFAULT_UPLOADS_DIR, id);
  return true;
}
