/** Hyperparameters of one training run; stored in the artifact's config.json. */
export interface ModelConfig {
  name: string;
  /** Bumped whenever training code changes what it produces for the same data and settings (it names the version). */
  revision: number;
  seed: number;
  /** Token embedding width, shared by task text and occupation title. */
  embedDim: number;
  /** GRU units per direction. */
  hidden: number;
  attentionUnits: number;
  denseUnits: number;
  dropout: number;
  maxVocab: number;
  minCount: number;
  /** Sequence length = this percentile of training task lengths. */
  lengthPercentile: number;
  titleLen: number;
  epochs: number;
  /** Epochs without validation improvement tolerated before stopping (best weights are restored). */
  patience: number;
  batchSize: number;
  learningRate: number;
  automationWeight: number;
  /** Deep-ensemble size: members differ only in seed. */
  ensemble: number;
  /** Fractions of labelled occupations for train and validation; the rest is the test split. */
  trainFraction: number;
  valFraction: number;
}

export const FULL_CONFIG: ModelConfig = {
  name: 'full',
  // 2: work-activity prior with its standard errors in task intervals.
  revision: 2,
  seed: 42,
  embedDim: 48,
  hidden: 32,
  attentionUnits: 32,
  denseUnits: 48,
  dropout: 0.3,
  maxVocab: 6000,
  minCount: 2,
  lengthPercentile: 0.95,
  titleLen: 8,
  epochs: 6,
  patience: 1,
  batchSize: 128,
  learningRate: 0.004,
  automationWeight: 0.5,
  ensemble: 3,
  trainFraction: 0.7,
  valFraction: 0.1,
};

/** A model small enough to train in seconds: for tests and CI. */
export const TINY_CONFIG: ModelConfig = {
  ...FULL_CONFIG,
  name: 'tiny',
  embedDim: 8,
  hidden: 4,
  attentionUnits: 4,
  denseUnits: 8,
  maxVocab: 300,
  minCount: 1,
  lengthPercentile: 0.8,
  epochs: 1,
  batchSize: 256,
  learningRate: 0.01,
  ensemble: 2,
};

export const CONFIGS: Record<string, ModelConfig> = { full: FULL_CONFIG, tiny: TINY_CONFIG };

/** Looks up a named configuration, or throws naming the known ones. */
export function getConfig(name: string): ModelConfig {
  const config = CONFIGS[name];
  if (!config) throw new Error(`unknown config "${name}" (known: ${Object.keys(CONFIGS).join(', ')})`);
  return config;
}
