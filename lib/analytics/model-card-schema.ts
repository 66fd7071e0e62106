import { z } from 'zod';

// The parts of an artifact's metrics.json and config.json the model card shows. Each section is
// parsed on its own and falls back to "not recorded", so an older or partial record still renders.

const num = z.number().finite();
const maybe = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

const taskMetrics = z.object({
  n: num,
  accuracy: num,
  macroF1: num,
  confusion: maybe(z.array(z.array(num))),
  ece: maybe(num),
  reliability: maybe(z.array(z.object({ low: num, high: num, n: num, confidence: num, accuracy: num }))),
});
const occupationMetrics = z.object({
  n: num,
  spearman: num,
  pearson: num,
  mae: num,
  coverage80: maybe(num),
  meanWidth: maybe(num),
});
const predictor = z.object({ task: maybe(taskMetrics), occupation: maybe(occupationMetrics) });
const splitCount = z.object({ occupations: num, tasks: num });

/** One evaluated split (test or validation) with every predictor scored on it. */
const splitEvaluation = z.object({
  occupations: num,
  tasks: num,
  model: maybe(predictor),
  components: maybe(z.object({ neural: maybe(predictor), activityPrior: maybe(predictor) })),
  baseline: maybe(predictor),
  gpt4: maybe(
    z.object({
      task: maybe(taskMetrics),
      occupationFromTaskLabels: maybe(occupationMetrics),
      occupationDvBeta: maybe(occupationMetrics),
    }),
  ),
});

/** metrics.json as `npm run evaluate` writes it (lib/models/publish.ts), the parts the card reads. */
export const cardMetricsSchema = z.object({
  version: maybe(z.string()),
  config: maybe(z.string()),
  backend: maybe(z.string()),
  trainedAt: maybe(z.string()),
  trainingSeconds: maybe(num),
  split: maybe(z.object({ train: splitCount, val: splitCount, test: splitCount })),
  prior: maybe(z.object({ smoothing: num, weight: num, activities: num, valLogLoss: maybe(num) })),
  indices: maybe(z.array(z.object({ name: z.string(), n: num, spearman: num, pearson: maybe(num) }))),
  intervalScale: maybe(num),
  test: maybe(splitEvaluation),
  validation: maybe(splitEvaluation),
});

/** config.json (training settings and the data versions behind them). */
export const cardConfigSchema = z.object({
  name: maybe(z.string()),
  seed: maybe(num),
  ensemble: maybe(num),
  epochs: maybe(num),
  trainFraction: maybe(num),
  valFraction: maybe(num),
  dataVersions: maybe(
    z.object({
      labels: maybe(z.string()),
      activityLinks: maybe(z.string()),
      labelledTasks: maybe(num),
      occupations: maybe(num),
      onetVersion: maybe(z.string()),
    }),
  ),
});

export type CardMetrics = z.infer<typeof cardMetricsSchema>;
export type CardConfig = z.infer<typeof cardConfigSchema>;
export type CardTaskMetrics = z.infer<typeof taskMetrics>;
export type CardOccupationMetrics = z.infer<typeof occupationMetrics>;

/** Parses a metrics record; anything that is not an object reads as an empty record. */
export function parseCardMetrics(raw: unknown): CardMetrics {
  const parsed = cardMetricsSchema.safeParse(raw);
  return parsed.success ? parsed.data : {};
}

/** Parses a config record; anything that is not an object reads as an empty record. */
export function parseCardConfig(raw: unknown): CardConfig {
  const parsed = cardConfigSchema.safeParse(raw);
  return parsed.success ? parsed.data : {};
}
