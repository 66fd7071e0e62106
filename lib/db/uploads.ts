import type { RowError } from './table-types';
import type { Db } from './client';
import type { Upload } from './generated/client';

export type { Upload };
export type UploadStatus = 'staged' | 'importing' | 'imported' | 'failed' | 'cancelled';

/** What staging records about a validated upload. */
export interface NewUpload {
  id: string;
  kind: 'source' | 'custom-index';
  source: string;
  specFile: string;
  originalName: string;
  storedPath: string;
  sizeBytes: number;
  checksum: string;
  encoding: string;
  delimiter: string;
  rowsRead: number;
  rowsValid: number;
  rowsRejected: number;
  errors: RowError[];
  message?: string;
}

/** Records a staged upload and its validation report. */
export async function insertUpload(db: Db, upload: NewUpload): Promise<Upload> {
  const { errors, ...rest } = upload;
  return db.prisma.upload.create({ data: { ...rest, errors: errors.map((e) => ({ ...e })), status: 'staged' } });
}

/** One upload by id, or null. */
export async function getUpload(db: Db, id: string): Promise<Upload | null> {
  return db.prisma.upload.findUnique({ where: { id } });
}

/** The most recent uploads, newest first. */
export async function listUploads(db: Db, limit = 20): Promise<Upload[]> {
  return db.prisma.upload.findMany({ orderBy: { createdAt: 'desc' }, take: limit });
}

/**
 * Atomically moves a staged upload to `next` (importing or cancelled); only one caller wins,
 * so a double click or two admins cannot import one file twice.
 * @returns the upload, or null when it is missing or no longer staged
 */
export async function claimUpload(db: Db, id: string, next: 'importing' | 'cancelled'): Promise<Upload | null> {
  const { count } = await db.prisma.upload.updateMany({
    where: { id, status: 'staged' },
    data: { status: next, ...(next === 'cancelled' ? { decidedAt: new Date() } : {}) },
  });
  return count === 1 ? getUpload(db, id) : null;
}

/** Records the outcome of a confirmed upload's import. */
export async function finishUpload(
  db: Db,
  id: string,
  outcome: { status: 'imported' | 'failed'; rowsLoaded: number; message?: string; errors?: RowError[] },
): Promise<Upload> {
  return db.prisma.upload.update({
    where: { id },
    data: {
      status: outcome.status,
      rowsLoaded: outcome.rowsLoaded,
      message: outcome.message ?? null,
      decidedAt: new Date(),
      ...(outcome.errors ? { errors: outcome.errors.map((e) => ({ ...e })) } : {}),
    },
  });
}

/** Staged uploads older than `before` (abandoned previews to clean up). */
export async function staleStagedUploads(db: Db, before: Date): Promise<Upload[]> {
  return db.prisma.upload.findMany({ where: { status: 'staged', createdAt: { lt: before } } });
}

/**
 * Marks staged uploads created before `before` as cancelled (expired), in one statement that only
 * touches rows still staged, so a confirm racing with it wins or loses cleanly.
 * @returns the ids that expired
 */
export async function expireStagedUploads(db: Db, before: Date, message: string): Promise<string[]> {
  const stale = await db.prisma.upload.findMany({
    where: { status: 'staged', createdAt: { lt: before } },
    select: { id: true },
  });
  if (stale.length === 0) return [];
  const ids = stale.map((u) => u.id);
  await db.prisma.upload.updateMany({
    where: { id: { in: ids }, status: 'staged' },
    data: { status: 'cancelled', message, decidedAt: new Date() },
  });
  const still = await db.prisma.upload.findMany({
    where: { id: { in: ids }, status: 'cancelled', message },
    select: { id: true },
  });
  return still.map((u) => u.id);
}

/** Ids of uploads still staged or being imported (their folders must stay). */
export async function liveUploadIds(db: Db): Promise<Set<string>> {
  const rows = await db.prisma.upload.findMany({
    where: { status: { in: ['staged', 'importing'] } },
    select: { id: true },
  });
  return new Set(rows.map((r) => r.id));
}

/** Names of the custom indices that were loaded (from uploads or indices/*.csv imports). */
export async function customIndexNames(db: Db): Promise<string[]> {
  const rows = await db.prisma.$queryRaw<{ name: string }[]>`
    SELECT DISTINCT e.index_name AS name FROM exposure_index e
    WHERE EXISTS (SELECT 1 FROM import_run r WHERE r.source = 'custom-index' AND r.status = 'succeeded'
                  AND split_part(r.file, '/', 2) = e.index_name || '.csv')
    ORDER BY 1`;
  return rows.map((r) => r.name);
}
