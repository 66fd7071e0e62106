import type { Db } from './client';
import { databaseFailure, firstLine } from './errors';

/** What GET /api/health reports to operators. */
export interface HealthReport {
  status: 'ok' | 'unavailable';
  database: { reachable: boolean; kind: Db['kind']; latencyMs: number | null; error?: string; cause?: string };
  /** The model version the dashboard shows (status 'ready'), or null when none is ready. */
  modelVersion: string | null;
  /** When the last successful import finished (ISO time), or null when nothing was imported. */
  lastImportAt: string | null;
  checkedAt: string;
}

/** Rejects after `ms` so a hung database cannot hang the health check. */
function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(Object.assign(new Error(`${what} timed out after ${ms} ms`), { code: 'HEALTH_TIMEOUT' })),
      ms,
    );
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** The cause and a one-line message naming it, for operators (never an empty string). */
export function describeFailure(err: unknown): { cause: string; error: string } {
  if ((err as { code?: unknown }).code === 'HEALTH_TIMEOUT') return { cause: 'timeout', error: firstLine(err) };
  const failure = databaseFailure(err);
  if (!failure) return { cause: 'error', error: firstLine(err) };
  return {
    cause: failure.cause,
    error: failure.message.includes(failure.cause) ? failure.message : `${failure.cause}: ${failure.message}`,
  };
}

/**
 * Checks the database with SELECT 1 (bounded by `timeoutMs`), then reads the current model version
 * (the pinned one when ready, else the latest ready) and the time of the last successful import.
 */
export async function checkHealth(
  db: Db,
  options: { timeoutMs?: number; pinnedModel?: string } = {},
): Promise<HealthReport> {
  const timeoutMs = options.timeoutMs ?? 2000;
  const checkedAt = new Date().toISOString();
  const started = performance.now();
  try {
    // On Postgres the ping goes through pg itself, whose errors keep their codes (ECONNREFUSED, …).
    await withTimeout(
      db.pool ? db.pool.query('SELECT 1 AS ok') : db.prisma.$queryRaw`SELECT 1 AS ok`,
      timeoutMs,
      'SELECT 1',
    );
  } catch (err) {
    const { cause, error } = describeFailure(err);
    return {
      status: 'unavailable',
      database: { reachable: false, kind: db.kind, latencyMs: null, error, cause },
      modelVersion: null,
      lastImportAt: null,
      checkedAt,
    };
  }
  const latencyMs = Math.round((performance.now() - started) * 10) / 10;
  const pinned = options.pinnedModel ?? null;
  const [model, lastImport] = await withTimeout(
    Promise.all([
      db.prisma.$queryRaw<{ version: string }[]>`
        SELECT version FROM model_version WHERE status = 'ready'
        ORDER BY (version = ${pinned}) DESC NULLS LAST, scored_at DESC NULLS LAST, created_at DESC LIMIT 1`,
      db.prisma.$queryRaw<{ at: Date | null }[]>`
        SELECT max(finished_at) AS at FROM import_run WHERE status IN ('succeeded', 'unchanged')`,
    ]),
    timeoutMs,
    'health queries',
  );
  return {
    status: 'ok',
    database: { reachable: true, kind: db.kind, latencyMs },
    modelVersion: model[0]?.version ?? null,
    lastImportAt: lastImport[0]?.at ? new Date(lastImport[0].at).toISOString() : null,
    checkedAt,
  };
}
