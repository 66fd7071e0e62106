import { rng, shuffled } from './random';
import { tokenize } from './tokenizer';

/** Bag-of-words multinomial logistic regression (pure TypeScript): the baseline the neural model must beat. */
export interface BowModel {
  features: string[];
  /** classes × (features + 1) weights; the last column is the bias. */
  weights: number[][];
}

export interface BowOptions {
  classes: number;
  epochs?: number;
  learningRate?: number;
  l2?: number;
  minCount?: number;
  seed?: number;
}

/** Binary unigram and bigram features of a text. */
export function bowTerms(text: string): string[] {
  const tokens = tokenize(text);
  const terms = new Set(tokens);
  for (let i = 0; i + 1 < tokens.length; i++) terms.add(`${tokens[i]}_${tokens[i + 1]}`);
  return [...terms];
}

function featureIds(text: string, index: Map<string, number>): number[] {
  return bowTerms(text).flatMap((t) => (index.has(t) ? [index.get(t)!] : []));
}

function softmaxScores(weights: number[][], ids: readonly number[]): number[] {
  const logits = weights.map((w) => ids.reduce((s, id) => s + w[id]!, 0));
  const max = Math.max(...logits);
  const exps = logits.map((l) => Math.exp(l - max));
  const total = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / total);
}

/** Trains by seeded SGD with Adagrad step sizes and L2 decay on the touched weights. */
export function trainBow(texts: readonly string[], labels: readonly number[], options: BowOptions): BowModel {
  const { classes, epochs = 12, learningRate = 0.3, l2 = 1e-4, minCount = 2, seed = 1 } = options;
  const counts = new Map<string, number>();
  for (const text of texts) for (const t of bowTerms(text)) counts.set(t, (counts.get(t) ?? 0) + 1);
  const features = [...counts.keys()].filter((t) => counts.get(t)! >= minCount).sort();
  const index = new Map(features.map((f, i) => [f, i]));
  const width = features.length + 1;
  const weights = Array.from({ length: classes }, () => new Array<number>(width).fill(0));
  const squares = Array.from({ length: classes }, () => new Array<number>(width).fill(1e-8));
  const rows = texts.map((t) => [...featureIds(t, index), features.length]);
  const random = rng(seed);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const i of shuffled([...rows.keys()], random)) {
      const ids = rows[i]!;
      const probs = softmaxScores(weights, ids);
      for (let c = 0; c < classes; c++) {
        const err = probs[c]! - (labels[i] === c ? 1 : 0);
        const w = weights[c]!;
        const sq = squares[c]!;
        for (const id of ids) {
          const g = err + l2 * w[id]!;
          sq[id]! += g * g;
          w[id]! -= (learningRate * g) / Math.sqrt(sq[id]!);
        }
      }
    }
  }
  return { features, weights };
}

/** Class probabilities for each text. */
export function predictBow(model: BowModel, texts: readonly string[]): number[][] {
  const index = new Map(model.features.map((f, i) => [f, i]));
  return texts.map((t) => softmaxScores(model.weights, [...featureIds(t, index), model.features.length]));
}
