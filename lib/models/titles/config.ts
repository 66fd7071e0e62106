/** Settings of the title coder's training run (all seeded, so a run reproduces its artifact). */
export interface TitleConfig {
  name: string;
  seed: number;
  /** Shares of reported title strings held out for dev (fitting blend, temperature, threshold) and validation (reporting). */
  devShare: number;
  valShare: number;
  vocabSize: number;
  minCount: number;
  maxLen: number;
  embedDim: number;
  hidden: number;
  dropout: number;
  epochs: number;
  batchSize: number;
  learningRate: number;
  /** How many times each training reported title is repeated (it is the closest to what HR teams type). */
  reportedRepeats: number;
  /** Whether task statements and DWA titles train the network as weaker title examples. */
  useTasks: boolean;
  /**
   * Weight of a description's similarity to each occupation's task statements in the blend. Fixed, not
   * fitted: no held-out titles come with descriptions to fit it on.
   */
  descriptionWeight: number;
  /** Title features in more than this share of titles are left out of the coder's retriever (max_df; keeps queries fast). */
  retrieverMaxDf: number;
  /** Accuracy the kept (not needs_review) dev titles must reach; sets the review threshold. */
  reviewAccuracy: number;
}

const FULL: TitleConfig = {
  name: 'titles',
  seed: 42,
  devShare: 0.15,
  valShare: 0.2,
  vocabSize: 30_000,
  minCount: 2,
  maxLen: 32,
  embedDim: 64,
  hidden: 0,
  dropout: 0.1,
  epochs: 5,
  batchSize: 256,
  learningRate: 0.005,
  reportedRepeats: 2,
  useTasks: true,
  descriptionWeight: 6,
  retrieverMaxDf: 0.02,
  reviewAccuracy: 0.8,
};

/** A few-second configuration for tests. */
const TINY: TitleConfig = {
  ...FULL,
  name: 'titles-tiny',
  vocabSize: 2000,
  maxLen: 24,
  embedDim: 8,
  hidden: 0,
  epochs: 2,
  batchSize: 64,
};

/** The named configuration (full | tiny). */
export function titleConfig(name: string): TitleConfig {
  if (name === 'full') return FULL;
  if (name === 'tiny') return TINY;
  throw new Error(`unknown title config "${name}" (expected full or tiny)`);
}
