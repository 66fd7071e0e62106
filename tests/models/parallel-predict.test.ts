import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { disposeModel, type ExposureModel } from '../../lib/models/artifact';
import { selectBackend } from '../../lib/models/backend';
import { planJobs } from '../../lib/models/parallel-predict';
import { scoreAll, scoreAllAsync } from '../../lib/models/score';
import { fixtureTasks, untrainedModel } from './fixtures';

describe('scoring in worker threads', () => {
  it('plans (member, rows) jobs on batch boundaries that cover every row of every member once', () => {
    const jobs = planJobs(3, 1000, 256, 4);
    for (let member = 0; member < 3; member++) {
      const mine = jobs.filter((j) => j.member === member);
      expect(mine[0]!.start).toBe(0);
      expect(mine.at(-1)!.end).toBe(1000);
      mine.slice(1).forEach((j, i) => {
        expect(j.start).toBe(mine[i]!.end);
      });
      for (const j of mine) expect(j.start % 256).toBe(0);
    }
    expect(planJobs(2, 10, 256, 8)).toEqual([
      { member: 0, start: 0, end: 10 },
      { member: 1, start: 0, end: 10 },
    ]);
  });

  describe('with a model', () => {
    let model: ExposureModel;
    const tasks = fixtureTasks(700);
    beforeAll(async () => {
      await selectBackend('wasm', true);
      model = untrainedModel(tasks);
    });
    afterAll(() => disposeModel(model));

    it('gives exactly the rows of in-process scoring, with progress counting every task pass', async () => {
      const occupations = [{ code: '99-9999.00', title: 'Taskless', description: 'Lift boxes' }];
      let last = 0;
      const parallel = await scoreAllAsync(model, tasks, occupations, (done) => (last = done), new Map(), 2);
      expect(last).toBe((tasks.length + 1) * model.members.length);
      expect(parallel).toEqual(scoreAll(model, tasks, occupations));
    }, 120_000);
  });
});
