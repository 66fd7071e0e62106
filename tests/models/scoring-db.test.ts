import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../lib/db/client';
import {
  countScores,
  currentModelVersion,
  modelVersionStatus,
  readOccupationScores,
  writeScores,
} from '../../lib/db/scores';
import { toCsv } from '../../lib/export/csv';
import { OCCUPATION_COLUMNS } from '../../lib/views/occupation-columns';
import { disposeModel, type ExposureModel } from '../../lib/models/artifact';
import { selectBackend } from '../../lib/models/backend';
import { scoreVersion } from '../../lib/models/run-scoring';
import { dbKinds, freshDb } from '../helpers/db';
import { fixtureTasks, untrainedModel } from './fixtures';

const tasks = fixtureTasks(30);
const codes = [...new Set(tasks.map((t) => t.code))];
const TASKLESS = '99-9999.00';

/** Inserts the fixture occupations (plus one without tasks) and tasks as O*NET 30.1 rows. */
async function insertFixtures(db: Db): Promise<void> {
  const occ = [...codes, TASKLESS];
  await db.prisma.$executeRaw`
    INSERT INTO onet_occupation (onet_version, code, soc_code, title, description, major_group)
    SELECT '30.1', c, left(c, 7), 'Title of ' || c, 'Writes reports, lifts boxes', left(c, 2) FROM unnest(${occ}::text[]) AS c`;
  await db.prisma.$executeRaw`
    INSERT INTO onet_task (onet_version, task_id, code, text, task_type, date)
    SELECT '30.1', u.id, u.code, u.text, u.type, '12/2025' FROM unnest(${tasks.map((t) => t.taskId)}::int[], ${tasks.map((t) => t.code)}::text[],
      ${tasks.map((t) => t.text)}::text[], ${tasks.map((t) => t.taskType)}::text[]) AS u(id, code, text, type)`;
  // an older release's task must not be scored
  await db.prisma
    .$executeRaw`INSERT INTO onet_task (onet_version, task_id, code, text, task_type, date) VALUES ('23.x', 1, '11-1011.00', 'old', 'Core', '08/2018')`;
}

async function csvOf(db: Db, version: string): Promise<string[]> {
  let text = '';
  for await (const chunk of toCsv(OCCUPATION_COLUMNS, await readOccupationScores(db, version))) text += chunk;
  return text.trimEnd().split('\r\n');
}

describe.each(dbKinds)('scoring into %s', (kind) => {
  let db: Db;
  let v1: ExposureModel;
  let v2: ExposureModel;
  beforeAll(async () => {
    await selectBackend('wasm', true);
    db = await freshDb(kind);
    await insertFixtures(db);
    v1 = untrainedModel(tasks, 'test-v1');
    v2 = untrainedModel(tasks, 'test-v2', { ...untrainedModel(tasks).config, seed: 99 });
  });
  afterAll(async () => {
    disposeModel(v1);
    disposeModel(v2);
    await db?.close();
  });

  it('writes one row per task and per 30.1 occupation, and marks the version ready', async () => {
    const summary = await scoreVersion(db, v1);
    expect(summary).toMatchObject({ tasks: tasks.length, occupations: codes.length + 1, unscoredTaskless: 1 });
    expect(await countScores(db, 'test-v1')).toEqual({ tasks: tasks.length, occupations: codes.length + 1 });
    expect(await modelVersionStatus(db, 'test-v1')).toBe('ready');
    expect(await currentModelVersion(db)).toBe('test-v1');
  });

  it('re-scoring the same version is idempotent', async () => {
    const before = await readOccupationScores(db, 'test-v1');
    await scoreVersion(db, v1);
    expect(await countScores(db, 'test-v1')).toEqual({ tasks: tasks.length, occupations: codes.length + 1 });
    expect(await readOccupationScores(db, 'test-v1')).toEqual(before);
  });

  it('a new version never overwrites an old one', async () => {
    const before = await readOccupationScores(db, 'test-v1');
    await scoreVersion(db, v2);
    expect(await readOccupationScores(db, 'test-v1')).toEqual(before);
    expect(await countScores(db, 'test-v2')).toEqual({ tasks: tasks.length, occupations: codes.length + 1 });
  });

  it('a failed write leaves no half-written version and the current one unchanged', async () => {
    await db.prisma
      .$executeRaw`INSERT INTO model_version (version, kind, status) VALUES ('test-v3', 'exposure-ensemble', 'scoring')`;
    const good = {
      code: codes[0]!,
      taskId: 1,
      pE0: 1,
      pE1: 0,
      pE2: 0,
      exposure: 0,
      exposureLow: 0,
      exposureHigh: 0,
      automation: 0,
      attention: 1,
      topTokens: [],
      topActivities: [],
    };
    const duplicate = [good, good]; // same primary key twice: the insert fails inside the transaction
    await expect(writeScores(db, 'test-v3', duplicate, [])).rejects.toThrow();
    expect(await countScores(db, 'test-v3')).toEqual({ tasks: 0, occupations: 0 });
    expect(await modelVersionStatus(db, 'test-v3')).toBe('scoring');
    expect(await currentModelVersion(db)).toBe('test-v2');
  });

  it('exports the documented columns, one row per scored occupation', async () => {
    const lines = await csvOf(db, 'test-v1');
    expect(lines[0]).toBe(
      'code,title,exposure,exposure_low,exposure_high,automation,share_exposed,n_tasks,model_version',
    );
    expect(lines).toHaveLength(codes.length + 2);
    const cells = lines[1]!.split(',');
    expect(cells[0]).toBe(codes[0]);
    expect(cells[1]).toBe(`Title of ${codes[0]}`);
    expect(Number(cells[2])).toBeGreaterThanOrEqual(Number(cells[3]));
    expect(cells[8]).toBe('test-v1');
  });
});
