import { readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Db } from '../db/client';
import { expireStagedUploads, liveUploadIds } from '../db/uploads';

/** How long a staged upload waits for confirmation before it expires: one day. */
export const STAGED_UPLOAD_TTL_MS = 24 * 60 * 60 * 1000;
/** Staged upload folders are named by their 24-hex-digit id; nothing else in the folder is touched. */
const UPLOAD_FOLDER = /^[0-9a-f]{24}$/;

export interface ExpiryResult {
  /** Staged uploads marked cancelled (expired). */
  expired: number;
  /** Folders deleted: those of expired uploads and orphans older than the TTL. */
  foldersRemoved: number;
}

/**
 * Expires staged uploads older than `ttlMs` (status cancelled, with a message) and deletes their
 * files, plus any upload folder older than `ttlMs` that no staged or importing upload owns (left by a crash).
 * Run at server start and whenever a new upload is staged, so abandoned previews never pile up.
 */
export async function expireStagedUploadFiles(
  db: Db,
  dir: string,
  options: { ttlMs?: number; now?: Date } = {},
): Promise<ExpiryResult> {
  const ttlMs = options.ttlMs ?? STAGED_UPLOAD_TTL_MS;
  const before = new Date((options.now ?? new Date()).getTime() - ttlMs);
  const hours = Math.round(ttlMs / 3_600_000);
  const expired = await expireStagedUploads(
    db,
    before,
    `expired: not confirmed within ${hours} hours; upload the file again`,
  );
  let foldersRemoved = 0;
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => UPLOAD_FOLDER.test(n));
  } catch {
    return { expired: expired.length, foldersRemoved }; // no uploads folder yet
  }
  const keep = await liveUploadIds(db);
  for (const name of names) {
    const folder = path.join(dir, name);
    const old = statSync(folder, { throwIfNoEntry: false })?.mtime;
    if (keep.has(name) || !old || old >= before) continue;
    rmSync(folder, { recursive: true, force: true });
    foldersRemoved++;
  }
  return { expired: expired.length, foldersRemoved };
}
