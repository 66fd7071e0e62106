import { describe, expect, it } from 'vitest';
import { calibrateScale, combineOccupations, combineTasks, topTokens, Z80 } from '../../lib/models/aggregate';
import { splitOccupations } from '../../lib/models/data';
import { accuracy, confusion, coverage, ece, macroF1, pearson, spearman } from '../../lib/models/metrics';
import { applyHead, trainHead } from '../../lib/models/occupation';
import { predictBow, trainBow } from '../../lib/models/baseline';
import { fixtureTasks } from './fixtures';

describe('metrics', () => {
  it('computes accuracy, confusion and macro-F1', () => {
    const truth = [0, 0, 1, 1, 2, 2];
    const pred = [0, 1, 1, 1, 2, 0];
    expect(accuracy(truth, pred)).toBeCloseTo(4 / 6);
    expect(confusion(truth, pred, 3)).toEqual([
      [1, 1, 0],
      [0, 2, 0],
      [1, 0, 1],
    ]);
    // F1: class0 = 0.5, class1 = 0.8, class2 = 2/3
    expect(macroF1(truth, pred, 3)).toBeCloseTo((0.5 + 0.8 + 2 / 3) / 3);
  });

  it('computes Spearman with ties and Pearson', () => {
    expect(spearman([1, 2, 3, 4], [10, 20, 30, 40])).toBeCloseTo(1);
    expect(spearman([1, 2, 3, 4], [4, 3, 2, 1])).toBeCloseTo(-1);
    expect(spearman([1, 1, 2, 3], [1, 2, 3, 4])).toBeCloseTo(0.9487, 3);
    expect(pearson([1, 2, 3], [2, 4, 7])).toBeCloseTo(0.9934, 3);
  });

  it('computes calibration error and interval coverage', () => {
    expect(
      ece(
        [
          [0.9, 0.1, 0],
          [0.9, 0.1, 0],
        ],
        [0, 1],
      ),
    ).toBeCloseTo(0.4);
    expect(ece([[1, 0, 0]], [0])).toBeCloseTo(0);
    expect(coverage([0.1, 0.5, 0.9], [0, 0.6, 0.8], [0.2, 0.7, 1])).toBeCloseTo(2 / 3);
  });
});

describe('split, baseline and occupation attention', () => {
  it('splits by occupation, deterministically, with no occupation in two splits', () => {
    const codes = Array.from({ length: 100 }, (_, i) => `c${i}`);
    const a = splitOccupations([...codes, ...codes], 7, 0.7, 0.1);
    expect(a).toEqual(splitOccupations(codes.reverse(), 7, 0.7, 0.1));
    expect([...a.values()].filter((s) => s === 'test')).toHaveLength(20);
  });

  it('trains a bag-of-words baseline that fits separable text', () => {
    const tasks = fixtureTasks(45);
    const model = trainBow(
      tasks.map((t) => t.text),
      tasks.map((t) => t.human!),
      { classes: 3, epochs: 10, minCount: 1 },
    );
    const pred = predictBow(
      model,
      tasks.map((t) => t.text),
    ).map((p) => p.indexOf(Math.max(...p)));
    expect(
      accuracy(
        tasks.map((t) => t.human!),
        pred,
      ),
    ).toBeGreaterThan(0.9);
  });

  it('starts from uniform attention and never ends worse than it on validation', () => {
    const occ = (exposures: number[], beta: number) => ({
      beta,
      tasks: exposures.map((e, i) => ({ vector: [e, i % 2], taskType: i % 2 ? 'Core' : 'Supplemental', exposure: e })),
    });
    const train = [occ([0.1, 0.9, 0.5], 0.7), occ([0, 1, 0.2], 0.8), occ([0.3, 0.3], 0.3)];
    const fit = trainHead(train, train);
    expect(fit.valMse).toBeLessThanOrEqual(fit.uniformValMse);
    const uniform = applyHead({ weights: [0, 0, 0, 0] }, train[0]!.tasks);
    expect(uniform.attention).toEqual([1 / 3, 1 / 3, 1 / 3]);
    expect(uniform.score).toBeCloseTo(0.5);
  });

  it('combines members into task and occupation predictions with calibrated intervals', () => {
    const member = (p: number[]) => ({
      exposure: [p, p],
      automation: [
        [1, 0, 0, 0, 0],
        [0, 0, 0, 0, 1],
      ],
      attention: [
        [0.7, 0.3],
        [1, 0],
      ],
      vectors: [[0], [0]],
    });
    const members = [member([0.2, 0.5, 0.3]), member([0.4, 0.3, 0.3])];
    const preds = combineTasks(members, [['write', 'write'], ['lift']]);
    expect(preds[0]!.probs[0]).toBeCloseTo(0.3);
    expect(preds[0]!.low).toBeLessThan(preds[0]!.exposure);
    expect(preds[0]!.topTokens).toEqual([{ token: 'write', weight: 1 }]);
    expect(topTokens(['a', 'b', 'c'], [0.1, 0.5, 0.4], 2).map((t) => t.token)).toEqual(['b', 'c']);
    const tasks = [
      { code: 'x', taskId: 1, text: '', title: '', taskType: 'Core' },
      { code: 'x', taskId: 2, text: '', title: '', taskType: 'Core' },
    ];
    const [occ] = combineOccupations(tasks, members, [{ weights: [0, 0, 0] }, { weights: [0, 0, 0] }], preds, 0.5);
    expect(occ!.exposure).toBeCloseTo((preds[0]!.exposure + preds[1]!.exposure) / 2);
    expect(occ!.automation).toBeCloseTo(0.5);
    expect(occ!.high - occ!.exposure).toBeCloseTo(Z80 * 0.5 * occ!.sd);
    const scale = calibrateScale([{ ...occ!, exposure: 0.5, sd: 0.1 }], new Map([['x', 0.5 + 0.1 * Z80 * 3]]));
    expect(scale).toBeCloseTo(3);
  });
});
