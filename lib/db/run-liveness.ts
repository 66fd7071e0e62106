import type { Db } from './client';

/**
 * Which 'running' import runs still have a live process behind them. On Postgres the process that
 * starts a run holds a session-level advisory lock keyed by the run's id on its own connection
 * (Db.lockSession) until the run finishes; a killed process's connection closes and its locks go, so
 * any other process can tell a dead run from a live one, however long the live one takes (a
 * concurrent import, or one queued on its source's lock). PGlite is only ever opened by one process,
 * so there a run is live exactly when this process started it and has not finished it.
 */

/** First half of the two-int advisory-lock key of a run (the second half is the run id). */
const RUN_LOCK_CLASS = `hashtext('taskshift:import-run')`;

/** PGlite: the runs this process has started and not finished, per database. */
const liveHere = new WeakMap<Db, Set<number>>();

/** The message a run left running by a dead process gets. */
export const INTERRUPTED_MESSAGE = 'interrupted: the process ended before the import finished';

/**
 * Inserts an import_run row as 'running' and marks it live. On Postgres the insert and the lock are one
 * statement, so no other process can see the row before its lock is held.
 * @returns the run's id
 */
export async function startLiveRun(db: Db, run: { source: string; file: string; checksum: string }): Promise<number> {
  if (db.lockSession) {
    const session = await db.lockSession();
    const { rows } = await session.query<{ id: number }>(
      `WITH run AS (INSERT INTO import_run (source, file, checksum, status) VALUES ($1, $2, $3, 'running') RETURNING id)
       SELECT id, pg_advisory_lock(${RUN_LOCK_CLASS}, id)::text AS locked FROM run`,
      [run.source, run.file, run.checksum],
    );
    return rows[0]!.id;
  }
  const { id } = await db.prisma.importRun.create({ data: { ...run, status: 'running' } });
  const live = liveHere.get(db) ?? new Set<number>();
  liveHere.set(db, live.add(id));
  return id;
}

/** Releases a run's liveness mark once its outcome is recorded (a lost session already released it). */
export async function endLiveRun(db: Db, id: number): Promise<void> {
  liveHere.get(db)?.delete(id);
  if (!db.lockSession) return;
  const session = await db.lockSession().catch(() => undefined);
  await session?.query(`SELECT pg_advisory_unlock(${RUN_LOCK_CLASS}, $1)::text`, [id]).catch(() => undefined);
}

/**
 * Marks every 'running' run with no live process behind it as failed ("interrupted"), leaving runs of
 * live processes (this one or another) alone. Safe to call at any time; each CLI ingest and the server call it on start.
 * @returns the number of runs marked
 */
export async function expireDeadRuns(db: Db, now = new Date()): Promise<number> {
  if (db.lockSession) {
    // A run whose lock can be taken has no owner; the try-lock is released when this statement commits.
    return db.prisma.$executeRawUnsafe(
      `UPDATE import_run SET status = 'failed', message = $1, finished_at = $2
       WHERE status = 'running' AND pg_try_advisory_xact_lock(${RUN_LOCK_CLASS}, id)`,
      INTERRUPTED_MESSAGE,
      now,
    );
  }
  const { count } = await db.prisma.importRun.updateMany({
    where: { status: 'running', id: { notIn: [...(liveHere.get(db) ?? [])] } },
    data: { status: 'failed', message: INTERRUPTED_MESSAGE, finishedAt: now },
  });
  return count;
}
