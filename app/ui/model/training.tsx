import type { ModelCard } from '@/lib/analytics/model-card';
import { CsvLinks } from '../csv-links';
import { fmt } from '../format';

type Training = ModelCard['training'];
const show = (v: string | number | null | undefined, format: 'int' | 'score' | 'text' = 'int') =>
  v === null || v === undefined
    ? 'not recorded'
    : typeof v === 'number'
      ? format === 'score'
        ? v.toFixed(3)
        : fmt(v)
      : v;

/** The facts behind the model: data, split, seeds, version, date; then how to rebuild it and what it cannot tell. */
export function TrainingFacts({ card }: { card: ModelCard }) {
  const t: Training = card.training;
  const rows: [string, string][] = [
    ['Version', card.version],
    [
      'Trained',
      `${show(t.trainedAt)}${typeof t.trainingSeconds === 'number' ? ` (${fmt(t.trainingSeconds)} s on ${show(t.backend)})` : ''}`,
    ],
    ['Configuration', show(t.configuration)],
    [
      'Training data',
      `${show(t.labelledTasks)} human-labelled tasks of ${show(t.labelledOccupations)} occupations (Eloundou et al. 2023 E0/E1/E2 labels), O*NET ${show(t.onetVersion)} task statements and detailed work activities`,
    ],
    ['Data fingerprints', `labels ${show(t.labelsHash)}, task–activity links ${show(t.activityLinksHash)}`],
    [
      'Split by occupation',
      `train ${show(t.trainOccupations)} occupations (${show(t.trainTasks)} tasks), validation ${show(t.validationOccupations)} (${show(t.validationTasks)}), test ${show(t.testOccupations)} (${show(t.testTasks)}); no occupation is in two parts`,
    ],
    ['Seeds', `split ${show(t.splitSeed)}; ensemble members ${show(t.memberSeeds)}`],
    [
      'Work-activity prior',
      `weight ${show(t.priorWeight, 'score')}, pseudo-count ${show(t.priorSmoothing, 'score')}, ${show(t.priorActivities)} activities (chosen on validation)`,
    ],
    [
      'Validation (early stopping, interval calibration)',
      `accuracy ${show(t.validationAccuracy, 'score')}, Spearman ${show(t.validationSpearman, 'score')}, 80% coverage ${show(t.validationCoverage80, 'score')}; interval scale ${show(t.intervalScale, 'score')}`,
    ],
    ['Figures read from', card.source],
  ];
  return (
    <section className="panel">
      <figcaption>
        <h2>Training data, split and version</h2>
        <CsvLinks href="/api/export/model-summary.csv" of="the model facts" />
      </figcaption>
      <dl className="facts" data-testid="model-training">
        {rows.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      <h3>How to reproduce</h3>
      <pre className="commands">{card.reproduce.join('\n')}</pre>
      <p className="note">
        The same data and seed give the same weights; evaluation rewrites metrics.json and report.md identically.
      </p>
    </section>
  );
}

/** What the scores cannot tell. */
export function KnownLimits({ limits }: { limits: readonly string[] }) {
  return (
    <section className="panel" data-testid="model-limits">
      <h2>Known limits</h2>
      <ul>
        {limits.map((l) => (
          <li key={l}>{l}</li>
        ))}
      </ul>
    </section>
  );
}
