import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDb } from '@/lib/db/client';
import { exited, indexState, spawnPgliteChild, waitFor, writeIndexFile } from './crash/harness';

const ROWS = 20_000;
const NAME = 'crash_index';

/** Opens the on-disk PGlite database, reads the index state and closes it (one process at a time). */
async function stateOn(dir: string) {
  const db = createDb({ pgliteDir: dir });
  try {
    return await indexState(db, NAME);
  } finally {
    await db.close();
  }
}

describe('SIGKILL in the middle of an import on the embedded PGlite database (the demo default)', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'taskshift-crash-lite-'));
  const data = path.join(root, 'raw');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('recovers the previous data after the kill, and a re-run equals a clean run', { timeout: 600_000 }, async () => {
    const store = path.join(root, 'pglite');
    await writeIndexFile(data, NAME, 500, 0.25);
    const first = spawnPgliteChild(store, data, NAME);
    expect(await exited(first), first.output()).toBe(0);
    const previous = await stateOn(store);
    expect(previous.rows).toBe(500);

    await writeIndexFile(data, NAME, ROWS, 0.75);
    const child = spawnPgliteChild(store, data, NAME);
    // PGlite admits one process, so the child reports each batch written inside its open transaction.
    await waitFor(
      'rows being written',
      async () => {
        if (child.exitCode !== null) throw new Error(`ingest ended before the kill:\n${child.output()}`);
        const rows = [...child.output().matchAll(/written (\d+)/g)].map((m) => Number(m[1]));
        return Math.max(0, ...rows) >= 4_000;
      },
      300_000,
    );
    child.kill('SIGKILL');
    expect(await exited(child)).toBe('SIGKILL');
    expect(await stateOn(store)).toEqual(previous);

    const rerun = spawnPgliteChild(store, data, NAME);
    const cleanRun = spawnPgliteChild(path.join(root, 'pglite-clean'), data, NAME);
    const [a, b] = await Promise.all([exited(rerun), exited(cleanRun)]);
    expect(a, rerun.output()).toBe(0);
    expect(b, cleanRun.output()).toBe(0);
    const after = await stateOn(store);
    expect(after.rows).toBe(ROWS);
    expect(after).toEqual(await stateOn(path.join(root, 'pglite-clean')));
    console.log(
      `PGlite crash test: killed after ≥4,000 rows written; previous ${previous.rows} rows intact; re-run = clean run = ${after.rows} rows`,
    );
  });
});
