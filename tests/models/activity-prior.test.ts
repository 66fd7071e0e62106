import { describe, expect, it } from 'vitest';
import {
  activityTable,
  countActivities,
  fitActivityPrior,
  mixProbs,
  priorsForTraining,
  smoothed,
  taskPrior,
  taskPriorSd,
} from '../../lib/models/activity-prior';
import { combineTasks } from '../../lib/models/aggregate';
import type { TaskExample } from '../../lib/models/data';
import type { MemberOutputs } from '../../lib/models/predict';

const task = (code: string, human: number, activities: string[]): TaskExample => ({
  code,
  taskId: 0,
  text: '',
  title: '',
  taskType: 'Core',
  human,
  activities,
});

// Occupation A: two E1 tasks on activity x. Occupation B: one E0 task on x, one E2 task on y.
const tasks = [task('A', 1, ['x']), task('A', 1, ['x']), task('B', 0, ['x']), task('B', 2, ['y'])];
const all = [0, 1, 2, 3];

describe('work-activity prior', () => {
  it('counts labels per activity and smooths toward the overall distribution', () => {
    const { total, base } = countActivities(tasks, all);
    expect(base).toEqual([0.25, 0.5, 0.25]);
    expect(total.get('x')).toEqual([1, 2, 0]);
    // (counts + 1·base) / (3 + 1)
    expect(smoothed(total.get('x')!, base, 1)).toEqual([0.3125, 0.625, 0.0625]);
    expect(smoothed([0, 0, 0], base, 1)).toEqual(base);
  });

  it('averages a task’s known activities and knows nothing of unseen ones', () => {
    const table = { x: [0.2, 0.6, 0.2], y: [0, 0.2, 0.8] };
    expect(taskPrior({ activities: table }, ['x', 'y', 'unseen'])).toEqual([0.1, 0.4, 0.5]);
    expect(taskPrior({ activities: table }, ['unseen'])).toBeUndefined();
    expect(taskPrior({ activities: table }, undefined)).toBeUndefined();
  });

  it('mixes probabilities by weight and leaves tasks without a prior alone', () => {
    const mixed = mixProbs([0.6, 0.2, 0.2], [0, 1, 0], 0.25);
    expect(mixed.map((p) => Math.round(p * 1e9) / 1e9)).toEqual([0.45, 0.4, 0.15]);
    expect(mixProbs([0.6, 0.2, 0.2], undefined, 0.9)).toEqual([0.6, 0.2, 0.2]);
  });

  it('leaves a training task’s own occupation out of its prior', () => {
    const prior = {
      smoothing: 1,
      weight: 0.5,
      base: [0.25, 0.5, 0.25],
      activities: activityTable(countActivities(tasks, all).total, [0.25, 0.5, 0.25], 1),
    };
    const priors = priorsForTraining(tasks, all, prior);
    // Task 0 (A, x): without A's two x tasks only B's E0 remains: ([1,0,0] + base) / 2.
    expect(priors[0]).toEqual([0.625, 0.25, 0.125]);
    // Task 3 (B, y): y is seen only in B, so nothing is left.
    expect(priors[3]).toBeUndefined();
    // Outside the training rows the full table applies.
    expect(priorsForTraining(tasks, [0, 1], prior)[2]).toEqual(prior.activities.x);
  });

  it('chooses a high weight when activities decide the label and the network knows nothing', () => {
    const many = Array.from({ length: 60 }, (_, i) => task(`O${i % 12}`, i % 3, [`dwa${i % 3}`]));
    const train = many.flatMap((t, i) => (Number(t.code.slice(1)) < 9 ? [i] : []));
    const val = many.flatMap((t, i) => (Number(t.code.slice(1)) >= 9 ? [i] : []));
    const uniform = many.map(() => [1 / 3, 1 / 3, 1 / 3]);
    const { prior, valLogLoss } = fitActivityPrior(many, train, val, uniform);
    expect(prior.weight).toBeGreaterThanOrEqual(0.9);
    expect(valLogLoss).toBeLessThan(Math.log(3) / 2);
    expect(Object.keys(prior.activities).sort()).toEqual(['dwa0', 'dwa1', 'dwa2']);
    expect(prior.support).toEqual({ dwa0: 15, dwa1: 15, dwa2: 15 });
  });

  it('gives a task prior a standard error that shrinks with the training tasks behind it', () => {
    const prior = {
      smoothing: 1,
      weight: 0.5,
      base: [1 / 3, 1 / 3, 1 / 3],
      activities: { x: [0.5, 0.5, 0], y: [0, 0, 1] },
      support: { x: 3, y: 3 },
    };
    // x: label values 0 or 1 with p = 0.5 → variance 0.25, over 3 + 1 → sd 0.25.
    expect(taskPriorSd(prior, ['x'])).toBeCloseTo(0.25, 12);
    // y is certain (always 0.5), so averaging x and y halves the error: √0.0625 / 2.
    expect(taskPriorSd(prior, ['x', 'y'])).toBeCloseTo(0.125, 12);
    expect(taskPriorSd({ ...prior, support: { x: 99, y: 3 } }, ['x'])).toBeCloseTo(0.05, 12);
    expect(taskPriorSd(prior, ['unseen'])).toBeUndefined();
    expect(taskPriorSd({ ...prior, support: undefined }, ['x'])).toBeUndefined();
  });

  it('keeps weight 0 when no task has a known activity', () => {
    const bare = tasks.map((t) => ({ ...t, activities: [] }));
    const { prior } = fitActivityPrior(
      bare,
      [0, 1],
      [2, 3],
      bare.map(() => [0.5, 0.3, 0.2]),
    );
    expect(prior.weight).toBe(0);
  });

  it('feeds the mixture into every member before averaging', () => {
    const member = (p: number[]): MemberOutputs => ({
      exposure: [p],
      automation: [[1, 0, 0, 0, 0]],
      attention: [[1]],
      vectors: [[0]],
    });
    const members = [member([1, 0, 0]), member([0, 0, 1])];
    const plain = combineTasks(members, [['word']]);
    const mixed = combineTasks(members, [['word']], { probs: [[0, 1, 0]], weight: 0.5 });
    expect(plain[0]!.probs).toEqual([0.5, 0, 0.5]);
    expect(mixed[0]!.probs).toEqual([0.25, 0.5, 0.25]);
    expect(mixed[0]!.memberExposure).toEqual([0.5, 0.75]);
    // The interval adds the prior's error, scaled by its weight, to the members' spread.
    const narrow = mixed[0]!.high - mixed[0]!.low;
    const wide = combineTasks(members, [['word']], { probs: [[0, 1, 0]], weight: 0.5, sd: [0.2] })[0]!;
    expect(wide.high - wide.low).toBeCloseTo(2 * 1.2816 * Math.sqrt(0.125 ** 2 + 0.1 ** 2), 6);
    expect(wide.high - wide.low).toBeGreaterThan(narrow);
  });
});
