import * as tf from './tf';
import type { TaskExample } from './data';
import { encode, type Vocab } from './tokenizer';

/** Encoded model inputs for a list of tasks, kept as plain arrays so batches can be sliced cheaply. */
export interface EncodedTasks {
  text: number[][];
  title: number[][];
  tokens: string[][];
}

/** Tokenises task text (to vocab.maxLen) and occupation title (to titleLen). */
export function encodeTasks(
  tasks: readonly TaskExample[],
  vocab: Vocab,
  index: Map<string, number>,
  titleLen: number,
): EncodedTasks {
  const text: number[][] = [];
  const title: number[][] = [];
  const tokens: string[][] = [];
  for (const task of tasks) {
    const t = encode(task.text, index, vocab.maxLen);
    text.push(t.ids);
    tokens.push(t.tokens);
    title.push(encode(task.title, index, titleLen).ids);
  }
  return { text, title, tokens };
}

/** The input tensors for rows [start, end) of the encoded tasks. */
export function inputTensors(
  encoded: EncodedTasks,
  start: number,
  end: number,
  rows?: readonly number[],
): [tf.Tensor2D, tf.Tensor2D] {
  const pick = rows ?? Array.from({ length: end - start }, (_, i) => start + i);
  const width = encoded.text[0]?.length ?? 1;
  const titleWidth = encoded.title[0]?.length ?? 1;
  return [
    tf.tensor2d(
      pick.map((i) => encoded.text[i]!),
      [pick.length, width],
    ),
    tf.tensor2d(
      pick.map((i) => encoded.title[i]!),
      [pick.length, titleWidth],
    ),
  ];
}
