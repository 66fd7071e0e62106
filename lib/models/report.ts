import type { Assessment } from './assess';
import type { OccupationMetrics, TaskMetrics } from './evaluate';
import { CURRENT_ONET } from '../db/onet-release';

/** Held-out targets from the issue. */
export const TARGETS = { spearman: 0.93, accuracy: 0.74, coverageLow: 0.7, coverageHigh: 0.9 } as const;

/** Pass/fail of each target on the test occupations, and whether the model beats the baseline. */
export function targetChecks(a: Assessment) {
  const m = a.test.model;
  const b = a.test.baseline;
  const cov = m.occupation.coverage80 ?? NaN;
  return {
    spearman: m.occupation.spearman >= TARGETS.spearman,
    accuracy: m.task.accuracy >= TARGETS.accuracy,
    coverage: cov >= TARGETS.coverageLow && cov <= TARGETS.coverageHigh,
    beatsBaseline: {
      spearman: m.occupation.spearman > b.occupation.spearman,
      accuracy: m.task.accuracy > b.task.accuracy,
      macroF1: m.task.macroF1 > b.task.macroF1,
    },
  };
}

const f = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? '–' : x.toFixed(3));
const row = (name: string, t: TaskMetrics, o: OccupationMetrics) =>
  `| ${name} | ${f(t.accuracy)} | ${f(t.macroF1)} | ${f(t.ece)} | ${f(o.spearman)} | ${f(o.pearson)} | ${f(o.mae)} | ${f(o.coverage80)} |`;

/** One sentence on how the mixture was fitted, from the training run's facts. */
function priorLine(prior: unknown): string {
  const p = prior as { smoothing?: number; weight?: number; activities?: number; valLogLoss?: number };
  return `The model mixes the neural ensemble's E probabilities with a work-activity prior (smoothed label distribution of the training tasks sharing each O*NET detailed work activity; ${p.activities ?? '?'} activities, pseudo-count ${p.smoothing ?? '?'}) at weight ${p.weight ?? '?'}, both chosen by validation log-loss (${f(p.valLogLoss)}); tasks with no known activity use the neural ensemble alone.`;
}

/** The short markdown report stored as models/<version>/report.md. */
export function renderReport(
  version: string,
  a: Assessment,
  extra: {
    backend: string;
    trainingSeconds?: number;
    prior?: unknown;
    indices?: { name: string; n: number; spearman: number }[];
  },
): string {
  const t = a.test;
  const checks = targetChecks(a);
  const yes = (ok: boolean) => (ok ? 'met' : '**missed**');
  const conf = t.model.task.confusion.map((r, i) => `| E${i} | ${r.join(' | ')} |`).join('\n');
  const lines = [
    `# Exposure model ${version}`,
    '',
    `Held-out evaluation on ${t.occupations} test occupations (${t.tasks} tasks) never seen in training; split by occupation with a fixed seed. Backend: ${extra.backend}${extra.trainingSeconds ? `, training ${extra.trainingSeconds.toFixed(0)} s` : ''}.`,
    '',
    '| predictor | task accuracy | macro-F1 | ECE | occ. Spearman | occ. Pearson | occ. MAE | 80% interval coverage |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    row('model (ensemble + occupation attention)', t.model.task, t.model.occupation),
    row('model, plain mean of task exposures', t.model.task, t.model.occupationMeanOfTasks),
    ...(t.components
      ? [
          row(
            'part: neural ensemble alone (task text + title)',
            t.components.neural.task,
            t.components.neural.occupation,
          ),
          row(
            'part: work-activity prior alone (O*NET DWA lookup)',
            t.components.activityPrior.task,
            t.components.activityPrior.occupation,
          ),
        ]
      : []),
    row('bag-of-words logistic regression', t.baseline.task, t.baseline.occupation),
    row('GPT-4 task labels (gpt4_exposure)', t.gpt4.task, t.gpt4.occupationFromTaskLabels),
    `| GPT-4 occupation β (dv_rating_beta) | – | – | – | ${f(t.gpt4.occupationDvBeta.spearman)} | ${f(t.gpt4.occupationDvBeta.pearson)} | ${f(t.gpt4.occupationDvBeta.mae)} | – |`,
    '',
    `Targets: Spearman ≥ 0.93 ${yes(checks.spearman)}; task accuracy ≥ 0.74 ${yes(checks.accuracy)}; coverage 70–90% ${yes(checks.coverage)} (mean interval width ${f(t.model.occupation.meanWidth)}).`,
    ...(extra.prior ? [priorLine(extra.prior)] : []),
    `Beats GPT-4 (dv_rating_beta) on Spearman: ${t.model.occupation.spearman > t.gpt4.occupationDvBeta.spearman ? 'yes' : '**no**'}.`,
    `Beats the baseline on Spearman: ${checks.beatsBaseline.spearman ? 'yes' : '**no**'}, accuracy: ${checks.beatsBaseline.accuracy ? 'yes' : '**no**'}, macro-F1: ${checks.beatsBaseline.macroF1 ? 'yes' : '**no**'}.`,
    '',
    'Confusion matrix of the model on test tasks (rows: human label, columns: predicted E0 E1 E2):',
    '',
    '| human | E0 | E1 | E2 |',
    '| --- | --- | --- | --- |',
    conf,
    '',
    `Validation (early stopping, interval calibration): accuracy ${f(a.validation.model.task.accuracy)}, Spearman ${f(a.validation.model.occupation.spearman)}, coverage ${f(a.validation.model.occupation.coverage80)}.`,
    '',
    `Automation head (trained on GPT-4 T0–T4): agreement with GPT-4 on test tasks ${f(t.model.automationVsGpt4)}; against the ${a.humanAutomation.n} human automation ratings: exact ${f(a.humanAutomation.model.exact)}, within one level ${f(a.humanAutomation.model.within1)} (GPT-4: ${f(a.humanAutomation.gpt4.exact)} / ${f(a.humanAutomation.gpt4.within1)}).`,
  ];
  if (extra.indices?.length) {
    lines.push(
      '',
      `For information, Spearman of the model occupation score with published indices over the labelled occupations (all splits), each index mapped to O*NET ${CURRENT_ONET} occupations through the crosswalks as on the dashboard (indices on SOC or ISCO codes repeat one value over several occupations, so these are approximate):`,
      '',
    );
    lines.push(
      '| index | matched | Spearman |',
      '| --- | --- | --- |',
      ...extra.indices.map((i) => `| ${i.name} | ${i.n} | ${f(i.spearman)} |`),
    );
  }
  return `${lines.join('\n')}\n`;
}
