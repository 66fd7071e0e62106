import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../lib/db/client';
import { loadFile } from '../../lib/ingest/load';
import { dbKinds, freshDb } from '../helpers/db';
import { FINGERPRINT_SQL, specOf } from './helpers';

const TASKS = specOf('v30_1/Task Statements.txt');
const HEADER = 'O*NET-SOC Code\tTitle\tTask ID\tTask\tTask Type\tIncumbents Responding\tDate\tDomain Source';

/** A generated Task Statements file of `n` rows; `badLine` (1-based physical line) gets a non-numeric Task ID. */
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

describe.each(dbKinds)('loadFile on %s: atomic, idempotent, reported', (kind) => {
  let db: Db;
  let dir: string;
  const file = () => path.join(dir, TASKS.file);
  const fingerprint = async () =>
    (
      await db.prisma.$queryRawUnsafe<{ n: number; md5: string }[]>(
        FINGERPRINT_SQL('onet_task', 'onet_version, task_id'),
      )
    )[0];
  const lastRun = async () =>
    (
      await db.prisma.$queryRawUnsafe<
        {
          status: string;
          rows_read: number;
          rows_loaded: number;
          rows_rejected: number;
          errors: unknown[];
          message: string | null;
        }[]
      >(
        'SELECT status, rows_read, rows_loaded, rows_rejected, errors, message FROM import_run ORDER BY id DESC LIMIT 1',
      )
    )[0];

  beforeAll(async () => {
    db = await freshDb(kind);
    dir = mkdtempSync(path.join(tmpdir(), 'taskshift-load-'));
    mkdirSync(path.dirname(file()), { recursive: true });
  });
  afterAll(async () => {
    await db?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('loads 6,000 rows, then a bad row at line 5,000 fails the file and keeps the previous data intact', async () => {
    writeFileSync(file(), taskFile(6000));
    const good = await loadFile(db, dir, TASKS, { batchRows: 1000 });
    expect(good).toMatchObject({ status: 'succeeded', rowsRead: 6000, rowsLoaded: 6000, rowsRejected: 0 });
    const before = await fingerprint();
    expect(before?.n).toBe(6000);

    writeFileSync(file(), taskFile(6000, { badLine: 5000, textPrefix: 'Changed' }));
    const bad = await loadFile(db, dir, TASKS, { batchRows: 1000 });
    expect(bad.status).toBe('failed');
    expect(bad.rowsLoaded).toBe(0);
    expect(bad.errors).toEqual([
      { file: TASKS.file, line: 5000, column: 'Task ID', reason: 'expected a whole number (value "oops")' },
    ]);
    expect(await fingerprint()).toEqual(before);
    const run = await lastRun();
    expect(run).toMatchObject({ status: 'failed', rows_read: 6000, rows_rejected: 1 });
    expect(run?.errors).toEqual([
      { file: TASKS.file, line: 5000, column: 'Task ID', reason: 'expected a whole number (value "oops")' },
    ]);
    expect(run?.message).toContain('line 5000, column "Task ID"');
  });

  it('rolls back when the database rejects a batch mid-file', async () => {
    writeFileSync(file(), taskFile(6000));
    await loadFile(db, dir, TASKS, { force: true });
    const before = await fingerprint();
    writeFileSync(file(), taskFile(6000, { textPrefix: 'Other' }));
    // A spec mistake the database catches: a text value cast to int in the 5th batch.
    const broken = {
      ...TASKS,
      toRow: (r: Record<string, unknown>) => {
        const values = TASKS.toRow(r);
        return r['Task ID'] === 104_500 ? { ...values, task_id: 'not-an-int' } : values;
      },
    };
    const result = await loadFile(db, dir, broken, { batchRows: 1000 });
    expect(result.status).toBe('failed');
    expect(result.message).toMatch(/^import aborted: invalid input syntax for type integer: "not-an-int"/);
    expect(await fingerprint()).toEqual(before);
  });

  it('rolls back and frees the connection when the reader itself throws mid-file', async () => {
    writeFileSync(file(), taskFile(6000));
    await loadFile(db, dir, TASKS, { force: true });
    const before = await fingerprint();
    writeFileSync(file(), taskFile(6000, { textPrefix: 'Crash' }));
    const crashing = {
      ...TASKS,
      key: (r: Record<string, unknown>) => {
        if (r['Task ID'] === 104_200) throw new Error('key function crashed');
        return TASKS.key(r);
      },
    };
    const result = await loadFile(db, dir, crashing, { batchRows: 1000 });
    expect(result).toMatchObject({ status: 'failed', message: 'import aborted: key function crashed' });
    expect(await fingerprint()).toEqual(before);
    expect((await loadFile(db, dir, TASKS)).status).toBe('succeeded');
  });

  it('is idempotent: a forced re-load gives identical rows; an unchanged file is skipped', async () => {
    writeFileSync(file(), taskFile(3000));
    await loadFile(db, dir, TASKS, { force: true });
    const first = await fingerprint();
    const again = await loadFile(db, dir, TASKS, { force: true });
    expect(again.status).toBe('succeeded');
    expect(await fingerprint()).toEqual(first);
    const skipped = await loadFile(db, dir, TASKS);
    expect(skipped.status).toBe('unchanged');
    expect((await lastRun())?.status).toBe('unchanged');
    expect(await fingerprint()).toEqual(first);
  });

  it('--skip-invalid loads the valid rows and records rejects, keeping the first 50 errors', async () => {
    const lines = taskFile(200).trimEnd().split('\n');
    for (let i = 1; i <= 80; i++) lines[i * 2] = (lines[i * 2] as string).replace('\tCore\t', '\tSometimes\t');
    writeFileSync(file(), `${lines.join('\n')}\n`);
    const strict = await loadFile(db, dir, TASKS);
    expect(strict).toMatchObject({ status: 'failed', rowsRejected: 80 });
    expect(strict.errors).toHaveLength(50);
    const lenient = await loadFile(db, dir, TASKS, { skipInvalid: true });
    expect(lenient).toMatchObject({ status: 'succeeded', rowsRead: 200, rowsLoaded: 120, rowsRejected: 80 });
    expect((await fingerprint())?.n).toBe(120);
    const run = await lastRun();
    expect(run).toMatchObject({ status: 'succeeded', rows_loaded: 120, rows_rejected: 80 });
    expect(run?.errors).toHaveLength(50);
    expect(run?.errors[0]).toEqual({
      file: TASKS.file,
      line: 3,
      column: 'Task Type',
      reason: 'expected one of Core, Supplemental (value "Sometimes")',
    });
  });

  it('fails a header-only file and a missing required file without touching data', async () => {
    const before = await fingerprint();
    writeFileSync(file(), `${HEADER}\n`);
    const empty = await loadFile(db, dir, TASKS, { force: true });
    expect(empty).toMatchObject({ status: 'failed', message: `${TASKS.file}: no data rows` });
    rmSync(file());
    const missing = await loadFile(db, dir, TASKS);
    expect(missing.status).toBe('failed');
    expect(missing.errors[0]?.reason).toMatch(/^file not found/);
    expect(await loadFile(db, dir, { ...TASKS, optional: true })).toMatchObject({ status: 'missing' });
    expect(await fingerprint()).toEqual(before);
  });

  it('reports NUL characters and huge values as row errors, recorded without crashing', async () => {
    const lines = taskFile(3).trimEnd().split('\n');
    lines[2] = (lines[2] as string).replace('Task 1', 'Task\u0000one');
    lines[3] = (lines[3] as string).replace('\t100002\t', `\t${'9'.repeat(5000)}x\t`);
    writeFileSync(file(), `${lines.join('\n')}\n`);
    const result = await loadFile(db, dir, TASKS, { force: true });
    expect(result.status).toBe('failed');
    expect(result.errors[0]).toEqual({ file: TASKS.file, line: 3, column: 'Task', reason: 'contains a NUL character' });
    expect(result.errors[1]?.column).toBe('Task ID');
    expect(result.errors[1]?.reason.length).toBeLessThan(300);
    const run = await lastRun();
    expect(run).toMatchObject({ status: 'failed', rows_rejected: 2 });
  });

  it('never shows a half-loaded file to a concurrent reader', async () => {
    writeFileSync(file(), taskFile(8000, { textPrefix: 'Concurrent' }));
    await db.prisma.$executeRawUnsafe('DELETE FROM onet_task');
    const loading = loadFile(db, dir, TASKS, { force: true, batchRows: 500 });
    const seen: number[] = [];
    for (let i = 0; i < 5; i++) {
      seen.push((await fingerprint())?.n ?? -1);
      await new Promise((r) => setTimeout(r, 50));
    }
    expect((await loading).status).toBe('succeeded');
    seen.push((await fingerprint())?.n ?? -1);
    expect(seen.every((n) => n === 0 || n === 8000)).toBe(true);
    expect(seen.at(-1)).toBe(8000);
  });
});
