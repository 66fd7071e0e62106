import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../lib/db/client';
import { readScoringData, readTrainingData } from '../../lib/db/model-data';
import { countScores } from '../../lib/db/scores';
import { disposeModel, loadModel, saveModel, type ExposureModel } from '../../lib/models/artifact';
import { assessModel } from '../../lib/models/assess';
import { selectBackend } from '../../lib/models/backend';
import { labelExposure } from '../../lib/models/data';
import { scoreVersion } from '../../lib/models/run-scoring';
import { scoreAll } from '../../lib/models/score';
import { trainExposureModel, type TrainResult } from '../../lib/models/train';
import { dbKinds, freshDb } from '../helpers/db';
import { fixtureTasks, TEST_CONFIG } from './fixtures';

// 15 phrases over 12 occupations; each phrase is one work activity, so activities decide the label.
const tasks = fixtureTasks(60);
const activityOf = (taskId: number) => `4.A.0.${(taskId - 1000) % 15}`;
const codes = [...new Set(tasks.map((t) => t.code))];
const E = ['E0', 'E1', 'E2'];

/** Writes the fixture as O*NET 30.1 occupations, tasks and task→DWA links, plus human/GPT-4 labels. */
async function insertFixtures(db: Db): Promise<void> {
  const col = <T>(f: (t: (typeof tasks)[number]) => T) => tasks.map(f);
  await db.prisma.$executeRaw`
    INSERT INTO onet_occupation (onet_version, code, soc_code, title, description, major_group)
    SELECT '30.1', c, left(c, 7), 'Title of ' || c, 'Does things', left(c, 2) FROM unnest(${codes}::text[]) AS c`;
  await db.prisma.$executeRaw`
    INSERT INTO onet_task (onet_version, task_id, code, text, task_type, date)
    SELECT '30.1', u.id, u.code, u.text, u.type, '12/2025'
    FROM unnest(${col((t) => t.taskId)}::int[], ${col((t) => t.code)}::text[], ${col((t) => t.text)}::text[], ${col((t) => t.taskType)}::text[]) AS u(id, code, text, type)`;
  await db.prisma.$executeRaw`
    INSERT INTO onet_task_dwa (onet_version, code, task_id, dwa_id, dwa_title)
    SELECT '30.1', u.code, u.id, u.dwa, 'Activity ' || u.dwa FROM unnest(${col((t) => t.code)}::text[], ${col((t) => t.taskId)}::int[], ${col((t) => activityOf(t.taskId))}::text[]) AS u(code, id, dwa)`;
  await db.prisma.$executeRaw`
    INSERT INTO task_label (code, task_id, task_text, task_type, human_exposure, gpt4_exposure, gpt4_automation, beta)
    SELECT u.code, u.id, u.text, u.type, u.h, u.h, 'T' || u.a, u.b
    FROM unnest(${col((t) => t.code)}::text[], ${col((t) => t.taskId)}::int[], ${col((t) => t.text)}::text[], ${col((t) => t.taskType)}::text[],
      ${col((t) => E[t.human!]!)}::text[], ${col((t) => t.automation!)}::int[], ${col((t) => labelExposure(t.human!))}::float8[]) AS u(code, id, text, type, h, a, b)`;
  await db.prisma.$executeRaw`
    INSERT INTO occupation_label (code, title, dv_alpha, dv_beta, dv_gamma, human_alpha, human_beta, human_gamma)
    SELECT code, 'Title of ' || code, 0, avg(beta), 0, 0, avg(beta), 0 FROM task_label GROUP BY code`;
}

describe.each(dbKinds)('train → evaluate → save → score on %s (tiny model)', (kind) => {
  let db: Db;
  let result: TrainResult;
  let loaded: ExposureModel;
  const dir = mkdtempSync(path.join(tmpdir(), 'taskshift-pipeline-'));
  beforeAll(async () => {
    await selectBackend('wasm', true);
    db = await freshDb(kind);
    await insertFixtures(db);
  }, 60_000);
  afterAll(async () => {
    if (result) disposeModel(result.model);
    if (loaded) disposeModel(loaded);
    rmSync(dir, { recursive: true, force: true });
    await db?.close();
  });

  it('reads each labelled and each scored task with its work activities', async () => {
    const training = await readTrainingData(db);
    expect(training.tasks).toHaveLength(tasks.length);
    expect(training.tasks.every((t) => t.activities?.length === 1 && t.activities[0] === activityOf(t.taskId))).toBe(
      true,
    );
    expect(training.dataVersions.activityLinks).toMatch(/^[0-9a-f]{16}$/);
    const scoring = await readScoringData(db);
    expect(scoring.tasks.map((t) => t.activities)).toEqual(tasks.map((t) => [activityOf(t.taskId)]));
  });

  it('fits the prior on training occupations and beats the network alone on held-out ones', async () => {
    const data = await readTrainingData(db);
    result = await trainExposureModel(
      data,
      { ...TEST_CONFIG, epochs: 1, trainFraction: 0.6, valFraction: 0.2 },
      'pipeline-v1',
    );
    const prior = result.model.activityPrior!;
    expect(prior.weight).toBeGreaterThan(0.5);
    expect(result.prior.activities).toBe(Object.keys(prior.activities).length);
    const a = assessModel(result.model, data);
    expect(a.test.components).toBeDefined();
    expect(a.test.model.task.accuracy).toBeGreaterThanOrEqual(0.9);
    expect(a.test.model.task.accuracy).toBeGreaterThan(a.test.components!.neural.task.accuracy);
  }, 120_000);

  it('saves and loads the prior, and scoring with the loaded model is identical', async () => {
    await saveModel(result.model, dir);
    loaded = await loadModel(dir);
    expect(loaded.activityPrior).toEqual(result.model.activityPrior);
    const { tasks: scoringTasks, occupations } = await readScoringData(db);
    expect(scoreAll(loaded, scoringTasks, occupations)).toEqual(scoreAll(result.model, scoringTasks, occupations));
    const summary = await scoreVersion(db, loaded, dir);
    expect(summary).toMatchObject({ tasks: tasks.length, occupations: codes.length });
    expect(await countScores(db, 'pipeline-v1')).toEqual({ tasks: tasks.length, occupations: codes.length });
  }, 60_000);
});
