import { beforeAll, describe, expect, it } from 'vitest';
import { disposeModel } from '../../lib/models/artifact';
import { selectBackend } from '../../lib/models/backend';
import { encodeTasks } from '../../lib/models/features';
import { predictMember } from '../../lib/models/predict';
import { occupationTaskVectors } from '../../lib/models/task-vectors';
import { vocabIndex } from '../../lib/models/tokenizer';
import { fixtureTasks, TEST_CONFIG, untrainedModel } from './fixtures';

beforeAll(async () => {
  await selectBackend('wasm', true);
});

describe('occupation task vectors (for the similarity evaluation)', () => {
  it('averages the member’s task vectors per occupation', () => {
    const tasks = fixtureTasks(20); // 4 occupations of 5 tasks
    const model = untrainedModel(tasks);
    try {
      const vectors = occupationTaskVectors(model, tasks, 1);
      expect([...vectors.keys()]).toEqual(['11-1000.00', '11-1001.00', '11-1002.00', '11-1003.00']);
      const encoded = encodeTasks(tasks, model.vocab, vocabIndex(model.vocab), model.config.titleLen);
      const perTask = predictMember(model.members[1]!, encoded).vectors;
      const second = vectors.get('11-1001.00')!;
      expect(second).toHaveLength(TEST_CONFIG.denseUnits);
      for (let d = 0; d < second.length; d++) {
        const mean = perTask.slice(5, 10).reduce((s, v) => s + v[d]!, 0) / 5;
        expect(second[d]).toBeCloseTo(mean, 5);
      }
    } finally {
      disposeModel(model);
    }
  });
});
