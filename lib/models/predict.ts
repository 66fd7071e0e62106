import * as tf from '@tensorflow/tfjs';
import type { EncodedTasks } from './features';
import { inputTensors } from './features';

/** One ensemble member's outputs for a list of tasks. */
export interface MemberOutputs {
  exposure: number[][];
  automation: number[][];
  attention: number[][];
  vectors: number[][];
}

function rowsOf(data: Float32Array | Int32Array | Uint8Array, rows: number, width: number): number[][] {
  return Array.from({ length: rows }, (_, r) => Array.from(data.subarray(r * width, (r + 1) * width)));
}

/**
 * Runs the full encoder (exposure, automation, token attention, task vector) over all tasks
 * in batches; every intermediate tensor is disposed, so it leaks nothing.
 */
export function predictMember(model: tf.LayersModel, encoded: EncodedTasks, batchSize = 1024, onBatch?: (done: number) => void): MemberOutputs {
  const out: MemberOutputs = { exposure: [], automation: [], attention: [], vectors: [] };
  const n = encoded.text.length;
  for (let start = 0; start < n; start += batchSize) {
    const end = Math.min(n, start + batchSize);
    const arrays = tf.tidy(() => {
      const inputs = inputTensors(encoded, start, end);
      const outputs = model.predict(inputs, { batchSize: end - start }) as tf.Tensor[];
      return outputs.map((t) => ({ data: t.dataSync(), width: t.shape[1] ?? 1 }));
    });
    const [exposure, automation, attention, vectors] = arrays.map((a) => rowsOf(a.data, end - start, a.width));
    out.exposure.push(...exposure!);
    out.automation.push(...automation!);
    out.attention.push(...attention!);
    out.vectors.push(...vectors!);
    onBatch?.(end);
  }
  return out;
}

/** Only the exposure probabilities of the training view (for validation during training). */
export function predictExposure(model: tf.LayersModel, encoded: EncodedTasks, rows: readonly number[], batchSize = 1024): number[][] {
  const out: number[][] = [];
  for (let start = 0; start < rows.length; start += batchSize) {
    const pick = rows.slice(start, start + batchSize);
    const data = tf.tidy(() => {
      const outputs = model.predict(inputTensors(encoded, 0, 0, pick), { batchSize: pick.length }) as tf.Tensor[];
      return outputs[0]!.dataSync();
    });
    out.push(...rowsOf(data, pick.length, 3));
  }
  return out;
}
