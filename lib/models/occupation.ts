import * as tf from './tf';

/** Attention over an occupation's tasks: logit = w · [task vector, is core, is supplemental]. */
export interface OccupationHead {
  weights: number[];
}

/** One task as the occupation model sees it. */
export interface OccupationTaskInput {
  vector: readonly number[];
  taskType: string | null;
  exposure: number;
}

/** The attention features of a task: its vector plus core/supplemental indicators. */
export function taskFeatures(task: OccupationTaskInput): number[] {
  return [...task.vector, task.taskType === 'Core' ? 1 : 0, task.taskType === 'Supplemental' ? 1 : 0];
}

/** Attention weights (summing to 1) over tasks, and the occupation score Σ aᵢ·exposureᵢ in [0, 1]. */
export function applyHead(
  head: OccupationHead,
  tasks: readonly OccupationTaskInput[],
): { attention: number[]; score: number } {
  if (tasks.length === 0) return { attention: [], score: 0 };
  const logits = tasks.map((t) => taskFeatures(t).reduce((s, x, i) => s + x * (head.weights[i] ?? 0), 0));
  const max = Math.max(...logits);
  const exps = logits.map((l) => Math.exp(l - max));
  const total = exps.reduce((a, b) => a + b, 0);
  const attention = exps.map((e) => e / total);
  return { attention, score: attention.reduce((s, a, i) => s + a * tasks[i]!.exposure, 0) };
}

/** Pads occupations to one tensor: features [O, M, F], exposures [O, M], mask [O, M]. */
function padded(occupations: readonly (readonly OccupationTaskInput[])[]) {
  const m = Math.max(1, ...occupations.map((o) => o.length));
  const f = occupations.find((o) => o.length)?.[0] ? taskFeatures(occupations.find((o) => o.length)![0]!).length : 1;
  const feats = new Float32Array(occupations.length * m * f);
  const exps = new Float32Array(occupations.length * m);
  const mask = new Float32Array(occupations.length * m);
  occupations.forEach((tasks, o) => {
    tasks.forEach((t, j) => {
      feats.set(taskFeatures(t), (o * m + j) * f);
      exps[o * m + j] = t.exposure;
      mask[o * m + j] = 1;
    });
  });
  return {
    feats: tf.tensor3d(feats, [occupations.length, m, f]),
    exps: tf.tensor2d(exps, [occupations.length, m]),
    mask: tf.tensor2d(mask, [occupations.length, m]),
    f,
  };
}

function scores(w: tf.Tensor, data: ReturnType<typeof padded>): tf.Tensor1D {
  const [o, m, f] = data.feats.shape;
  const logits = tf.reshape(tf.matMul(tf.reshape(data.feats, [o * m, f]), tf.reshape(w, [f, 1])), [o, m]);
  const masked = tf.where(tf.greater(data.mask, 0), logits, tf.fill([o, m], -1e9));
  return tf.sum(tf.mul(tf.softmax(masked), data.exps), 1) as tf.Tensor1D;
}

/**
 * Trains the attention head against human β with Adam and L2, starting from uniform attention
 * (w = 0, i.e. the plain mean of task exposures) and keeping the weights with the lowest
 * validation error, so it never does worse than the mean on validation.
 */
export function trainHead(
  train: { tasks: OccupationTaskInput[]; beta: number }[],
  val: { tasks: OccupationTaskInput[]; beta: number }[],
  options: { steps?: number; learningRate?: number; l2?: number } = {},
): { head: OccupationHead; valMse: number; uniformValMse: number } {
  const { steps = 150, learningRate = 0.01, l2 = 1e-3 } = options;
  const tr = padded(train.map((o) => o.tasks));
  const va = padded((val.length ? val : train).map((o) => o.tasks));
  const trBeta = tf.tensor1d(train.map((o) => o.beta));
  const vaBeta = tf.tensor1d((val.length ? val : train).map((o) => o.beta));
  const w = tf.variable(tf.zeros([tr.f]));
  const optimizer = tf.train.adam(learningRate);
  const valMse = () => tf.tidy(() => tf.mean(tf.square(tf.sub(scores(w, va), vaBeta))).dataSync()[0]!);
  const uniformValMse = valMse();
  let best = { mse: uniformValMse, weights: Array.from(w.dataSync()) };
  for (let step = 1; step <= steps; step++) {
    optimizer.minimize(
      () => tf.add(tf.mean(tf.square(tf.sub(scores(w, tr), trBeta))), tf.mul(l2, tf.sum(tf.square(w)))) as tf.Scalar,
    );
    if (step % 5 === 0) {
      const mse = valMse();
      if (mse < best.mse) best = { mse, weights: Array.from(w.dataSync()) };
    }
  }
  tf.dispose([tr.feats, tr.exps, tr.mask, va.feats, va.exps, va.mask, trBeta, vaBeta, w]);
  optimizer.dispose();
  return { head: { weights: best.weights }, valMse: best.mse, uniformValMse };
}
