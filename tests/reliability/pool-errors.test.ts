import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Db } from '../../lib/db/client';
import { dbKinds, freshDb } from '../helpers/db';

/**
 * A Postgres server that drops an idle pooled connection (a restart, pg_terminate_backend, DROP DATABASE
 * WITH (FORCE)) must not crash the process: pg-pool re-emits the client's error on the pool, and an
 * 'error' event with no listener is thrown as an uncaught exception. Found as a stray CI failure.
 */
describe.skipIf(!dbKinds.includes('postgres'))('an idle connection dropped by the server', () => {
  let db: Db;
  let observer: Db;
  beforeAll(async () => {
    db = await freshDb('postgres');
    observer = await freshDb('postgres');
  });
  afterAll(async () => {
    await observer?.close();
    await db?.close();
  });

  it('is discarded with a warning, and the next query reconnects', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const uncaught: unknown[] = [];
    const onUncaught = (err: unknown) => uncaught.push(err);
    process.prependListener('uncaughtException', onUncaught);
    try {
      const pool = db.pool!;
      const { rows } = await pool.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
      const pid = rows[0]!.pid;
      expect(pool.idleCount).toBeGreaterThan(0);

      await observer.pool!.query('SELECT pg_terminate_backend($1)', [pid]);
      await vi.waitFor(() => expect(pool.totalCount).toBe(0), { timeout: 5000 });

      expect(uncaught).toEqual([]);
      expect(warn.mock.calls.some(([m]) => String(m).includes('Database connection dropped while idle'))).toBe(true);
      const again = await pool.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
      expect(again.rows[0]!.pid).not.toBe(pid);
    } finally {
      process.removeListener('uncaughtException', onUncaught);
      warn.mockRestore();
    }
  });
});
