import * as tf from './tf';
import { ATTENTION_OUTPUT, VECTOR_OUTPUT } from './encoder';
import type { EncodedTasks } from './features';
import { earlyStoppingHead, headWidth, TASK_HEADS, type HeadName, type HeadSpec } from './heads';
import { inputTensors } from './features';

/** One ensemble member's outputs for a list of tasks: each head's probabilities by head name, token attention, task vectors. */
export type MemberOutputs = Record<HeadName, number[][]> & {
  attention: number[][];
  vectors: number[][];
};

function rowsOf(data: Float32Array | Int32Array | Uint8Array, rows: number, width: number): number[][] {
  return Array.from({ length: rows }, (_, r) => Array.from(data.subarray(r * width, (r + 1) * width)));
}

/** A one-output model predicts a tensor, not a list. */
const asList = (out: tf.Tensor | tf.Tensor[]): tf.Tensor[] => (Array.isArray(out) ? out : [out]);

/** Index of each wanted output in the model's outputs, found by layer name (never by position). */
function outputIndex(model: tf.LayersModel, names: readonly string[]): number[] {
  return names.map((name) => {
    const i = model.outputNames.indexOf(name);
    if (i < 0) throw new Error(`the model has no output named ${name} (it has ${model.outputNames.join(', ')})`);
    return i;
  });
}

/** Rows [start, end) of every wanted output, by key (head names, 'attention', 'vectors'). */
type BatchRows = { end: number; rows: [string, number[][]][] };

/** Predicts one batch after another; a generator so the async caller can yield to timers between batches. */
function* predictBatches(
  model: tf.LayersModel,
  encoded: EncodedTasks,
  batchSize: number,
  heads: readonly HeadSpec[],
): Generator<BatchRows> {
  const names = [...heads.map((h) => h.name), ATTENTION_OUTPUT, VECTOR_OUTPUT];
  const keys = memberOutputKeys(heads);
  const index = outputIndex(model, names);
  const n = encoded.text.length;
  for (let start = 0; start < n; start += batchSize) {
    const end = Math.min(n, start + batchSize);
    const arrays = tf.tidy(() => {
      const inputs = inputTensors(encoded, start, end);
      const outputs = asList(model.predict(inputs, { batchSize: end - start }));
      return index.map((i) => ({ data: outputs[i]!.dataSync(), width: outputs[i]!.shape[1] ?? 1 }));
    });
    yield { end, rows: arrays.map((a, k) => [keys[k]!, rowsOf(a.data, end - start, a.width)]) };
  }
}

/** The names of a member's outputs, in order: each head's, then token attention and task vectors. */
export function memberOutputKeys(heads: readonly HeadSpec[] = TASK_HEADS): string[] {
  return [...heads.map((h) => h.name), 'attention', 'vectors'];
}

function emptyOutputs(heads: readonly HeadSpec[]): Record<string, number[][]> {
  return Object.fromEntries(memberOutputKeys(heads).map((k) => [k, []]));
}

/**
 * Runs the full encoder (every head, token attention, task vector) over all tasks in batches and
 * returns the outputs by name; every intermediate tensor is disposed, so it leaks nothing.
 */
export function predictMember(
  model: tf.LayersModel,
  encoded: EncodedTasks,
  batchSize = 1024,
  onBatch?: (done: number) => void,
  heads: readonly HeadSpec[] = TASK_HEADS,
): MemberOutputs {
  const out = emptyOutputs(heads);
  for (const batch of predictBatches(model, encoded, batchSize, heads)) {
    for (const [key, rows] of batch.rows) out[key]!.push(...rows);
    onBatch?.(batch.end);
  }
  return out as MemberOutputs;
}

/** predictMember that yields to the event loop after each batch, so progress timers and signals run meanwhile. */
export async function predictMemberAsync(
  model: tf.LayersModel,
  encoded: EncodedTasks,
  batchSize = 1024,
  onBatch?: (done: number) => void,
  heads: readonly HeadSpec[] = TASK_HEADS,
): Promise<MemberOutputs> {
  const out = emptyOutputs(heads);
  for (const batch of predictBatches(model, encoded, batchSize, heads)) {
    for (const [key, rows] of batch.rows) out[key]!.push(...rows);
    onBatch?.(batch.end);
    await new Promise((resolve) => setImmediate(resolve));
  }
  return out as MemberOutputs;
}

/** Only the early-stopping head's probabilities from the training view (for validation during training). */
export function predictExposure(
  model: tf.LayersModel,
  encoded: EncodedTasks,
  rows: readonly number[],
  batchSize = 1024,
  heads: readonly HeadSpec[] = TASK_HEADS,
): number[][] {
  const head = earlyStoppingHead(heads);
  const [i] = outputIndex(model, [head.name]);
  const out: number[][] = [];
  for (let start = 0; start < rows.length; start += batchSize) {
    const pick = rows.slice(start, start + batchSize);
    const data = tf.tidy(() => {
      const outputs = asList(model.predict(inputTensors(encoded, 0, 0, pick), { batchSize: pick.length }));
      return outputs[i!]!.dataSync();
    });
    out.push(...rowsOf(data, pick.length, headWidth(head)));
  }
  return out;
}
