import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../lib/db/client';
import { modelVersionStatus } from '../../lib/db/scores';
import { disposeModel, type ExposureModel } from '../../lib/models/artifact';
import { selectBackend } from '../../lib/models/backend';
import { scoreVersion } from '../../lib/models/run-scoring';
import { shardKeys, shardRange, shardSchema } from '../../lib/models/shard';
import { dbKinds, freshDb } from '../helpers/db';
import { fixtureTasks, untrainedModel } from './fixtures';

const tasks = fixtureTasks(40);
const codes = [...new Set(tasks.map((t) => t.code))];
const TASKLESS = ['99-9998.00', '99-9999.00'];

/** The fixture occupations (two without tasks) and tasks as O*NET 30.1 rows. */
async function insertFixtures(db: Db): Promise<void> {
  await db.prisma.$executeRaw`
    INSERT INTO onet_occupation (onet_version, code, soc_code, title, description, major_group)
    SELECT '30.1', c, left(c, 7), 'Title of ' || c, 'Writes reports, lifts boxes', left(c, 2) FROM unnest(${[...codes, ...TASKLESS]}::text[]) AS c`;
  await db.prisma.$executeRaw`
    INSERT INTO onet_task (onet_version, task_id, code, text, task_type, date)
    SELECT '30.1', u.id, u.code, u.text, u.type, '12/2025' FROM unnest(${tasks.map((t) => t.taskId)}::int[], ${tasks.map((t) => t.code)}::text[],
      ${tasks.map((t) => t.text)}::text[], ${tasks.map((t) => t.taskType)}::text[]) AS u(id, code, text, type)`;
}

/** Every stored score row of a version as text, in key order: what "byte for byte" compares. */
async function dump(db: Db, version: string): Promise<string[]> {
  const taskRows = await db.prisma.$queryRaw<{ row: string }[]>`
    SELECT row_to_json(t)::text AS row FROM (SELECT * FROM task_score WHERE model_version = ${version} ORDER BY code, task_id) t`;
  const occRows = await db.prisma.$queryRaw<{ row: string }[]>`
    SELECT row_to_json(o)::text AS row FROM (SELECT * FROM occupation_score WHERE model_version = ${version} ORDER BY code) o`;
  return [...taskRows, ...occRows].map((r) => r.row);
}

describe('--shard i/n', () => {
  it('accepts 1 ≤ i ≤ n and rejects anything else with a reason', () => {
    expect(shardSchema.parse('2/8')).toEqual({ index: 2, count: 8 });
    for (const bad of ['0/3', '4/3', '1/0', '-1/2', '1.5/3', 'a/b', '3', ''])
      expect(shardSchema.safeParse(bad).success, bad).toBe(false);
  });

  it('the n ranges cover every item exactly once, in order', () => {
    for (const [total, n] of [
      [0, 3],
      [1, 4],
      [10, 3],
      [1016, 7],
    ] as const) {
      const ranges = Array.from({ length: n }, (_, i) => shardRange(total, { index: i + 1, count: n }));
      expect(ranges[0]!.start).toBe(0);
      expect(ranges.at(-1)!.end).toBe(total);
      ranges.slice(1).forEach((r, i) => {
        expect(r.start).toBe(ranges[i]!.end);
      });
    }
    const keys = ['c', 'a', 'b', 'a', 'd'];
    expect([1, 2].flatMap((i) => [...shardKeys(keys, { index: i, count: 2 })])).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe.each(dbKinds)('score --shard into %s', (kind) => {
  let single: Db;
  let sharded: Db;
  let model: ExposureModel;
  beforeAll(async () => {
    await selectBackend('wasm', true);
    [single, sharded] = [await freshDb(kind), await freshDb(kind)];
    await insertFixtures(single);
    await insertFixtures(sharded);
    model = untrainedModel(tasks, 'test-shard');
  });
  afterAll(async () => {
    disposeModel(model);
    await single?.close();
    await sharded?.close();
  });

  it('the union of 3 shards writes exactly the rows of a single run, and the version is ready only after the last shard', async () => {
    await scoreVersion(single, model);
    const n = 3;
    const statuses: (string | undefined)[] = [];
    for (const index of [2, 3, 1]) {
      const summary = await scoreVersion(sharded, model, undefined, { shard: { index, count: n } });
      expect(summary.occupations).toBeGreaterThan(0);
      statuses.push(await modelVersionStatus(sharded, 'test-shard'));
    }
    expect(statuses).toEqual(['scoring', 'scoring', 'ready']);
    const expected = await dump(single, 'test-shard');
    expect(expected).toHaveLength(tasks.length + codes.length + TASKLESS.length);
    expect(await dump(sharded, 'test-shard')).toEqual(expected);
  });

  it('re-running one shard replaces only its own rows', async () => {
    const before = await dump(sharded, 'test-shard');
    await scoreVersion(sharded, model, undefined, { shard: { index: 2, count: 3 } });
    expect(await dump(sharded, 'test-shard')).toEqual(before);
    expect(await modelVersionStatus(sharded, 'test-shard')).toBe('ready');
  });
});
