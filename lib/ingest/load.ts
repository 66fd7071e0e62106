import { createHash, webcrypto } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Db } from '../db/client';
import {
  finishImportRun,
  inSourceTransaction,
  lastSucceededChecksum,
  startImportRun,
  type ImportRunResult,
} from '../db/imports';
import { WHOLE_FILE_BYTES } from './file-bytes';
import { runFileName, type AnyFileSpec } from './types';
import { InvalidFile, inlineBatches, writeRows, type BatchSource, type Tally } from './write-rows';

export { runFileName } from './types';

export interface LoadOptions {
  /** Load valid rows and record rejects instead of failing the file. */
  skipInvalid?: boolean;
  /** Reload even when the checksum matches the last successful import. */
  force?: boolean;
  /** Rows per write; smaller in tests to exercise mid-file rollback. */
  batchRows?: number;
  onProgress?: (progress: { rows: number; bytes: number; totalBytes: number }) => void;
  /**
   * Where the file is parsed and validated: default on this thread; runIngest passes a parse
   * worker's (parse-pool.ts) so files are checked in parallel while this thread writes.
   */
  batches?: BatchSource;
}

export interface FileResult extends Omit<ImportRunResult, 'status'> {
  source: string;
  file: string;
  /** 'missing' for an optional file that is absent (not recorded as a run). */
  status: ImportRunResult['status'] | 'missing';
  checksum?: string;
}

/** The database's own message, without Prisma's invocation preamble. */
function databaseMessage(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  const inner = /Message: `([\s\S]*)`\s*$/.exec(text)?.[1] ?? text;
  return inner.replace(/\s+/g, ' ').trim();
}

/**
 * sha256 of a file. Up to WHOLE_FILE_BYTES (as the parse reads it) it is read and hashed in the thread pool (WebCrypto), so
 * the thread that parses and writes the ingest does not spend its time on it; larger files are streamed.
 */
export async function fileChecksum(absPath: string): Promise<string> {
  if (statSync(absPath).size <= WHOLE_FILE_BYTES) {
    const digest = await webcrypto.subtle.digest('SHA-256', await readFile(absPath));
    return Buffer.from(digest).toString('hex');
  }
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(absPath)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * Loads one file into its target in one transaction under its source's advisory lock: the
 * scope is cleared, rows are streamed, validated and written in batches, and any invalid row
 * (unless skipInvalid) or database error rolls everything back, leaving previous data intact.
 * Never throws for bad input: the outcome, with up to 50 errors, is returned and recorded in import_run.
 */
export async function loadFile(db: Db, dir: string, spec: AnyFileSpec, options: LoadOptions = {}): Promise<FileResult> {
  const started = performance.now();
  const absPath = path.join(dir, spec.file);
  const file = runFileName(spec);
  const base = { source: spec.source, file, rowsRead: 0, rowsLoaded: 0, rowsRejected: 0 };
  if (!existsSync(absPath)) {
    const status = spec.optional ? 'missing' : 'failed';
    const error = { file: spec.file, line: 0, reason: `file not found: ${absPath}` };
    return { ...base, status, errors: spec.optional ? [] : [error], message: error.reason, durationMs: 0 };
  }
  // The file is hashed in the thread pool while the last successful import's checksum is looked up.
  const [checksum, last] = await Promise.all([
    fileChecksum(absPath),
    options.force ? undefined : lastSucceededChecksum(db, spec.source, file),
  ]);
  if (!options.force && last === checksum) {
    const id = await startImportRun(db, spec.source, file, checksum);
    const result = { ...base, status: 'unchanged' as const, errors: [], durationMs: performance.now() - started };
    await finishImportRun(db, id, { ...result, message: 'same checksum as the last successful import' });
    return { ...result, checksum };
  }
  const runId = await startImportRun(db, spec.source, file, checksum);
  const tally: Tally = { rowsRead: 0, rowsLoaded: 0, rowsRejected: 0, errors: [] };
  const totalBytes = statSync(absPath).size;
  const onProgress = options.onProgress;
  const write = {
    skipInvalid: options.skipInvalid,
    batchRows: options.batchRows,
    onProgress: onProgress && ((p: { rows: number; bytes: number }) => onProgress({ ...p, totalBytes })),
  };
  let result: FileResult;
  try {
    await inSourceTransaction(db, spec.source, (tx) =>
      writeRows(tx, spec, options.batches ?? inlineBatches(absPath, spec), write, tally),
    );
    const status = 'succeeded' as const;
    const message = tally.rowsRejected ? `${tally.rowsRejected} invalid rows skipped` : undefined;
    result = { ...base, ...tally, status, message, checksum, durationMs: performance.now() - started };
  } catch (err) {
    const message = err instanceof InvalidFile ? err.message : `import aborted: ${databaseMessage(err)}`;
    if (!(err instanceof InvalidFile)) tally.errors.push({ file: spec.file, line: 0, reason: message });
    result = {
      ...base,
      ...tally,
      rowsLoaded: 0,
      status: 'failed',
      message,
      checksum,
      durationMs: performance.now() - started,
    };
  }
  await finishImportRun(db, runId, { ...result, status: result.status === 'failed' ? 'failed' : 'succeeded' });
  return result;
}
