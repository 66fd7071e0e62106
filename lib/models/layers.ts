import * as tf from './tf';

type Kwargs = { training?: boolean; mask?: tf.Tensor };
const first = (x: tf.Tensor | tf.Tensor[]): tf.Tensor => (Array.isArray(x) ? x[0]! : x);
const pair = (x: tf.Tensor | tf.Tensor[]): [tf.Tensor, tf.Tensor] => {
  if (!Array.isArray(x) || x.length !== 2) throw new Error('expected two inputs');
  return [x[0]!, x[1]!];
};
type ShapeList = tf.Shape | tf.Shape[];
const shapes = (s: ShapeList): tf.Shape[] => (Array.isArray(s[0]) ? (s as tf.Shape[]) : [s as tf.Shape]);

/** Gather whose gradient is a scatter-add (ScatterNd), which the wasm backend has (UnsortedSegmentSum it lacks). */
const gatherRows = tf.customGrad(((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
  const [table, ids, save] = args as [tf.Tensor, tf.Tensor, tf.GradSaveFunc];
  save([ids]);
  const dim = table.shape[1]!;
  const rows = table.shape[0]!;
  return {
    value: tf.gather(table, ids),
    gradFunc: (dy: tf.Tensor | tf.Tensor[], saved: tf.Tensor[]) => {
      const idx = saved[0]!;
      const grad = tf.scatterND(tf.reshape(idx, [-1, 1]), tf.reshape(first(dy), [-1, dim]), [rows, dim]);
      return [grad, tf.zerosLike(idx)];
    },
  };
}) as Parameters<typeof tf.customGrad>[0]);

/** Token embedding that trains on wasm; ids arrive as floats from the layers API. */
export class TrainableEmbedding extends tf.layers.Layer {
  static className = 'TrainableEmbedding';
  private table?: tf.LayerVariable;
  readonly inputDim: number;
  readonly outputDim: number;
  readonly seed: number;
  constructor(config: { inputDim: number; outputDim: number; seed: number; name?: string }) {
    super(config);
    this.inputDim = config.inputDim;
    this.outputDim = config.outputDim;
    this.seed = config.seed;
  }
  override build(): void {
    const init = tf.initializers.randomUniform({ minval: -0.05, maxval: 0.05, seed: this.seed });
    this.table = this.addWeight('embeddings', [this.inputDim, this.outputDim], 'float32', init);
    this.built = true;
  }
  override computeOutputShape(inputShape: ShapeList): tf.Shape {
    return [...shapes(inputShape)[0]!, this.outputDim];
  }
  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    return tf.tidy(() => gatherRows(this.table!.read(), tf.cast(first(inputs), 'int32')));
  }
  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), inputDim: this.inputDim, outputDim: this.outputDim, seed: this.seed };
  }
}

/** Additive attention scores over tokens, softmaxed with padding (id 0) masked out: [states, ids] → [B, T]. */
export class TokenAttention extends tf.layers.Layer {
  static className = 'TokenAttention';
  private w?: tf.LayerVariable;
  private v?: tf.LayerVariable;
  readonly units: number;
  readonly seed: number;
  constructor(config: { units: number; seed: number; name?: string }) {
    super(config);
    this.units = config.units;
    this.seed = config.seed;
  }
  override build(inputShape: ShapeList): void {
    const dim = shapes(inputShape)[0]![2] as number;
    this.w = this.addWeight('w', [dim, this.units], 'float32', tf.initializers.glorotUniform({ seed: this.seed }));
    this.v = this.addWeight('v', [this.units, 1], 'float32', tf.initializers.glorotUniform({ seed: this.seed + 1 }));
    this.built = true;
  }
  override computeOutputShape(inputShape: ShapeList): tf.Shape {
    const s = shapes(inputShape)[0]!;
    return [s[0]!, s[1]!];
  }
  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    return tf.tidy(() => {
      const [states, ids] = pair(inputs);
      const [b, t, d] = states.shape as [number, number, number];
      const hidden = tf.tanh(tf.matMul(tf.reshape(states, [b * t, d]), this.w!.read()));
      const scores = tf.reshape(tf.matMul(hidden, this.v!.read()), [b, t]);
      const masked = tf.where(tf.greater(ids, 0), scores, tf.fill([b, t], -1e9));
      return tf.softmax(masked);
    });
  }
  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), units: this.units, seed: this.seed };
  }
}

/** Weighted sum of states by attention weights: [states B×T×D, weights B×T] → B×D. */
export class WeightedSum extends tf.layers.Layer {
  static className = 'WeightedSum';
  override computeOutputShape(inputShape: ShapeList): tf.Shape {
    const s = shapes(inputShape)[0]!;
    return [s[0]!, s[2]!];
  }
  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    return tf.tidy(() => {
      const [states, weights] = pair(inputs);
      return tf.sum(tf.mul(states, tf.expandDims(weights, 2)), 1);
    });
  }
}

/** Mean of embeddings over non-padding tokens (a bag of words): [emb B×T×E, ids B×T] → B×E. */
export class MaskedMean extends tf.layers.Layer {
  static className = 'MaskedMean';
  override computeOutputShape(inputShape: ShapeList): tf.Shape {
    const s = shapes(inputShape)[0]!;
    return [s[0]!, s[2]!];
  }
  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    return tf.tidy(() => {
      const [emb, ids] = pair(inputs);
      const mask = tf.cast(tf.greater(ids, 0), 'float32');
      const total = tf.sum(tf.mul(emb, tf.expandDims(mask, 2)), 1);
      return tf.div(total, tf.maximum(tf.sum(mask, 1, true), 1));
    });
  }
}

/** Dropout whose masks come from a seed advanced on every call, so training is reproducible. */
export class SeededDropout extends tf.layers.Layer {
  static className = 'SeededDropout';
  readonly rate: number;
  readonly seed: number;
  private calls = 0;
  constructor(config: { rate: number; seed: number; name?: string }) {
    super(config);
    this.rate = config.rate;
    this.seed = config.seed;
  }
  override call(inputs: tf.Tensor | tf.Tensor[], kwargs: Kwargs): tf.Tensor {
    const x = first(inputs);
    if (!kwargs.training || this.rate <= 0) return tf.clone(x);
    this.calls += 1;
    return tf.tidy(() => tf.dropout(x, this.rate, undefined, this.seed * 100_003 + this.calls));
  }
  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), rate: this.rate, seed: this.seed };
  }
}

for (const cls of [TrainableEmbedding, TokenAttention, WeightedSum, MaskedMean, SeededDropout]) {
  tf.serialization.registerClass(cls);
}
