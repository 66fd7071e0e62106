import { afterEach, describe, expect, it } from 'vitest';
import { endLiveRun, expireDeadRuns, startLiveRun } from '../../lib/db/run-liveness';
import { dbKinds, freshDb } from '../helpers/db';

const warnings: Error[] = [];
const onWarning = (warning: Error) => warnings.push(warning);

describe.skipIf(!dbKinds.includes('postgres'))('the lock session (Postgres)', () => {
  afterEach(() => {
    process.off('warning', onWarning);
  });

  it('takes concurrent runs one statement at a time: every run live, no pg "already executing" deprecation', async () => {
    process.on('warning', onWarning);
    const db = await freshDb('postgres');
    try {
      // Parallel ingest lanes start their runs at once, all on the one lock connection.
      const ids = await Promise.all(
        Array.from({ length: 8 }, (_, i) => startLiveRun(db, { source: 's', file: `f${i}.csv`, checksum: 'c' })),
      );
      expect(new Set(ids).size).toBe(8);
      expect(await expireDeadRuns(db)).toBe(0); // every lock is held, so no run counts as dead
      await Promise.all(ids.map((id) => endLiveRun(db, id)));
      expect(await expireDeadRuns(db)).toBe(8);
      await new Promise((resolve) => setImmediate(resolve)); // warnings are emitted on the next tick
      expect(warnings.filter((w) => /already executing a query/.test(w.message)).map((w) => w.message)).toEqual([]);
    } finally {
      await db.close();
    }
  }, 60_000);
});
