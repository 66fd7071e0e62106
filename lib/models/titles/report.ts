import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { TitleEvaluation } from './evaluate';
import { METRICS_FILE } from '../artifact-files';

/** Validation targets of issue 14 and whether the coder meets them. */
export function titleTargets(e: TitleEvaluation) {
  return {
    top1AtLeast055: e.coder.top1 >= 0.55,
    top5AtLeast085: e.coder.top5 >= 0.85,
    top1TenPointsAboveBaseline: e.coder.top1 - e.baseline.top1 >= 0.1,
    eceAtMost005: e.coder.ece <= 0.05,
  };
}

const row = (name: string, m: TitleEvaluation['coder']) =>
  `| ${name} | ${m.top1.toFixed(3)} | ${m.top5.toFixed(3)} | ${m.top1Soc.toFixed(3)} | ${m.top5Soc.toFixed(3)} | ${m.ece.toFixed(3)} |`;

/** Writes metrics.json and report.md into a title-coder artifact; returns the metrics object. */
export function writeTitleEvaluation(
  dir: string,
  version: string,
  evaluation: TitleEvaluation,
  facts: Record<string, unknown>,
) {
  const metrics = { version, ...facts, validation: evaluation, targets: titleTargets(evaluation) };
  writeFileSync(path.join(dir, METRICS_FILE), `${JSON.stringify(metrics, null, 2)}\n`);
  const lines = [
    `# Title coder ${version}`,
    '',
    `Validation: ${evaluation.coder.titles} reported-title strings held out by string (never seen in training, blend or calibration).`,
    '',
    '| model | top-1 | top-5 | top-1 SOC | top-5 SOC | ECE |',
    '| --- | --- | --- | --- | --- | --- |',
    row('title coder (network + TF-IDF blend, calibrated)', evaluation.coder),
    row('network alone (uncalibrated)', evaluation.network),
    row('baseline: TF-IDF nearest title', evaluation.baseline),
    '',
    `needs_review flags ${(evaluation.review.flagged * 100).toFixed(1)}% of validation titles; the rest are coded right ${(evaluation.review.keptTop1 * 100).toFixed(1)}% of the time.`,
    '',
    `Targets: ${Object.entries(titleTargets(evaluation))
      .map(([k, v]) => `${k} ${v ? 'met' : 'MISSED'}`)
      .join(', ')}.`,
    '',
  ];
  writeFileSync(path.join(dir, 'report.md'), lines.join('\n'));
  return metrics;
}
