import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../lib/db/client';
import { loadFile } from '../../lib/ingest/load';
import { startParsePool, type ParsePool } from '../../lib/ingest/parse-pool';
import { defaultParseWorkers, PARALLEL_FROM_BYTES, runIngest } from '../../lib/ingest/run';
import { dbKinds, freshDb } from '../helpers/db';
import { FINGERPRINT_SQL, MINI_DATA, specOf } from './helpers';

const TASKS = specOf('v30_1/Task Statements.txt');
const HEADER = 'O*NET-SOC Code\tTitle\tTask ID\tTask\tTask Type\tIncumbents Responding\tDate\tDomain Source';
const TABLES: [string, string][] = [
  ['onet_occupation', 'onet_version, code'],
  ['onet_task', 'onet_version, task_id'],
  ['onet_rating', 'onet_version, domain, code, element_id, scale_id'],
  ['task_label', 'code, task_id'],
  ['occupation_label', 'code'],
];

/** A Task Statements file of `n` rows; `badLine` (1-based physical line) gets a non-numeric Task ID. */
function taskFile(n: number, options: { badLine?: number; textPrefix?: string } = {}): string {
  const lines = [HEADER];
  for (let i = 0; i < n; i++) {
    const id = options.badLine === lines.length + 1 ? 'oops' : String(100_000 + i);
    lines.push(
      `15-1252.0${i % 10}\tSoftware Developers\t${id}\t${options.textPrefix ?? 'Task'} ${i}\tCore\t10\t08/2024\tAnalyst`,
    );
  }
  return `${lines.join('\n')}\n`;
}

describe.each(dbKinds)('parse workers on %s: files checked off-thread, written by the loading thread', (kind) => {
  let db: Db;
  let dir: string;
  let pool: ParsePool;
  const fingerprint = async (table: string, order: string) =>
    (await db.prisma.$queryRawUnsafe<{ n: number; md5: string }[]>(FINGERPRINT_SQL(table, order)))[0];
  const all = () => Promise.all(TABLES.map(([t, order]) => fingerprint(t, order)));

  beforeAll(async () => {
    db = await freshDb(kind);
    dir = mkdtempSync(path.join(tmpdir(), 'taskshift-workers-'));
    cpSync(MINI_DATA, dir, { recursive: true });
    pool = startParsePool(2);
  });
  afterAll(async () => {
    await pool?.close();
    await db?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('loads exactly the rows the same ingest loads on one thread', async () => {
    const inline = await runIngest(db, { dir, parseWorkers: 0, force: true });
    expect(inline.failed).toBe(0);
    const expected = await all();
    expect(expected.every((f) => (f?.n ?? 0) > 0)).toBe(true);
    const threaded = await runIngest(db, { dir, parseWorkers: 2, force: true });
    expect(threaded.failed).toBe(0);
    expect(threaded.files.map((f) => [f.file, f.rowsRead, f.rowsLoaded])).toEqual(
      inline.files.map((f) => [f.file, f.rowsRead, f.rowsLoaded]),
    );
    expect(await all()).toEqual(expected);
  });

  it('a bad row in a worker names file, line and column, and leaves none of the file loaded', async () => {
    const file = path.join(dir, TASKS.file);
    writeFileSync(file, taskFile(6000));
    const good = await loadFile(db, dir, TASKS, { batchRows: 1000, batches: pool.batches(dir, TASKS) });
    expect(good).toMatchObject({ status: 'succeeded', rowsRead: 6000, rowsLoaded: 6000 });
    const before = await fingerprint('onet_task', 'onet_version, task_id');
    writeFileSync(file, taskFile(6000, { badLine: 5000, textPrefix: 'Changed' }));
    const bad = await loadFile(db, dir, TASKS, { batchRows: 1000, batches: pool.batches(dir, TASKS) });
    expect(bad).toMatchObject({ status: 'failed', rowsRead: 6000, rowsLoaded: 0, rowsRejected: 1 });
    expect(bad.errors).toEqual([
      { file: TASKS.file, line: 5000, column: 'Task ID', reason: 'expected a whole number (value "oops")' },
    ]);
    expect(await fingerprint('onet_task', 'onet_version, task_id')).toEqual(before);
  });

  it('a file that breaks mid-way in a worker (unclosed quote) fails whole while other files load', async () => {
    const before = await fingerprint('occupation_label', 'code');
    const labels = specOf('occ_level.csv');
    writeFileSync(path.join(dir, TASKS.file), taskFile(3000, { textPrefix: 'Again' }));
    const broken = path.join(dir, labels.file);
    writeFileSync(broken, `${HEADER_OF_LABELS}\n15-1252.00,"Software Developers,0.5,0.5,0.5,0.5,0.5,0.5\n`);
    const report = await runIngest(db, { dir, parseWorkers: 2, force: true, sources: ['onet-30.1', 'eloundou'] });
    const failed = report.files.filter((f) => f.status === 'failed');
    expect(failed.map((f) => f.file)).toEqual([labels.file]);
    expect(failed[0]?.errors[0]).toMatchObject({ file: labels.file, line: 2 });
    expect(await fingerprint('occupation_label', 'code')).toEqual(before);
    expect((await fingerprint('onet_task', 'onet_version, task_id'))?.n).toBeGreaterThanOrEqual(3000);
  });
});

const HEADER_OF_LABELS =
  'O*NET-SOC Code,Title,dv_rating_alpha,dv_rating_beta,dv_rating_gamma,human_rating_alpha,human_rating_beta,human_rating_gamma';

describe('defaultParseWorkers', () => {
  it('uses one worker per core for large ingests on more than 2 cores, none on 2 cores or for small ones', () => {
    expect(defaultParseWorkers(PARALLEL_FROM_BYTES, 8)).toBe(8);
    expect(defaultParseWorkers(PARALLEL_FROM_BYTES, 2)).toBe(0);
    expect(defaultParseWorkers(PARALLEL_FROM_BYTES - 1, 8)).toBe(0);
  });
});
