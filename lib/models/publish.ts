import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Assessment } from './assess';
import type { ExposureModel } from './artifact';
import { METRICS_FILE } from './artifact-files';
import { renderReport, targetChecks } from './report';

export interface RunFacts {
  backend: string;
  trainedAt?: string;
  trainingSeconds?: number;
  split?: unknown;
  epochs?: unknown;
  headValMse?: unknown;
  /** The work-activity prior as fitted in training (smoothing, weight, activities, validation log-loss). */
  prior?: unknown;
  /** Spearman with each published index; Pearson too since 2026-11-30 (older records lack it). */
  indices?: { name: string; n: number; spearman: number; pearson?: number }[];
}

/** Builds metrics.json's content from an assessment plus the facts of the run. */
export function buildMetrics(model: ExposureModel, a: Assessment, facts: RunFacts) {
  const { occupationScores: _scores, ...assessment } = a;
  return {
    version: model.version,
    config: model.config.name,
    ...facts,
    intervalScale: model.intervalScale,
    activityPrior: model.activityPrior
      ? {
          smoothing: model.activityPrior.smoothing,
          weight: model.activityPrior.weight,
          activities: Object.keys(model.activityPrior.activities).length,
        }
      : null,
    targets: targetChecks(a),
    ...assessment,
  };
}

/** Writes metrics.json and report.md into an artifact folder; returns the metrics. */
export function writeEvaluation(dir: string, model: ExposureModel, a: Assessment, facts: RunFacts) {
  const metrics = buildMetrics(model, a, facts);
  writeFileSync(path.join(dir, METRICS_FILE), `${JSON.stringify(metrics, null, 2)}\n`);
  writeFileSync(path.join(dir, 'report.md'), renderReport(model.version, a, facts));
  return metrics;
}
