import type { ExposureModel } from './artifact';
import type { TaskExample } from './data';
import { encodeTasks } from './features';
import { predictMember } from './predict';
import { vocabIndex } from './tokenizer';

/**
 * Each occupation's mean task vector (the encoder's 48-d `task_vector` layer) from one ensemble
 * member of a committed artifact: the model's own view of what the tasks are, for comparing it
 * with other task-text representations. Reads the artifact, never changes it.
 */
export function occupationTaskVectors(
  model: ExposureModel,
  tasks: readonly TaskExample[],
  member = 0,
  onProgress?: (done: number, total: number) => void,
): Map<string, Float64Array> {
  const encoded = encodeTasks(tasks, model.vocab, vocabIndex(model.vocab), model.config.titleLen);
  const { vectors } = predictMember(model.members[member]!, encoded, 256, (done) => onProgress?.(done, tasks.length));
  const sums = new Map<string, { sum: Float64Array; n: number }>();
  tasks.forEach((t, i) => {
    const v = vectors[i]!;
    let s = sums.get(t.code);
    if (!s) {
      s = { sum: new Float64Array(v.length), n: 0 };
      sums.set(t.code, s);
    }
    for (let d = 0; d < v.length; d++) s.sum[d]! += v[d]!;
    s.n++;
  });
  return new Map([...sums].map(([code, { sum, n }]) => [code, sum.map((x) => x / n)]));
}
