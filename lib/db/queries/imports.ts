import { type Db, getDb } from '../client';
import { cached } from './cache';

/** One import run as the data page lists it. */
export interface ImportRunRow {
  id: number;
  source: string;
  file: string;
  status: string;
  rowsRead: number;
  rowsLoaded: number;
  rowsRejected: number;
  errors: { line?: number; column?: string; reason?: string; file?: string }[];
  message: string | null;
  startedAt: Date;
  durationMs: number | null;
}

/** The latest import runs, newest first. */
export async function fetchImportRuns(limit = 200, db: Db = getDb()): Promise<ImportRunRow[]> {
  const rows = await db.prisma.$queryRaw<
    {
      id: number;
      source: string;
      file: string;
      status: string;
      rows_read: number;
      rows_loaded: number;
      rows_rejected: number;
      errors: unknown;
      message: string | null;
      started_at: Date;
      duration_ms: number | null;
    }[]
  >`SELECT id, source, file, status, rows_read, rows_loaded, rows_rejected, errors, message, started_at, duration_ms
    FROM import_run ORDER BY started_at DESC, id DESC LIMIT ${limit}`;
  return rows.map((r) => ({
    id: r.id,
    source: r.source,
    file: r.file,
    status: r.status,
    rowsRead: r.rows_read,
    rowsLoaded: r.rows_loaded,
    rowsRejected: r.rows_rejected,
    errors: Array.isArray(r.errors) ? (r.errors as ImportRunRow['errors']) : [],
    message: r.message,
    startedAt: r.started_at,
    durationMs: r.duration_ms,
  }));
}

/** Tables whose row counts the data page shows (fixed names, never user input). */
export const COUNTED_TABLES = [
  'onet_occupation',
  'onet_task',
  'onet_rating',
  'onet_job_zone',
  'oews_employment',
  'oews_industry_employment',
  'employment_series',
  'employment_projection',
  'crosswalk',
  'task_label',
  'occupation_label',
  'exposure_index',
  'model_version',
  'occupation_score',
  'task_score',
  'import_run',
] as const;

/** Row counts per table (cached until an import or scoring run changes the data stamp). */
export function fetchTableCounts(db: Db = getDb()): Promise<{ table: string; rows: number }[]> {
  return cached('table-counts', db, () => countTables(db));
}

/** Row counts per table, in one round trip. */
async function countTables(db: Db): Promise<{ table: string; rows: number }[]> {
  const rows = await db.prisma.$queryRaw<Record<string, number>[]>`
    SELECT (SELECT count(*) FROM onet_occupation)::int AS onet_occupation,
           (SELECT count(*) FROM onet_task)::int AS onet_task,
           (SELECT count(*) FROM onet_rating)::int AS onet_rating,
           (SELECT count(*) FROM onet_job_zone)::int AS onet_job_zone,
           (SELECT count(*) FROM oews_employment)::int AS oews_employment,
           (SELECT count(*) FROM oews_industry_employment)::int AS oews_industry_employment,
           (SELECT count(*) FROM employment_series)::int AS employment_series,
           (SELECT count(*) FROM employment_projection)::int AS employment_projection,
           (SELECT count(*) FROM crosswalk)::int AS crosswalk,
           (SELECT count(*) FROM task_label)::int AS task_label,
           (SELECT count(*) FROM occupation_label)::int AS occupation_label,
           (SELECT count(*) FROM exposure_index)::int AS exposure_index,
           (SELECT count(*) FROM model_version)::int AS model_version,
           (SELECT count(*) FROM occupation_score)::int AS occupation_score,
           (SELECT count(*) FROM task_score)::int AS task_score,
           (SELECT count(*) FROM import_run)::int AS import_run`;
  const r = rows[0] ?? {};
  return COUNTED_TABLES.map((table) => ({ table, rows: Number(r[table] ?? 0) }));
}
